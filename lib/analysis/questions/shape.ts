import type { TScale } from "@/lib/survey/version/primitives";
import { conditionKey } from "../shape-results";
import type { TQuestionSpec, TSummaryKind } from "./kinds";
import type { TQuestionRow } from "./sql";
import { NUMBER_BINS } from "./sql";

/**
 * The pure shaping of "Alle vragen": the rows of one question's SQL (./sql.ts) into what the
 * page shows. Percentages are 0–100, null when their base is 0.
 */
export type TCount = { n: number; pct: number | null };
export type TOptionSummary = { code: string; label: string; base: number } & TCount;
export type TRankSummary = { code: string; label: string; base: number; ranked: number; meanRank: number | null } & TCount;
export type TNumericStats = { n: number; mean: number | null; sd: number | null; median: number | null; min: number | null; max: number | null };
export type TScaleRow = { code: string; label: string; shown: number; answered: number; skipped: number; counts: TCount[] } & TNumericStats;
export type TScaleColumn = { value: number; label: string; isMissing: boolean };
export type TBin = { from: number; to: number; n: number };
export type TOpenSummary = { variable: string; label: string; n: number };

export type TQuestionSummary = {
  id: string;
  kind: TSummaryKind;
  type: string;
  title: string;
  question: string;
  /** Shown the question under the filters; answered it; shown and not answered. */
  shown: number;
  answered: number;
  skipped: number;
  /** choice: share of those who answered; choices: share of those offered the option. */
  options?: TOptionSummary[];
  /** ranking: share of those offered the option who put it in the first `top` places. */
  ranks?: TRankSummary[];
  top?: number;
  isAtMost?: boolean;
  scale?: { columns: TScaleColumn[]; rows: TScaleRow[] };
  number?: TNumericStats & { bins: TBin[] };
  open: TOpenSummary[];
};

export const pct = (n: number, base: number): number | null => (base > 0 ? (100 * n) / base : null);

type TIndex = {
  base(key?: string): number;
  value(variable: string, value: string): number;
  values(variable: string): { value: string; n: number }[];
  stat(variable: string): TNumericStats;
  text(variable: string): number;
  answered: number;
};

function index(rows: TQuestionRow[]): TIndex {
  const bases = new Map<string, number>();
  const values = new Map<string, Map<string, number>>();
  const stats = new Map<string, TQuestionRow>();
  const texts = new Map<string, number>();
  let answered = 0;
  for (const r of rows) {
    if (r.kind === "base") bases.set(r.key ?? "page", r.n);
    else if (r.kind === "answered") answered = r.n;
    else if (r.kind === "value" && r.key !== null && r.value !== null) {
      if (!values.has(r.key)) values.set(r.key, new Map());
      values.get(r.key)!.set(r.value, r.n);
    } else if (r.kind === "stat" && r.key !== null) stats.set(r.key, r);
    else if (r.kind === "text" && r.key !== null) texts.set(r.key, r.n);
  }
  const page = bases.get("page") ?? 0;
  return {
    base: (key) => (key === undefined ? page : (bases.get(key) ?? 0)),
    value: (variable, value) => values.get(variable)?.get(value) ?? 0,
    values: (variable) => [...(values.get(variable) ?? new Map<string, number>()).entries()].map(([value, n]) => ({ value, n })),
    stat(variable) {
      const s = stats.get(variable);
      return { n: s?.n ?? 0, mean: s?.mean ?? null, sd: s?.sd ?? null, median: s?.median ?? null, min: s?.lo ?? null, max: s?.hi ?? null };
    },
    text: (variable) => texts.get(variable) ?? 0,
    answered,
  };
}

/**
 * N, mean, SD (n − 1), median, min and max of integer answers from their frequency table, as the
 * SQL aggregates would give them (percentile_cont(0.5) for the median); missing codes left out.
 */
export function statsFromCounts(counts: { value: string; n: number }[], missing: number[] = []): TNumericStats {
  const freq = counts.map((c) => ({ v: Number(c.value), n: c.n })).filter((c) => c.n > 0 && Number.isFinite(c.v) && !missing.includes(c.v)).sort((a, b) => a.v - b.v);
  const n = freq.reduce((a, c) => a + c.n, 0);
  if (!n) return { n: 0, mean: null, sd: null, median: null, min: null, max: null };
  const mean = freq.reduce((a, c) => a + c.v * c.n, 0) / n;
  const sd = n > 1 ? Math.sqrt(freq.reduce((a, c) => a + c.n * (c.v - mean) ** 2, 0) / (n - 1)) : null;
  const at = (k: number) => {
    let seen = 0;
    for (const c of freq) if ((seen += c.n) > k) return c.v;
    return freq.at(-1)!.v;
  };
  const median = n % 2 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
  return { n, mean, sd, median, min: freq[0].v, max: freq.at(-1)!.v };
}

