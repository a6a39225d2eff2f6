import { downloadResponse } from "@/lib/http/download";
import { errorResponse, jsonError } from "@/lib/http/json";
import { definitionJson } from "@/lib/survey/publish/definition";
import { findSurvey, getDraft, versionDefinition } from "@/lib/survey/publish/service";
import { isSurveySlug } from "@/lib/survey/slug";
import { ZVersionDef } from "@/lib/survey/version/schema";
import { withSurveyArea } from "@/lib/auth/survey-access";

/**
 * GET /api/admin/s/[slug]/definition?versie=<n>: a version as a definition file (the format of the
 * survey folders' version files); ?concept: the draft as it is, also while it is not yet valid.
 */
export const dynamic = "force-dynamic";

export const GET = withSurveyArea<{ params: Promise<{ slug: string }> }>("versions", async (request, context) => {
  const { slug } = await context.params;
  if (!isSurveySlug(slug)) return jsonError(404, "Deze vragenlijst bestaat niet.");
  try {
    const survey = await findSurvey(slug);
    if (!survey) return jsonError(404, "Deze vragenlijst bestaat niet.");
    const params = request.nextUrl.searchParams;
    if (params.has("concept")) {
      const draft = await getDraft(survey.id);
      if (!draft) return jsonError(404, "Deze vragenlijst heeft geen concept.");
      const parsed = ZVersionDef.safeParse(draft.definition);
      const text = parsed.success ? definitionJson(parsed.data) : `${JSON.stringify(draft.definition, null, 2)}\n`;
      return downloadResponse([text], `${slug}-concept.json`, "application/json; charset=utf-8");
    }
    const version = Number(params.get("versie"));
    if (!Number.isInteger(version) || version < 1) return jsonError(400, "Geef een versienummer: ?versie=1.");
    const def = await versionDefinition(survey.id, version);
    if (!def) return jsonError(404, `Versie ${version} bestaat niet.`);
    return downloadResponse([definitionJson(def)], `${slug}-v${version}.json`, "application/json; charset=utf-8");
  } catch (error) {
    return errorResponse(error);
  }
});
