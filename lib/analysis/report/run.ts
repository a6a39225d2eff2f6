import type { TDimension } from "@/lib/survey/config";
import type { TElement } from "@/lib/survey/elements/registry";
import type { TStructure } from "@/lib/survey/engine/structure";
import { aggregateOf, groupsOf, scaleOf, type TAnalysisItem } from "../aggregates";
import { conditionSql } from "../conditions-sql";
import type { TQueryable } from "../db";
import { dimensionValues, FLOW_MODE_LABELS } from "../dimensions";
import type { TBarFigure, TRankTable } from "../figures";
import type { TResultFilters } from "../filters";
import { codeCounts, filteredWaves, itemStats, type TItemStats, type TScope } from "../results";
import { describeFilters, splitEmpty, sumByWave, titleWithWaves, type TFigureBase, type TWaveN } from "../titles";
import {
  conditionKey, countFigure, distributionFigure, distributionTable, meanFigure, scoreRange, shareFigure, shareTable, totalSeries,
  type TSeriesSpec,
} from "../shape-results";
import type { TAggregate, TFigureEntry, TPanelEntry, TReportEntry, TReportSection, TTableEntry } from "./schema";

/**
 * Runs a report's entries: for each, the element's aggregate as one SQL query (results.ts),
 * shaped by the pure functions of shape-results.ts. Entries of a section run side by side.
 */
export type TReportContext = {
  db: TQueryable; surveyId: string; structure: TStructure; dimensions: TDimension[]; waves: string[];
  /** Same query, same answer: a panel's figures of one element and filter share one aggregate. */
  memo?: Map<string, Promise<TItemStats>>;
};

function memoStats(ctx: TReportContext, scope: TScope, page: string, variables: string[], missing: number[], bases: Record<string, string>) {
  if (!ctx.memo) return itemStats(ctx.db, scope, page, variables, missing, bases);
  const key = JSON.stringify([scope.filters, scope.part, scope.restrict, scope.groupBy, page, variables, missing, bases]);
  let hit = ctx.memo.get(key);
  if (!hit) ctx.memo.set(key, (hit = itemStats(ctx.db, scope, page, variables, missing, bases)));
  return hit;
}

export type TReportItem =
  | { kind: "figure"; figure: TBarFigure }
  | { kind: "ranking"; table: TRankTable }
  | { kind: "panel"; id: string; title: string; n: number; smallWarning?: string; items: TReportItem[] };
export type TSectionResult = { id: string; title: string; intro?: string; items: TReportItem[] };

const asList = (v: string | string[]) => (Array.isArray(v) ? v : [v]);

/** Title with its waves, the base line's facts, and no bar, legend entry or column for a group of N = 0. */
function withBase<T extends TBarFigure | TRankTable>(
  ctx: TReportContext, filters: TResultFilters, x: T, groupBy: string, r: TResolved, waves: TWaveN[], groupMean?: TFigureBase["groupMean"],
): T {
  const series = "series" in x ? x.series : x.columns;
  const { kept, empty } = splitEmpty(series, groupBy !== "total");
  const part = r.scope.part;
  const partTitle = ctx.structure.def.parts?.items.find((p) => p.id === part)?.title;
  const base: TFigureBase = {
    waves, filters: describeFilters(filters, ctx.dimensions.map((d) => ({ id: d.id, label: d.label, values: dimensionValues(d, ctx.structure) }))),
    includePartial: filters.includePartial ?? false, isPartScoped: part !== undefined, empty, isByWave: groupBy === "wave", filterWaves: filters.wave,
    ...(partTitle ? { part: partTitle } : {}),
    ...(r.aggregate === "share" && r.items.some((i) => i.showIf) ? { isOffered: true } : {}),
    ...(groupMean ? { groupMean } : {}),
  };
  const title = titleWithWaves(x.title, waves.map((w) => w.wave));
  if ("series" in x) return { ...x, title, series: kept, base };
  const keep = series.map((c) => kept.includes(c));
  return { ...x, title, columns: kept, ranks: x.ranks.map((row) => row.filter((_, j) => keep[j])), base };
}

