import "server-only";
import { pool } from "@/lib/db/client";
import type { TResultFilters } from "./filters";
import * as m from "./monitoring";
import { defaultReport } from "./report/default";
import { runSection, type TReportContext } from "./report/run";
import type { TReport } from "./report/schema";
import { listWavesOf } from "./results";
import {
  fillDays, monitoringLabels, shapeBreakdowns, shapeCompletionTimes, shapeFunnels, shapePageTimes, shapeTotals,
} from "./shape-monitoring";
import type { TSurveyContext } from "./survey";

/**
 * Dashboard data per widget: one SQL aggregate, then pure shaping. Pages call these inside their
 * own Suspense boundaries so a slow widget never holds up the others.
 */
const labels = (s: TSurveyContext) => monitoringLabels(s.structure, s.dimensions);
const parts = (s: TSurveyContext) => (s.structure.def.parts?.items ?? []).map((p) => p.id);
const choiceVariable = (s: TSurveyContext) => (s.structure.def.parts?.mode === "choice" ? s.structure.def.parts.choice.variable : null);

export const getTotals = async (s: TSurveyContext) => shapeTotals(await m.monitoringTotals(pool(), s.id, parts(s)));
export const getFunnels = async (s: TSurveyContext) => shapeFunnels(await m.monitoringFunnel(pool(), s.id, choiceVariable(s)), labels(s));
export const getPerDay = async (s: TSurveyContext) => fillDays(await m.monitoringPerDay(pool(), s.id));
export const getCompletionTimes = async (s: TSurveyContext) =>
  shapeCompletionTimes(await m.monitoringCompletionTime(pool(), s.id, choiceVariable(s)), labels(s));
export const getPageTimes = async (s: TSurveyContext) => shapePageTimes(await m.monitoringPageTimes(pool(), s.id), labels(s));
export const getBreakdowns = async (s: TSurveyContext) => shapeBreakdowns(await m.monitoringBreakdowns(pool(), s.id, s.dimensions), labels(s));
export const getWatermark = (surveyId: string) => m.liveWatermark(pool(), surveyId);

/** A grouping from the URL: a built-in one or a dimension of the survey; anything else = none. */
export function parseGroupBy(s: TSurveyContext, raw: string | string[] | undefined): string {
  const v = Array.isArray(raw) ? raw[0] : raw;
  const known = ["wave", "flow_mode", "version", ...s.dimensions.map((d) => d.id)];
  return v && known.includes(v) ? v : "total";
}

/** The survey's report, or the default summaries of every element (grouped by `groupBy`). */
export const reportOf = (s: TSurveyContext, groupBy = "total"): TReport => s.report ?? defaultReport(s.structure, groupBy);

export async function reportContext(s: TSurveyContext): Promise<TReportContext> {
  return { db: pool(), surveyId: s.id, structure: s.structure, dimensions: s.dimensions, waves: await listWavesOf(pool(), s.id) };
}

/** One section of the report for the filters. */
export async function getSection(s: TSurveyContext, filters: TResultFilters, sectionId: string, groupBy?: string) {
  const section = reportOf(s, groupBy).sections.find((x) => x.id === sectionId);
  if (!section) throw new Error(`Onbekende sectie ${sectionId}`);
  return runSection(await reportContext(s), filters, section);
}

/**
 * Everything GET /api/admin/s/[slug]/stats answers: monitoring (unfiltered, live responses) and
 * the report's sections for the filters.
 */
export async function getStats(s: TSurveyContext, filters: TResultFilters, groupBy?: string) {
  const ctx = await reportContext(s);
  const [totals, funnels, perDay, completionTimes, pageTimes, breakdowns, sections] = await Promise.all([
    getTotals(s), getFunnels(s), getPerDay(s), getCompletionTimes(s), getPageTimes(s), getBreakdowns(s),
    Promise.all(reportOf(s, groupBy).sections.map((sec) => runSection(ctx, filters, sec))),
  ]);
  return {
    filters,
    monitoring: { totals, funnels, perDay, completionTimes, pageTimes, breakdowns },
    results: { sections },
  };
}

/** Waves with responses, for the filter form. */
export const listWaves = (surveyId: string) => listWavesOf(pool(), surveyId);
