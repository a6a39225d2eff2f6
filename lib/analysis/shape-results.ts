import type { TCondition, TScale } from "@/lib/survey/version/primitives";
import { meanCi, pct, round1, toRanks, topK, type TBarFigure, type TRankTable, type TSeries } from "./figures";
import type { TResultFilters } from "./filters";
import type { TAggregate } from "./report/schema";
import type { TBase, TCodeCount, TItemStat } from "./results";

/**
 * Pure shaping of the aggregate rows into figures and ranking tables: one function per
 * aggregate (distribution, share, mean, count), then sorting and trimming as the report entry
 * asks. Series are the values of the entry's grouping ("total" = one series).
 */
export type TSeriesSpec = { key: string; label: string };
export type TRowItem = { code: string; label: string; variable: string; showIf?: TCondition; group?: string };
export type TShapeOptions = {
  id: string;
  title: string;
  note?: string;
  sort: "definition" | "desc";
  ties?: "label" | "definition";
  hideEmpty: boolean;
  top?: number;
  exclude: string[];
};

type TCell = { n: number; value: number | null; ci?: [number, number] | null };

/** The key rows of a grouped query use for a series ("alle" is the SQL of the total grouping). */
const keyOf = (group: string | null, totalKey: string) => (group === "alle" ? totalKey : group ?? "");

export const conditionKey = (c: TCondition | undefined) => (c ? JSON.stringify(c) : "page");

/** The one series of an ungrouped figure: key and label by aggregate. */
export function totalSeries(aggregate: TAggregate, scale?: TScale): TSeriesSpec {
  if (aggregate === "distribution") return { key: "alle", label: "Totaal" };
  if (aggregate === "share") return { key: "pct", label: "% van de respondenten" };
  if (aggregate === "count") return { key: "n", label: "Aantal antwoorden" };
  if (aggregate === "meanRank") return { key: "mean", label: "Gemiddelde rang (1 = eerst)" };
  const range = scoreRange(scale);
  return { key: "mean", label: range ? `Gemiddelde (${range[0]}–${range[1]})` : "Gemiddelde" };
}

/** The scores of a scale without its missing values ("niet van toepassing"). */
export function scoreRange(scale?: TScale): [number, number] | undefined {
  if (!scale) return undefined;
  const scores: number[] = [];
  for (let v = scale.min; v <= scale.max; v += scale.step) if (!scale.missingValues.includes(v)) scores.push(v);
  return scores.length ? [scores[0], scores[scores.length - 1]] : undefined;
}

function assemble(
  o: TShapeOptions, unit: TBarFigure["unit"], series: TSeries[], items: { code: string; label: string }[],
  cell: (code: string, key: string) => TCell, domain?: [number, number],
): TBarFigure {
  let rows = items
    .filter((it) => !o.exclude.includes(it.code))
    .map((it) => {
      const cells = series.map((s) => [s.key, cell(it.code, s.key)] as const);
      const hasCi = cells.some(([, c]) => c.ci !== undefined);
      return {
        code: it.code, label: it.label,
        values: Object.fromEntries(cells.map(([k, c]) => [k, c.value])),
        ns: Object.fromEntries(cells.map(([k, c]) => [k, c.n])),
        ...(hasCi ? { ci: Object.fromEntries(cells.map(([k, c]) => [k, c.ci ?? null])) } : {}),
      };
    });
  if (o.hideEmpty) rows = rows.filter((r) => Object.values(r.ns).some((n) => n > 0));
  if (o.sort === "desc" && series.length) {
    // Highest first by the value shown: a share of its own base (who was offered the option) or a
    // mean; counts by n. Equal shares: the larger n. Then label (a ranking) or questionnaire order.
    const k = series[0].key;
    const byLabel = (o.ties ?? (unit === "mean" ? "definition" : "label")) === "label";
    const value = (r: (typeof rows)[number]) => (unit === "count" ? r.ns[k] : (r.values[k] ?? -Infinity));
    const byN = (a: (typeof rows)[number], b: (typeof rows)[number]) => (unit === "pct" ? b.ns[k] - a.ns[k] : 0);
    rows = [...rows].sort((a, b) => value(b) - value(a) || byN(a, b) || (byLabel ? a.label.localeCompare(b.label, "nl") : 0));
  }
  if (o.top) rows = rows.slice(0, o.top);
  return { id: o.id, title: o.title, unit, ...(domain ? { domain } : {}), series, rows, ...(o.note ? { note: o.note } : {}) };
}

