import "server-only";
import { pool } from "@/lib/db/client";
import type { TResultFilters } from "./filters";
import * as m from "./monitoring";
import { activitiesOf, partSettings } from "./queries";
import * as r from "./results";
import { shapeBreakdowns, shapeCompletionTimes, shapeFunnels, shapePageTimes, shapeTotals, fillDays } from "./shape-monitoring";
import { shapeDevelopment, shapeFactors, shapeOther, shapeSample, shapeTop5 } from "./shape-results";
import type { TSurveyContext } from "./survey";

/**
 * Dashboard data per widget: one SQL aggregate, then pure shaping. Pages call these inside their
 * own Suspense boundaries so a slow widget never holds up the others.
 */
export const getTotals = async (s: TSurveyContext) => shapeTotals(await m.monitoringTotals(pool(), s.id));
export const getFunnels = async (s: TSurveyContext) => shapeFunnels(await m.monitoringFunnel(pool(), s.id), s.labels);
export const getPerDay = async (s: TSurveyContext) => fillDays(await m.monitoringPerDay(pool(), s.id));
export const getCompletionTimes = async (s: TSurveyContext) => shapeCompletionTimes(await m.monitoringCompletionTime(pool(), s.id));
export const getPageTimes = async (s: TSurveyContext) => shapePageTimes(await m.monitoringPageTimes(pool(), s.id), s.labels);
export const getBreakdowns = async (s: TSurveyContext) => shapeBreakdowns(await m.monitoringBreakdowns(pool(), s.id), s.labels);
export const getWatermark = (surveyId: string) => m.liveWatermark(pool(), surveyId);

export const getSample = async (s: TSurveyContext, f: TResultFilters) => shapeSample(await r.sampleCounts(pool(), s.id, f), s.labels);

/** Per-activity queries run side by side; each is one figure's worth of rows. */
const forActivities = <T>(s: TSurveyContext, part: "p1" | "p2", run: (activity: string) => Promise<T>) =>
  Promise.all(activitiesOf(s.definition, part).map(run));

export async function getFactors(s: TSurveyContext, f: TResultFilters) {
  return shapeFactors(await forActivities(s, "p1", (a) => r.itemSums(pool(), s.id, f, "p1", "factors", [], a)), s.labels);
}

export async function getTop5(s: TSurveyContext, f: TResultFilters) {
  return shapeTop5(await forActivities(s, "p1", (a) => r.choiceCounts(pool(), s.id, f, "p1", "top5", a)), s.labels, "p1");
}

export async function getOther(s: TSurveyContext, f: TResultFilters, part: "p1" | "p2") {
  const excluded = partSettings(s.definition, part).otherExcluded;
  const perActivity = await forActivities(s, part, (a) => r.choiceCounts(pool(), s.id, f, part, "other", a, excluded));
  const title = part === "p1"
    ? "Figuur 13. Overige activiteiten (naast de gekozen activiteit) voor leerlingen en studenten"
    : "Figuur 18. Overige activiteiten die respondenten ondernemen om internationale competenties op te doen";
  return shapeOther(perActivity, s.labels, part, title);
}

export async function getDevelopment(s: TSurveyContext, f: TResultFilters) {
  const missing = partSettings(s.definition, "p2").missingValues;
  return shapeDevelopment(await forActivities(s, "p2", (a) => r.itemSums(pool(), s.id, f, "p2", "dev", missing, a)), s.labels, s.definition, "p2");
}

/**
 * Everything GET /api/admin/s/[slug]/stats answers: monitoring (unfiltered, live responses) and
 * the results figures for the filters.
 */
export async function getStats(s: TSurveyContext, filters: TResultFilters) {
  const [totals, funnels, perDay, completionTimes, pageTimes, breakdowns, sample, factors, top5, otherP1, development, otherP2] =
    await Promise.all([
      getTotals(s), getFunnels(s), getPerDay(s), getCompletionTimes(s), getPageTimes(s), getBreakdowns(s), getSample(s, filters),
      getFactors(s, filters), getTop5(s, filters), getOther(s, filters, "p1"), getDevelopment(s, filters), getOther(s, filters, "p2"),
    ]);
  return {
    filters,
    monitoring: { totals, funnels, perDay, completionTimes, pageTimes, breakdowns },
    results: { sample, factors, top5, otherP1, development, otherP2 },
  };
}

/** Waves with responses, for the filter form. */
export async function listWaves(surveyId: string): Promise<string[]> {
  const { rows } = await pool().query<{ wave: string }>(
    // A response's wave is its version's wave, so the versions list them all.
    `SELECT DISTINCT wave FROM survey_version WHERE survey_id = $1 ORDER BY 1`,
    [surveyId],
  );
  return rows.map((r) => r.wave);
}
