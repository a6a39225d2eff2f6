import { parseFilters } from "@/lib/analysis/filters";
import * as service from "@/lib/analysis/service";
import { getSurveyContext } from "@/lib/analysis/survey";
import { withResearcher } from "@/lib/auth/guard";
import { errorResponse, jsonError } from "@/lib/http/json";
import { isSurveySlug } from "@/lib/survey/definition";

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
    const [totals, funnels, perDay, completionTimes, pageTimes, breakdowns, sample, factors, top5, otherP1, development, otherP2] =
      await Promise.all([
        service.getTotals(survey), service.getFunnels(survey), service.getPerDay(survey), service.getCompletionTimes(survey),
        service.getPageTimes(survey), service.getBreakdowns(survey), service.getSample(survey, filters), service.getFactors(survey, filters),
        service.getTop5(survey, filters), service.getOther(survey, filters, "p1"), service.getDevelopment(survey, filters),
        service.getOther(survey, filters, "p2"),
      ]);
    return Response.json(
      {
        filters,
        monitoring: { totals, funnels, perDay, completionTimes, pageTimes, breakdowns },
        results: { sample, factors, top5, otherP1, development, otherP2 },
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    return errorResponse(error);
  }
});