/** Single choice: % of the series' respondents per code; codes outside the options come last. */
export function distributionFigure(o: TShapeOptions, items: TRowItem[], counts: TCodeCount[], specs: TSeriesSpec[]): TBarFigure {
  const totalKey = specs.length === 1 ? specs[0].key : "alle";
  const rows = counts.map((c) => ({ key: keyOf(c.group, totalKey), code: c.code, n: c.n }));
  const series = specs.map((s) => ({ ...s, n: rows.filter((r) => r.key === s.key).reduce((a, r) => a + r.n, 0) }));
  const known = new Set(items.map((i) => i.code));
  const extra = [...new Set(rows.map((r) => r.code).filter((c) => !known.has(c)))].map((c) => ({ code: c, label: c }));
  const n = (code: string, key: string) => rows.filter((r) => r.key === key && r.code === code).reduce((a, r) => a + r.n, 0);
  return assemble(o, "pct", series, [...items, ...extra], (code, key) => {
    const count = n(code, key);
    return { n: count, value: pct(count, series.find((s) => s.key === key)!.n) };
  });
}

function lookups(stats: TItemStat[], bases: TBase[], totalKey: string) {
  const stat = new Map(stats.map((s) => [`${keyOf(s.group, totalKey)}|${s.variable}`, s]));
  const base = new Map(bases.map((b) => [`${keyOf(b.group, totalKey)}|${b.key}`, b.n]));
  return {
    stat: (key: string, variable: string) => stat.get(`${key}|${variable}`),
    base: (key: string, baseKey: string) => base.get(`${key}|${baseKey}`) ?? 0,
  };
}

const seriesWithBase = (specs: TSeriesSpec[], base: (key: string, b: string) => number): TSeries[] =>
  specs.map((s) => ({ ...s, n: base(s.key, "page") }));

/**
 * Multiple choice and pick-N: % choosing each option. The base of an option is who answered the
 * page AND was offered it (an option hidden by its condition is no "not chosen").
 */
export function shareFigure(o: TShapeOptions, items: TRowItem[], stats: TItemStat[], bases: TBase[], specs: TSeriesSpec[]): TBarFigure {
  const { stat, base } = lookups(stats, bases, specs[0]?.key ?? "pct");
  const series = seriesWithBase(specs, base);
  const byCode = new Map(items.map((i) => [i.code, i]));
  return assemble(o, "pct", series, items, (code, key) => {
    const item = byCode.get(code)!;
    const n = stat(key, item.variable)?.n ?? 0;
    return { n, value: pct(n, base(key, conditionKey(item.showIf))) };
  });
}

/** A group's mean: the mean of its item means, or of all its ratings pooled (filters.ts groupMean). */
export type TGroupRows = { groups: { id: string; label: string }[]; method: TResultFilters["groupMean"] };

/** Mean of the item means of the items with a rating; no interval (the items share respondents). */
function meanOfItemMeans(parts: TItemStat[]): TCell {
  const means = parts.filter((s) => s.n > 0).map((s) => s.sum / s.n);
  const n = parts.reduce((a, s) => a + s.n, 0);
  return { n, value: means.length ? round1(means.reduce((a, m) => a + m, 0) / means.length) : null, ci: null };
}

