import { getSurveyContext } from "@/lib/analysis/survey";
import { BOM, csvLine } from "@/lib/export/csv";
import { downloadResponse } from "@/lib/http/download";
import { errorResponse, jsonError } from "@/lib/http/json";
import { winnersForExport } from "@/lib/responses/raffle-draw";
import { withSurveyArea } from "@/lib/auth/survey-access";

export const dynamic = "force-dynamic";

/** GET: one draw's winners' e-mail addresses as CSV (audit-logged). */
export const GET = withSurveyArea<{ params: Promise<{ slug: string; drawId: string }> }>("raffle", async (_request, context, user) => {
  try {
    const { slug, drawId } = await context.params;
    const survey = await getSurveyContext(slug);
    if (!survey || !/^[0-9a-f-]{36}$/.test(drawId)) return jsonError(404, "Deze trekking bestaat niet.");
    const winners = await winnersForExport(survey.id, drawId, user.id);
    return downloadResponse([BOM + csvLine(["email"]), ...winners.map((w) => csvLine([w]))], `winnaars-${survey.slug}.csv`, "text/csv; charset=utf-8");
  } catch (error) {
    return errorResponse(error);
  }
});
