import { parseFilters } from "@/lib/analysis/filters";
import { getStats } from "@/lib/analysis/service";
import { getSurveyContext } from "@/lib/analysis/survey";
import { withResearcher } from "@/lib/auth/guard";
import { errorResponse, jsonError } from "@/lib/http/json";
import { isSurveySlug } from "@/lib/survey/slug";

export const dynamic = "force-dynamic";

/**
 * Monitoring and results as JSON, with the same filters as the results page
 * (?wave=2023&sectorGroup=mbo&flowMode=choice&includePartial=true).
 */
export const GET = withResearcher<{ params: Promise<{ slug: string }> }>(async (request, { params }) => {
  try {
    const filters = parseFilters(request.nextUrl.searchParams);
    const { slug } = await params;
    const survey = isSurveySlug(slug) ? await getSurveyContext(slug) : null;
    if (!survey) return jsonError(404, "Deze vragenlijst bestaat niet.");
    return Response.json(await getStats(survey, filters), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
});
