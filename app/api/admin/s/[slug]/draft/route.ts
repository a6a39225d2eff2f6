import { NextResponse } from "next/server";
import { formatDateTime } from "@/lib/format/nl";
import { errorResponse, jsonError, readJson } from "@/lib/http/json";
import { withSurveyArea } from "@/lib/auth/survey-access";
import { MAX_DEFINITION_BYTES, ZDraftSave } from "@/lib/survey/publish/definition";
import { findSurvey, getDraft, saveEditedDraft } from "@/lib/survey/publish/service";
import { isSurveySlug } from "@/lib/survey/slug";

/**
 * The editor's draft. GET: the draft as stored, with its revision. PUT { revision, definition }:
 * autosave; 409 when someone saved a newer revision (nothing overwritten), with who and when.
 */
export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ slug: string }> };

export const GET = withSurveyArea<TContext>("versions", async (_request, context) => {
  const { slug } = await context.params;
  if (!isSurveySlug(slug)) return jsonError(404, "Deze vragenlijst bestaat niet.");
  try {
    const survey = await findSurvey(slug);
    if (!survey) return jsonError(404, "Deze vragenlijst bestaat niet.");
    const draft = await getDraft(survey.id);
    if (!draft) return jsonError(404, "Deze vragenlijst heeft geen concept.");
    return NextResponse.json(draft, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
});

export const PUT = withSurveyArea<TContext>("versions", async (request, context, user) => {
  const { slug } = await context.params;
  if (!isSurveySlug(slug)) return jsonError(404, "Deze vragenlijst bestaat niet.");
  try {
    const body = ZDraftSave.safeParse(await readJson(request, MAX_DEFINITION_BYTES + 1024));
    if (!body.success) return jsonError(400, "Ongeldig verzoek: stuur { revision, definition }.");
    const survey = await findSurvey(slug);
    if (!survey) return jsonError(404, "Deze vragenlijst bestaat niet.");
    const result = await saveEditedDraft(survey.id, body.data.definition, body.data.revision, { id: user.id, email: user.email });
    if (result.ok) return NextResponse.json({ revision: result.revision, issues: result.issues });
    if ("tooLarge" in result) return jsonError(413, "Het concept is te groot (hoogstens 2 MB).");
    const c = result.conflict;
    return NextResponse.json(
      {
        error: `Het concept is intussen gewijzigd door ${c.updatedBy ?? "iemand anders"} (${formatDateTime(c.updatedAt)}, revisie ${c.revision}). Er is niets overschreven.`,
        conflict: { revision: c.revision, updatedBy: c.updatedBy, updatedAt: c.updatedAt },
      },
      { status: 409 },
    );
  } catch (error) {
    return errorResponse(error);
  }
});
