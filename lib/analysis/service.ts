import "server-only";
import { analysisPool, pool, replicaPool } from "@/lib/db/client";
import { env } from "@/lib/env";
import { cachedFigure, figureKey } from "./cache";
import { LIVE_POLICY, readLiveMarker } from "./live";
import type { TQueryable } from "./db";
import { groupingSql } from "./dimensions";
import { resultSettings, ZResultFilters, type TResultFilters } from "./filters";
import * as m from "./monitoring";
import { defaultReport } from "./report/default";
import { runSection, type TReportContext } from "./report/run";
import type { TReport } from "./report/schema";
import { listWavesOf } from "./results";
import { shapeFunnels } from "./shape-funnels";
import { cumulativeTrend, fillDays, monitoringLabels, shapeBreakdowns, shapeCompletionTimes, shapePageTimes, shapeTotals } from "./shape-monitoring";
import type { TSurveyContext } from "./survey";

/**
 * Dashboard data per widget: one SQL aggregate, then pure shaping. Pages call these inside their
 * own Suspense boundaries so a slow widget never holds up the others.
 */
const NO_FILTERS: TResultFilters = ZResultFilters.parse({});
const labels = (s: TSurveyContext) => monitoringLabels(s.structure, s.dimensions);
const parts = (s: TSurveyContext) => (s.structure.def.parts?.items ?? []).map((p) => p.id);
const choiceVariable = (s: TSurveyContext) => (s.structure.def.parts?.mode === "choice" ? s.structure.def.parts.choice.variable : null);

/**
 * The survey's live marker (lib/analysis/live.ts), read at most once a second per app instance and
 * survey, less often when the read itself is slow: every open dashboard polls it (every 1.5 s) and every figure request is keyed by it. The poll and the
 * figures of the refresh it triggers share this value, so a refresh never renders figures older
 * than the marker that triggered it.
 */
const WATERMARK_TTL_MS = 1000;
/** A slow read takes at most a tenth of the time: one of 380 ms (a million responses) is repeated after 3.8 s. */
const WATERMARK_COST_FACTOR = 10;
const watermarks = new Map<string, { at: number; ttl: number; value: Promise<string> }>();

