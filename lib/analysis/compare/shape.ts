import type { TDimension } from "@/lib/survey/config";
import type { TStructure } from "@/lib/survey/engine/structure";
import { dimensionValues, FLOW_MODE_LABELS } from "../dimensions";
import {
  chiSquare, describeMean, isRun, pairwise, twoProportions, welch, welchAnova, wilson, type TInterval, type TMeanStats, type TPairTest, type TTestOutcome,
} from "./inference";
import { questionLabel, type TCompareKind, type TCompareQuestion } from "./questions";
import type { TCompareRow } from "./sql";

/**
 * From the per-group statistics of the SQL to what the page shows: per group N, the share or
 * mean with its 95 % interval, the test across groups and, with more than two groups, every pair
 * tested with Holm's correction. Groups without respondents are shown and never tested.
 */
export const SMALL_GROUP = 30;

export type TGroupEstimate = {
  key: string;
  label: string;
  /** Respondents in the base (categorical, share) or scores (mean). */
  n: number;
  /** Share: how many chose the option. */
  x?: number;
  /** Share as 0–1, or mean. */
  value: number | null;
  sd?: number | null;
  ci: TInterval | null;
};
export type TCategoryRow = { code: string; label: string; cells: { n: number; share: number | null; ci: TInterval | null }[] };
export type TStatistic = "chi2" | "z" | "t" | "F";
export type TOverallTest = { name: string; statistic: TStatistic; outcome: TTestOutcome };
export type TPairRow = TPairTest & { aLabel: string; bLabel: string };
export type TPairwise = { name: string; statistic: TStatistic; correction: "Holm"; pairs: TPairRow[] };

export type TComparison = {
  question: { variable: string; label: string; kind: TCompareKind; range?: [number, number] };
  by: { id: string; label: string };
  groups: TGroupEstimate[];
  /** Categorical: a row per answer category, a cell per group (in the order of `groups`). */
  categories?: TCategoryRow[];
  test: TOverallTest | null;
  pairwise: TPairwise | null;
  /** Respondents in the base without a value of the grouping (not compared). */
  ungrouped: number;
  warnings: string[];
};

type TGroupSpec = { key: string; label: string };

/** The groups of a grouping: a dimension's values in definition order, or those found in the data. */
export function groupSpecs(by: string, dimensions: TDimension[], s: TStructure, found: (string | null)[]): TGroupSpec[] {
  const present = [...new Set(found.filter((g): g is string => g !== null))].sort();
  if (by === "wave") return present.map((w) => ({ key: w, label: w }));
  if (by === "version") return present.sort((a, b) => Number(a) - Number(b)).map((v) => ({ key: v, label: `Versie ${v}` }));
  if (by === "flow_mode") return present.map((m) => ({ key: m, label: FLOW_MODE_LABELS[m] ?? m }));
  const dim = dimensions.find((d) => d.id === by);
  const known = dim ? dimensionValues(dim, s) : [];
  return [...known, ...present.filter((p) => !known.some((k) => k.code === p)).map((p) => ({ code: p, label: p }))].map((v) => ({ key: v.code, label: v.label }));
}

const CHI2 = "Chi²-toets van onafhankelijkheid";
const TWO_PROP = "z-toets voor twee proporties (zonder continuïteitscorrectie)";
const WELCH = "t-toets van Welch (ongelijke varianties)";
const WELCH_ANOVA = "Welch-toets voor gelijke gemiddelden (variantieanalyse, ongelijke varianties)";

function chiWarning(outcome: ReturnType<typeof chiSquare>): string[] {
  if ("skipped" in outcome || outcome.cellsBelow5 === 0) return [];
  const min = outcome.minExpected.toLocaleString("nl-NL", { maximumFractionDigits: 1 });
  return [`${outcome.cellsBelow5} van de ${outcome.cells} verwachte aantallen zijn kleiner dan 5 (kleinste ${min}): de chi²-benadering is dan onbetrouwbaar.`];
}

function withLabels(pairs: TPairTest[], groups: TGroupSpec[]): TPairRow[] {
  const label = (k: string) => groups.find((g) => g.key === k)?.label ?? k;
  return pairs.map((p) => ({ ...p, aLabel: label(p.a), bLabel: label(p.b) }));
}

type TInput = { question: TCompareQuestion; by: { id: string; label: string }; specs: TGroupSpec[]; rows: TCompareRow[] };

export function shapeComparison({ question: q, by, specs, rows }: TInput): TComparison {
  const grouped = rows.filter((r) => r.group !== null);
  const ungrouped = rows.filter((r) => r.group === null).reduce((a, r) => a + r.n, 0);
  const question = { variable: q.variable, label: questionLabel(q), kind: q.kind, ...(q.range ? { range: q.range } : {}) };
  const base = { question, by, ungrouped };
  const shaped = q.kind === "categorical" ? categorical(q, specs, grouped) : q.kind === "share" ? shares(specs, grouped) : means(specs, grouped);
  const small = shaped.groups.filter((g) => g.n > 0 && g.n < SMALL_GROUP).map((g) => g.label);
  const warnings = [
    ...(small.length ? [`Kleine groep (N < ${SMALL_GROUP}): ${small.join(", ")}. Intervallen zijn breed en toetsen hebben weinig onderscheidend vermogen.`] : []),
    ...shaped.warnings,
  ];
  return { ...base, ...shaped, warnings };
}

