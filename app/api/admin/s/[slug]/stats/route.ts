import { parseFilters } from "@/lib/analysis/filters";
import { getStats, parseGroupBy } from "@/lib/analysis/service";
import { getSurveyContext } from "@/lib/analysis/survey";
import { errorResponse, jsonError } from "@/lib/http/json";
import { isSurveySlug } from "@/lib/survey/slug";
import { withSurveyArea } from "@/lib/auth/survey-access";

export const dynamic = "force-dynamic";

/**
 * Monitoring and results as JSON, with the same filters as the results page
 * (?wave=2023&sector_group=mbo&flowMode=choice&includePartial=true: one parameter per dimension of
 * the survey; `groupBy` splits the default summaries of a survey without a report).
 */
export const GET = withSurveyArea<{ params: Promise<{ slug: string }> }>("results", async (request, { params }) => {
  try {
    const { slug } = await params;
    const survey = isSurveySlug(slug) ? await getSurveyContext(slug) : null;
    if (!survey) return jsonError(404, "Deze vragenlijst bestaat niet.");
    const search = new URLSearchParams(request.nextUrl.searchParams);
    const groupBy = search.get("groupBy") ?? undefined;
    search.delete("groupBy");
    const filters = parseFilters(search, survey.dimensions);
    return Response.json(await getStats(survey, filters, parseGroupBy(survey, groupBy)), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
});
