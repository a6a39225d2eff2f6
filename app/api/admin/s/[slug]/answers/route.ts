import { parseFilters, resultSettings } from "@/lib/analysis/filters";
import { ANSWERS_PARAMS, ZAnswersQuery } from "@/lib/analysis/questions/answers";
import { answersFileName } from "@/lib/analysis/questions/csv";
import { openAnswersCsv } from "@/lib/analysis/questions/service";
import { getSurveyContext } from "@/lib/analysis/survey";
import { errorResponse, jsonError } from "@/lib/http/json";
import { isSurveySlug } from "@/lib/survey/slug";
import { downloadResponse } from "@/lib/http/download";
import { withSurveyArea } from "@/lib/auth/survey-access";

/**
 * GET /api/admin/s/[slug]/answers?vraag=<variable>&q=<search> plus the dashboard filters: one open
 * question's answers as CSV (the exports' format), newest first. Same access as the results page.
 */
export const dynamic = "force-dynamic";

export const GET = withSurveyArea<{ params: Promise<{ slug: string }> }>("questions", async (request, context) => {
  const { slug } = await context.params;
  if (!isSurveySlug(slug)) return jsonError(404, "Deze vragenlijst bestaat niet.");
  try {
    const survey = await getSurveyContext(slug);
    if (!survey) return jsonError(404, "Deze vragenlijst bestaat niet.");
    const params = new URLSearchParams(request.nextUrl.searchParams);
    const query = ZAnswersQuery.parse(Object.fromEntries(ANSWERS_PARAMS.flatMap((k) => (params.get(k) ? [[k, params.get(k)]] : []))));
    for (const k of ANSWERS_PARAMS) params.delete(k);
    const filters = resultSettings(parseFilters(params, survey.dimensions));
    const body = await openAnswersCsv(survey, filters, query);
    return downloadResponse(body, answersFileName(survey.slug, query.vraag), "text/csv; charset=utf-8");
  } catch (error) {
    return errorResponse(error);
  }
});