export function getWatermark(surveyId: string): Promise<string> {
  const known = watermarks.get(surveyId);
  if (known && performance.now() - known.at < known.ttl) return known.value;
  const started = performance.now();
  const value = readLiveMarker(pool(), surveyId, { ...LIVE_POLICY, share: env().LIVE_DB_SHARE });
  const entry = { at: started, ttl: known?.ttl ?? WATERMARK_TTL_MS, value };
  watermarks.set(surveyId, entry);
  entry.value.then(
    () => (entry.ttl = Math.max(WATERMARK_TTL_MS, (performance.now() - started) * WATERMARK_COST_FACTOR)),
    () => watermarks.delete(surveyId),
  );
  return entry.value;
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
export async function cached<T>(s: TSurveyContext, parts: unknown[], compute: (db: TQueryable) => Promise<T>): Promise<T> {
  const watermark = await getWatermark(s.id);
  return (await cachedFigure(pool(), s.id, figureKey([surveyKey(s), ...parts]), watermark, compute, {
    replica: replicaPool(),
    computePool: analysisPool(),
  })).value;
}

/** Monitoring's filters (lib/analysis/filters.ts) with the survey's dimensions. */
const scope = (s: TSurveyContext, filters: TResultFilters): m.TScope => ({ filters, dimensions: s.dimensions, timeZone: s.timeZone });
/** Monitoring ignores the results' settings (partial responses, group means): the same figure for any value. */
const monitoringKey = (filters: TResultFilters) => ({ ...filters, includePartial: true, groupMean: "items" });

export const getTotals = (s: TSurveyContext, f: TResultFilters = NO_FILTERS) =>
  cached(s, ["totals", monitoringKey(f)], async (db) => shapeTotals(await m.monitoringTotals(db, s.id, parts(s), scope(s, f))));
export const getPerDay = (s: TSurveyContext, f: TResultFilters = NO_FILTERS) =>
  cached(s, ["perDay", monitoringKey(f)], async (db) => fillDays(await m.monitoringPerDay(db, s.id, s.timeZone, scope(s, f))));
/** Running totals per day (started, finished, started per source): the response trend. */
export const getTrend = (s: TSurveyContext, f: TResultFilters = NO_FILTERS) =>
  cached(s, ["trend", monitoringKey(f)], async (db) => {
    // One after the other: a figure's queries share one connection.
    const perDay = await m.monitoringPerDay(db, s.id, s.timeZone, scope(s, f));
    return cumulativeTrend(fillDays(perDay), await m.monitoringStartsBySource(db, s.id, s.timeZone, scope(s, f)));
  });
export const getCompletionTimes = (s: TSurveyContext, f: TResultFilters = NO_FILTERS) =>
  cached(s, ["completionTimes", monitoringKey(f)], async (db) =>
    shapeCompletionTimes(await m.monitoringCompletionTime(db, s.id, choiceVariable(s), scope(s, f)), labels(s)));
export const getPageTimes = (s: TSurveyContext, f: TResultFilters = NO_FILTERS) =>
  cached(s, ["pageTimes", monitoringKey(f)], async (db) => shapePageTimes(await m.monitoringPageTimes(db, s.id, scope(s, f)), labels(s)));
export const getBreakdowns = (s: TSurveyContext, f: TResultFilters = NO_FILTERS) =>
  cached(s, ["breakdowns", monitoringKey(f)], async (db) => shapeBreakdowns(await m.monitoringBreakdowns(db, s.id, s.dimensions, scope(s, f)), labels(s)));

/** How the funnels can be split besides the flow mode: version, wave, source (link) or a dimension. */
export function funnelSplits(s: TSurveyContext): { id: string; label: string }[] {
  return [{ id: "version", label: "Versie" }, { id: "wave", label: "Wave" }, { id: "source", label: "Bron (link)" },
    ...s.dimensions.map((d) => ({ id: d.id, label: d.label }))];
}

/** A funnel split from the URL (`groupBy`); anything else = per flow mode only. */
export function parseFunnelSplit(s: TSurveyContext, raw: string | string[] | undefined): string | undefined {
  const v = Array.isArray(raw) ? raw[0] : raw;
  return funnelSplits(s).some((x) => x.id === v) ? v : undefined;
}

function splitLabeller(s: TSurveyContext, split: string): (code: string | null) => string {
  if (split === "version") return (c) => `Versie ${c ?? "?"}`;
  if (split === "wave") return (c) => `Wave ${c ?? "?"}`;
  if (split === "source") return (c) => (c === null ? "(geen bron)" : `Bron: ${c}`);
  const dim = labels(s).dimensions.find((d) => d.id === split);
  return (c) => `${dim?.label ?? split}: ${c === null ? "(nog niet ingevuld)" : (dim?.values[c] ?? c)}`;
}

/** Funnels per flow arm (and split), from each live version's routes (lib/survey/engine/routes). */
export const getFunnels = (s: TSurveyContext, f: TResultFilters = NO_FILTERS, split?: string) =>
  cached(s, ["funnels", monitoringKey(f), split ?? null], async (db) => {
    const versions = await m.liveVersions(db, s.id);
    const sql = !split ? undefined : split === "source" ? "r.source" : groupingSql(split, s.dimensions);
    const rows = await m.monitoringFunnel(db, s.id, versions, sql, scope(s, f));
    return shapeFunnels(rows, versions, split ? splitLabeller(s, split) : undefined, Boolean(split));
  });

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
  const settled = resultSettings(filters);
  return cached(s, ["section", section, settled], async (db) => runSection(await reportContext(s, db), settled, section));
}

/**
 * Everything GET /api/admin/s/[slug]/stats answers: monitoring (unfiltered, live responses) and
 * the report's sections for the filters.
 */
export async function getStats(s: TSurveyContext, query: TResultFilters, groupBy?: string) {
  const filters = resultSettings(query);
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

/** Waves and versions of the survey's live responses, for monitoring's filter form. */
export async function listLiveFilterOptions(surveyId: string): Promise<{ waves: string[]; versions: number[] }> {
  const { rows } = await pool().query<{ wave: string; version: number }>(
    `SELECT wave, version FROM survey_version WHERE survey_id = $1 AND NOT is_imported ORDER BY version`,
    [surveyId],
  );
  return { waves: [...new Set(rows.map((r) => r.wave))].sort(), versions: rows.map((r) => r.version) };
}