/** Series of a grouping: a dimension's values in definition order, or the values found in the data. */
function seriesFor(ctx: TReportContext, groupBy: string, total: TSeriesSpec, found: (string | null)[]): TSeriesSpec[] {
  if (groupBy === "total") return [total];
  const present = [...new Set(found.filter((g): g is string => g !== null))].sort();
  if (groupBy === "wave") return present.map((w) => ({ key: w, label: w }));
  if (groupBy === "version") return present.sort((a, b) => Number(a) - Number(b)).map((v) => ({ key: v, label: `Versie ${v}` }));
  if (groupBy === "flow_mode") return present.map((m) => ({ key: m, label: FLOW_MODE_LABELS[m] ?? m }));
  const dim = ctx.dimensions.find((d) => d.id === groupBy);
  const known = dim ? dimensionValues(dim, ctx.structure) : [];
  return [...known.map((v) => ({ key: v.code, label: v.label })), ...present.filter((p) => !known.some((k) => k.code === p)).map((p) => ({ key: p, label: p }))];
}

type TResolved = { el: TElement; page: string; aggregate: TAggregate; items: TAnalysisItem[]; scope: Omit<TScope, "groupBy"> };

function resolve(ctx: TReportContext, filters: TResultFilters, e: TFigureEntry | TTableEntry): TResolved | string {
  const found = ctx.structure.elements.get(e.element);
  if (!found) return `Het element ${e.element} komt niet voor in deze versie van de vragenlijst.`;
  const spec = aggregateOf(found.el);
  if (!spec) return `Voor elementen van het type ${found.el.type} is geen samenvatting.`;
  const restrict = Object.fromEntries(Object.entries(e.filter ?? {}).map(([k, v]) => [k, asList(v)]));
  return {
    el: found.el,
    page: found.page.id,
    aggregate: e.aggregate ?? spec.aggregate,
    items: spec.items(found.el, ctx.structure, e.filter ?? {}),
    scope: { surveyId: ctx.surveyId, filters, dimensions: ctx.dimensions, part: found.page.part, restrict },
  };
}

/** SQL per distinct option condition: the base of "% of those offered it". */
function conditionBases(ctx: TReportContext, r: TResolved): Record<string, string> {
  if (r.aggregate !== "share") return {};
  const out: Record<string, string> = {};
  for (const it of r.items) if (it.showIf) out[conditionKey(it.showIf)] = conditionSql(it.showIf, ctx.structure);
  return out;
}

const emptyFigure = (e: TFigureEntry | TTableEntry, note: string): TBarFigure => ({ id: e.id, title: e.title, unit: "count", series: [], rows: [], note });