/** The scale's values in order (min to max by step), each with its label when it has one. */
export function scaleColumns(scale: TScale): TScaleColumn[] {
  const out: TScaleColumn[] = [];
  const values = new Set<number>();
  for (let v = scale.min; v <= scale.max; v += scale.step) values.add(v);
  for (const m of scale.missingValues) values.add(m);
  for (const v of [...values].sort((a, b) => a - b)) {
    const label = scale.labels.find((l) => l.value === v)?.label;
    out.push({ value: v, label: label ? `${v} ${label}` : String(v), isMissing: scale.missingValues.includes(v) });
  }
  // Missing codes ("niet van toepassing") after the scores, as they are not part of the scale.
  return [...out.filter((c) => !c.isMissing), ...out.filter((c) => c.isMissing)];
}

const itemBase = (ix: TIndex, item: TQuestionSpec["items"][number]) => ix.base(item.showIf ? conditionKey(item.showIf) : undefined);

function scaleRows(spec: TQuestionSpec, ix: TIndex): { columns: TScaleColumn[]; rows: TScaleRow[] } {
  const columns = spec.scale ? scaleColumns(spec.scale) : [];
  const rows = spec.items.map((item): TScaleRow => {
    const shown = itemBase(ix, item);
    const answered = ix.values(item.variable).reduce((a, v) => a + v.n, 0);
    return {
      code: item.code, label: item.label, shown, answered, skipped: Math.max(0, shown - answered),
      counts: columns.map((c) => {
        const n = ix.value(item.variable, String(c.value));
        return { n, pct: pct(n, answered) };
      }),
      ...statsFromCounts(ix.values(item.variable), spec.scale?.missingValues),
    };
  });
  return { columns, rows };
}

/** Histogram bins as the SQL cut them: width ⌈(max − min + 1) / NUMBER_BINS⌉ from the minimum. */
export function numberBins(stat: TNumericStats, counts: { value: string; n: number }[]): TBin[] {
  if (stat.min === null || stat.max === null) return [];
  const width = stat.max === stat.min ? 1 : Math.ceil((stat.max - stat.min + 1) / NUMBER_BINS);
  const last = stat.max === stat.min ? 0 : Math.floor((stat.max - stat.min) / width);
  return Array.from({ length: last + 1 }, (_, i) => ({
    from: stat.min! + i * width,
    to: Math.min(stat.max!, stat.min! + (i + 1) * width - 1),
    n: counts.find((c) => Number(c.value) === i)?.n ?? 0,
  }));
}

export function shapeQuestion(spec: TQuestionSpec, rows: TQuestionRow[]): TQuestionSummary {
  const ix = index(rows);
  const shown = ix.base();
  const answered = spec.variables.length || spec.kind === "text" ? ix.answered : 0;
  const out: TQuestionSummary = {
    id: spec.id, kind: spec.kind, type: spec.type, title: spec.title, question: spec.question,
    shown, answered, skipped: Math.max(0, shown - answered),
    open: spec.open.map((o) => ({ ...o, n: ix.text(o.variable) })),
    ...(spec.top !== undefined ? { top: spec.top } : {}),
    ...(spec.isAtMost ? { isAtMost: true } : {}),
  };
  if (spec.kind === "choice") {
    out.options = spec.items.map((it) => {
      const n = ix.value(it.variable, it.code);
      return { code: it.code, label: it.label, base: answered, n, pct: pct(n, answered) };
    });
  } else if (spec.kind === "choices") {
    out.options = spec.items.map((it) => {
      const base = itemBase(ix, it);
      const n = ix.values(it.variable).reduce((a, v) => a + (Number(v.value) > 0 ? v.n : 0), 0);
      return { code: it.code, label: it.label, base, n, pct: pct(n, base) };
    });
  } else if (spec.kind === "ranking") {
    const top = spec.top ?? 0;
    out.ranks = spec.items.map((it) => {
      const base = itemBase(ix, it);
      const ranks = ix.values(it.variable);
      const n = ranks.reduce((a, v) => a + (Number(v.value) <= top ? v.n : 0), 0);
      const stat = statsFromCounts(ranks);
      return { code: it.code, label: it.label, base, n, pct: pct(n, base), ranked: stat.n, meanRank: stat.mean };
    });
  } else if (spec.kind === "scale") {
    out.scale = scaleRows(spec, ix);
  } else if (spec.kind === "number") {
    const variable = spec.variables[0];
    const stat = ix.stat(variable);
    const bins = rows.filter((r) => r.kind === "bin" && r.key === variable).map((r) => ({ value: r.value ?? "", n: r.n }));
    out.number = { ...stat, bins: numberBins(stat, bins) };
  }
  return out;
}
