import "server-only";
import { pool } from "@/lib/db/client";
import { cachedFigure, figureKey } from "./cache";
import type { TQueryable } from "./db";
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

/**
 * The survey's change marker, read at most once a second per app instance and survey: every open
 * dashboard polls it (every 1.5 s) and every figure request is keyed by it. The poll and the
 * figures of the refresh it triggers share this value, so a refresh never renders figures older
 * than the marker that triggered it.
 */
const WATERMARK_TTL_MS = 1000;
const watermarks = new Map<string, { at: number; value: Promise<string> }>();

export function getWatermark(surveyId: string): Promise<string> {
  const known = watermarks.get(surveyId);
  if (known && performance.now() - known.at < WATERMARK_TTL_MS) return known.value;
  const value = m.liveWatermark(pool(), surveyId);
  watermarks.set(surveyId, { at: performance.now(), value });
  value.catch(() => watermarks.delete(surveyId));
  return value;
}

/** For tests that change responses and read figures again within a second. */
export const forgetWatermarks = () => watermarks.clear();

/** What a figure's shape depends on besides its own inputs: the survey's definition (labels) and dimensions. */
const surveyKeys = new WeakMap<TSurveyContext["structure"], string>();
function surveyKey(s: TSurveyContext): string {
  let key = surveyKeys.get(s.structure);
  if (!key) surveyKeys.set(s.structure, (key = figureKey([s.structure.def, s.dimensions])));
  return key;
}

/** A figure computed once per watermark for every tab and instance (lib/analysis/cache.ts). */
async function cached<T>(s: TSurveyContext, parts: unknown[], compute: (db: TQueryable) => Promise<T>): Promise<T> {
  const watermark = await getWatermark(s.id);
  return (await cachedFigure(pool(), s.id, figureKey([surveyKey(s), ...parts]), watermark, compute)).value;
}

export const getTotals = (s: TSurveyContext) => cached(s, ["totals"], async (db) => shapeTotals(await m.monitoringTotals(db, s.id, parts(s))));
export const getFunnels = (s: TSurveyContext) =>
  cached(s, ["funnels"], async (db) => shapeFunnels(await m.monitoringFunnel(db, s.id, choiceVariable(s)), labels(s)));
export const getPerDay = (s: TSurveyContext) => cached(s, ["perDay"], async (db) => fillDays(await m.monitoringPerDay(db, s.id)));
export const getCompletionTimes = (s: TSurveyContext) =>
  cached(s, ["completionTimes"], async (db) => shapeCompletionTimes(await m.monitoringCompletionTime(db, s.id, choiceVariable(s)), labels(s)));
export const getPageTimes = (s: TSurveyContext) =>
  cached(s, ["pageTimes"], async (db) => shapePageTimes(await m.monitoringPageTimes(db, s.id), labels(s)));
export const getBreakdowns = (s: TSurveyContext) =>
  cached(s, ["breakdowns"], async (db) => shapeBreakdowns(await m.monitoringBreakdowns(db, s.id, s.dimensions), labels(s)));

/** A grouping from the URL: a built-in one or a dimension of the survey; anything else = none. */
export function parseGroupBy(s: TSurveyContext, raw: string | string[] | undefined): string {
  const v = Array.isArray(raw) ? raw[0] : raw;
  const known = ["wave", "flow_mode", "version", ...s.dimensions.map((d) => d.id)];
  return v && known.includes(v) ? v : "total";
}

/** The survey's report, or the default summaries of every element (grouped by `groupBy`). */
export const reportOf = (s: TSurveyContext, groupBy = "total"): TReport => s.report ?? defaultReport(s.structure, groupBy);

export async function reportContext(s: TSurveyContext, db: TQueryable = pool()): Promise<TReportContext> {
  return { db, surveyId: s.id, structure: s.structure, dimensions: s.dimensions, waves: await listWavesOf(db, s.id) };
}

/** One section of the report for the filters, computed once per watermark. */
export async function getSection(s: TSurveyContext, filters: TResultFilters, sectionId: string, groupBy?: string) {
  const section = reportOf(s, groupBy).sections.find((x) => x.id === sectionId);
  if (!section) throw new Error(`Onbekende sectie ${sectionId}`);
  return cached(s, ["section", section, filters], async (db) => runSection(await reportContext(s, db), filters, section));
}

/**
 * Everything GET /api/admin/s/[slug]/stats answers: monitoring (unfiltered, live responses) and
 * the report's sections for the filters.
 */
export async function getStats(s: TSurveyContext, filters: TResultFilters, groupBy?: string) {
  const [totals, funnels, perDay, completionTimes, pageTimes, breakdowns, sections] = await Promise.all([
    getTotals(s), getFunnels(s), getPerDay(s), getCompletionTimes(s), getPageTimes(s), getBreakdowns(s),
    Promise.all(reportOf(s, groupBy).sections.map((sec) => getSection(s, filters, sec.id, groupBy))),
  ]);
  return {
    filters,
    monitoring: { totals, funnels, perDay, completionTimes, pageTimes, breakdowns },
    results: { sections },
  };
}

/** Waves with responses, for the filter form. */
export const listWaves = (surveyId: string) => listWavesOf(pool(), surveyId);