async function runFigure(ctx: TReportContext, filters: TResultFilters, e: TFigureEntry): Promise<TBarFigure> {
  const r = resolve(ctx, filters, e);
  if (typeof r === "string") return emptyFigure(e, r);
  const scope = { ...r.scope, groupBy: e.series };
  const scale = scaleOf(r.el, ctx.structure);
  const total = totalSeries(r.aggregate, scale);
  const opts = { id: e.id, title: e.title, note: e.note, sort: e.sort, ties: e.ties, hideEmpty: e.hideEmpty, top: e.top, exclude: e.exclude };
  // Per wave: every wave with respondents under the filters, also those without an answer here.
  const waveSeries = e.series === "wave" ? await filteredWaves(ctx.db, { surveyId: ctx.surveyId, filters, dimensions: ctx.dimensions }) : [];
  const isByGroup = (r.aggregate === "mean" || r.aggregate === "meanRank") && e.rows === "groups";
  const groupRows = isByGroup ? { groups: groupsOf(r.el, ctx.structure), method: filters.groupMean } : undefined;
  const based = (figure: TBarFigure, waves: TWaveN[]) => withBase(ctx, filters, figure, e.series, r, waves, groupRows?.method);
  if (r.aggregate === "distribution") {
    const counts = await codeCounts(ctx.db, scope, r.el.id);
    const figure = distributionFigure(opts, r.items, counts, seriesFor(ctx, e.series, total, [...waveSeries, ...counts.map((c) => c.group)]));
    return based(figure, sumByWave(counts));
  }
  const missing = scale?.missingValues ?? [];
  const { stats, bases, waves } = await memoStats(ctx, scope, r.page, r.items.map((i) => i.variable), missing, conditionBases(ctx, r));
  const specs = seriesFor(ctx, e.series, total, [...waveSeries, ...bases.map((b) => b.group)]);
  if (r.aggregate === "share") return based(shareFigure(opts, r.items, stats, bases, specs), sumByWave(waves));
  if (r.aggregate === "count") return based(countFigure(opts, r.items, stats, bases, specs), sumByWave(waves));
  const range = r.aggregate === "mean" ? scoreRange(scale) : undefined;
  return based(meanFigure(opts, r.items, stats, bases, specs, range, groupRows), sumByWave(waves));
}

async function runTable(ctx: TReportContext, filters: TResultFilters, e: TTableEntry): Promise<TRankTable> {
  const opts = { id: e.id, title: e.title, note: e.note, depth: e.depth, exclude: e.exclude };
  const r = resolve(ctx, filters, e);
  if (typeof r === "string") return { id: e.id, title: e.title, columns: [], ranks: [], note: r };
  const scope = { ...r.scope, groupBy: e.columns };
  const columns = (found: (string | null)[]) => seriesFor(ctx, e.columns, { key: "alle", label: "Totaal" }, found);
  const based = (table: TRankTable, waves: TWaveN[]) => withBase(ctx, filters, table, e.columns, r, waves);
  if (r.aggregate === "distribution") {
    const counts = await codeCounts(ctx.db, scope, r.el.id);
    return based(distributionTable(opts, r.items, counts, columns(counts.map((c) => c.group))), sumByWave(counts));
  }
  const { stats, bases, waves } = await memoStats(ctx, scope, r.page, r.items.map((i) => i.variable), scaleOf(r.el, ctx.structure)?.missingValues ?? [], conditionBases(ctx, r));
  return based(shareTable(opts, r.items, stats, bases, columns(bases.map((b) => b.group))), sumByWave(waves));
}

function nOf(item: TReportItem): number {
  if (item.kind === "figure") return item.figure.series[0]?.n ?? 0;
  if (item.kind === "ranking") return item.table.columns.reduce((a, c) => a + c.n, 0);
  return item.n;
}

async function runPanel(ctx: TReportContext, filters: TResultFilters, e: TPanelEntry): Promise<TReportItem> {
  const shared = { ...ctx, memo: ctx.memo ?? new Map() };
  const items = await Promise.all(e.items.map((i) => runEntry(shared, filters, i)));
  return { kind: "panel", id: e.id, title: e.title, n: items.length ? nOf(items[0]) : 0, ...(e.smallWarning ? { smallWarning: e.smallWarning } : {}), items };
}

export async function runEntry(ctx: TReportContext, filters: TResultFilters, e: TReportEntry): Promise<TReportItem> {
  if (e.kind === "figure") return { kind: "figure", figure: await runFigure(ctx, filters, e) };
  if (e.kind === "ranking") return { kind: "ranking", table: await runTable(ctx, filters, e) };
  return runPanel(ctx, filters, e);
}

export async function runSection(ctx: TReportContext, filters: TResultFilters, s: TReportSection): Promise<TSectionResult> {
  const shared = { ...ctx, memo: ctx.memo ?? new Map() };
  const items = await Promise.all(s.items.map((i) => runEntry(shared, filters, i)));
  return { id: s.id, title: s.title, ...(s.intro ? { intro: s.intro } : {}), items };
}