/**
 * Means per item (sliders, grid rows, rankings, numbers) with a 95 % CI; with `groupRows`, one row
 * per group of the list: the mean of its item means, or every rating of its items pooled.
 */
export function meanFigure(
  o: TShapeOptions, items: TRowItem[], stats: TItemStat[], bases: TBase[], specs: TSeriesSpec[],
  domain?: [number, number], groupRows?: TGroupRows,
): TBarFigure {
  const { stat, base } = lookups(stats, bases, specs[0]?.key ?? "mean");
  const series = seriesWithBase(specs, base);
  const rowsOf = groupRows
    ? groupRows.groups.map((g) => ({ code: g.id, label: g.label, variables: items.filter((i) => i.group === g.id).map((i) => i.variable) }))
    : items.map((i) => ({ code: i.code, label: i.label, variables: [i.variable] }));
  const byCode = new Map(rowsOf.map((r) => [r.code, r]));
  return assemble(o, "mean", series, rowsOf, (code, key) => {
    const parts = byCode.get(code)!.variables.map((v) => stat(key, v)).filter((s) => s !== undefined);
    if (groupRows?.method === "items") return meanOfItemMeans(parts);
    const n = parts.reduce((a, s) => a + s.n, 0);
    const { mean, ci } = meanCi(n, parts.reduce((a, s) => a + s.sum, 0), parts.reduce((a, s) => a + s.sumsq, 0));
    return { n, value: mean, ci };
  }, domain);
}

/** Open answers: how many gave one. */
export function countFigure(o: TShapeOptions, items: TRowItem[], stats: TItemStat[], bases: TBase[], specs: TSeriesSpec[]): TBarFigure {
  const { stat, base } = lookups(stats, bases, specs[0]?.key ?? "n");
  const series = seriesWithBase(specs, base);
  const byCode = new Map(items.map((i) => [i.code, i]));
  return assemble(o, "count", series, items, (code, key) => {
    const n = stat(key, byCode.get(code)!.variable)?.n ?? 0;
    return { n, value: n };
  });
}

type TTableOptions = { id: string; title: string; note?: string; depth?: number; exclude: string[] };

/** Single choice per column: options ranked by how many respondents of that column chose them. */
export function distributionTable(o: TTableOptions, items: TRowItem[], counts: TCodeCount[], columns: TSeriesSpec[]): TRankTable {
  const cols = columns.map((c) => ({ ...c, n: counts.filter((r) => r.group === c.key).reduce((a, r) => a + r.n, 0) }));
  const ranked = cols.map((c) =>
    topK(
      items.filter((i) => !o.exclude.includes(i.code)).map((i) => ({
        code: i.code, label: i.label, n: counts.filter((r) => r.group === c.key && r.code === i.code).reduce((a, r) => a + r.n, 0),
      })),
      c.n, o.depth ?? items.length,
    ),
  );
  return { id: o.id, title: o.title, columns: cols, ranks: toRanks(ranked, o.depth ?? items.length), ...(o.note ? { note: o.note } : {}) };
}

/** Multiple choice / pick-N per column: options ranked by count, % of those offered the option. */
export function shareTable(o: TTableOptions, items: TRowItem[], stats: TItemStat[], bases: TBase[], columns: TSeriesSpec[]): TRankTable {
  const { stat, base } = lookups(stats, bases, "");
  const cols = columns.map((c) => ({ ...c, n: base(c.key, "page") }));
  const depth = o.depth ?? items.length;
  const ranked = cols.map((c) =>
    topK(
      items.filter((i) => !o.exclude.includes(i.code)).map((i) => {
        const n = stat(c.key, i.variable)?.n ?? 0;
        return { code: i.code, label: i.label, n, pct: pct(n, base(c.key, conditionKey(i.showIf))) };
      }),
      c.n, depth,
    ),
  );
  return { id: o.id, title: o.title, columns: cols, ranks: toRanks(ranked, depth), ...(o.note ? { note: o.note } : {}) };
}