type TShaped = Pick<TComparison, "groups" | "categories" | "test" | "pairwise" | "warnings">;

function categorical(q: TCompareQuestion, specs: TGroupSpec[], rows: TCompareRow[]): TShaped {
  const known = q.categories ?? [];
  const extra = [...new Set(rows.map((r) => r.code!).filter((c) => !known.some((k) => k.code === c)))].sort();
  const cats = [...known, ...extra.map((c) => ({ code: c, label: c }))];
  const count = (g: string, c: string) => rows.find((r) => r.group === g && r.code === c)?.n ?? 0;
  const groups = specs.map((s) => ({ ...s, n: cats.reduce((a, c) => a + count(s.key, c.code), 0), value: null, ci: null }));
  const categories = cats.map((c) => ({
    code: c.code, label: c.label,
    cells: groups.map((g) => {
      const n = count(g.key, c.code);
      return { n, share: g.n > 0 ? n / g.n : null, ci: wilson(n, g.n) };
    }),
  }));
  const tested = groups.filter((g) => g.n > 0);
  const tableOf = (keys: string[]) => keys.map((k) => cats.map((c) => count(k, c.code)));
  const outcome = chiSquare(tableOf(tested.map((g) => g.key)));
  const pairs = tested.length > 2
    ? pairwise(tested.map((g) => ({ key: g.key, stats: g.key })), (a, b) => chiSquare(tableOf([a, b])))
    : null;
  return {
    groups, categories,
    test: { name: CHI2, statistic: "chi2", outcome },
    pairwise: pairs ? { name: CHI2, statistic: "chi2", correction: "Holm", pairs: withLabels(pairs, specs) } : null,
    warnings: chiWarning(outcome),
  };
}

function shares(specs: TGroupSpec[], rows: TCompareRow[]): TShaped {
  const groups: TGroupEstimate[] = specs.map((s) => {
    const r = rows.find((x) => x.group === s.key);
    const n = r?.n ?? 0;
    const x = r?.sum ?? 0;
    return { ...s, n, x, value: n > 0 ? x / n : null, ci: wilson(x, n) };
  });
  const tested = groups.filter((g) => g.n > 0);
  const overall = chiSquare(tested.map((g) => [g.x!, g.n - g.x!]));
  if (tested.length === 2) {
    const [a, b] = tested;
    return { groups, test: { name: TWO_PROP, statistic: "z", outcome: twoProportions(a.x!, a.n, b.x!, b.n) }, pairwise: null, warnings: chiWarning(overall) };
  }
  const pairs = tested.length > 2
    ? pairwise(tested.map((g) => ({ key: g.key, stats: [g.x!, g.n] as const })), ([x1, n1], [x2, n2]) => twoProportions(x1, n1, x2, n2))
    : null;
  return {
    groups,
    test: tested.length > 2 ? { name: CHI2, statistic: "chi2", outcome: overall } : null,
    pairwise: pairs ? { name: TWO_PROP, statistic: "z", correction: "Holm", pairs: withLabels(pairs, specs) } : null,
    warnings: tested.length > 2 ? chiWarning(overall) : [],
  };
}

function means(specs: TGroupSpec[], rows: TCompareRow[]): TShaped {
  const stats = new Map<string, TMeanStats>(specs.map((s) => {
    const r = rows.find((x) => x.group === s.key);
    return [s.key, { n: r?.n ?? 0, sum: r?.sum ?? 0, sumsq: r?.sumsq ?? 0 }];
  }));
  const groups: TGroupEstimate[] = specs.map((s) => {
    const m = describeMean(stats.get(s.key)!);
    return { ...s, n: m.n, value: m.mean, sd: m.sd, ci: m.ci };
  });
  const tested = groups.filter((g) => g.n > 0);
  if (tested.length === 2) {
    const [a, b] = tested;
    return { groups, test: { name: WELCH, statistic: "t", outcome: welch(stats.get(a.key)!, stats.get(b.key)!) }, pairwise: null, warnings: [] };
  }
  const pairs = tested.length > 2 ? pairwise(tested.map((g) => ({ key: g.key, stats: stats.get(g.key)! })), welch) : null;
  return {
    groups,
    test: pairs ? { name: WELCH_ANOVA, statistic: "F", outcome: welchAnova(tested.map((g) => stats.get(g.key)!)) } : null,
    pairwise: pairs ? { name: WELCH, statistic: "t", correction: "Holm", pairs: withLabels(pairs, specs) } : null,
    warnings: [],
  };
}

/** Whether anything could be tested at all (for the page's "one group" message). */
export const hasTest = (c: TComparison) => (c.test !== null && isRun(c.test.outcome)) || (c.pairwise?.pairs.some((p) => isRun(p.test)) ?? false);
