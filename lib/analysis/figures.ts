import { tQuantileTwoSided } from "./compare/distributions";
import type { TFigureBase } from "./titles";

/**
 * The shapes the dashboard draws: bar figures (chart + table) and ranking tables. Plain data,
 * built by the pure functions in shape-*.ts and typed into the client chart components.
 */
export const SMALL_CELL = 10;

export type TSeries = { key: string; label: string; n: number };
export type TBarRow = {
  code: string;
  label: string;
  values: Record<string, number | null>;
  ns: Record<string, number>;
  /** Means: the 95 % confidence interval per series (null below two values). */
  ci?: Record<string, [number, number] | null>;
};
export type TBarFigure = {
  id: string;
  title: string;
  /** What a value is: a share of respondents, a mean on a scale, or a count. */
  unit: "pct" | "mean" | "count";
  domain?: [number, number];
  series: TSeries[];
  rows: TBarRow[];
  note?: string;
  /** Who is in it: waves with N, filters, partial responses, groups without respondents (titles.ts). */
  base?: TFigureBase;
};

export type TRankCell = { code: string; label: string; n: number; pct: number | null };
export type TRankTable = {
  id: string; title: string; columns: TSeries[]; ranks: (TRankCell | null)[][]; note?: string; base?: TFigureBase;
};

export const pct = (n: number, d: number): number | null => (d > 0 ? Math.round((1000 * n) / d) / 10 : null);
export const round1 = (v: number | null): number | null => (v === null ? null : Math.round(v * 100) / 100);

/** Series with 0 < N < 10: the UI shows a visible warning for them (N = 0 shows "no answers"). */
export function smallSeries(figure: Pick<TBarFigure, "series">): TSeries[] {
  return figure.series.filter((s) => s.n > 0 && s.n < SMALL_CELL);
}

/**
 * The top `k` of a list as rank cells, by share (an option's own base: who was offered it), then
 * count, then label. With one base for every item this is the order by count.
 */
export function topK(items: { code: string; label: string; n: number; pct?: number | null }[], denominator: number, k: number): TRankCell[] {
  return items
    .filter((i) => i.n > 0)
    .map((i) => ({ code: i.code, label: i.label, n: i.n, pct: i.pct !== undefined ? i.pct : pct(i.n, denominator) }))
    .sort((a, b) => (b.pct ?? -1) - (a.pct ?? -1) || b.n - a.n || a.label.localeCompare(b.label, "nl"))
    .slice(0, k);
}

/** Rank tables are read across: row r holds the r-th item of every column. */
export function toRanks(columns: TRankCell[][], depth: number): (TRankCell | null)[][] {
  return Array.from({ length: depth }, (_, r) => columns.map((c) => c[r] ?? null));
}

/** Mean and 95 % confidence interval (t distribution) from count, sum and sum of squares. */
export function meanCi(n: number, sum: number, sumsq: number): { mean: number | null; ci: [number, number] | null } {
  if (n === 0) return { mean: null, ci: null };
  const mean = sum / n;
  if (n < 2) return { mean: round1(mean), ci: null };
  const variance = Math.max(0, (sumsq - (sum * sum) / n) / (n - 1));
  // Student's t for every n (as R's t.test), not 1.96 beyond 30 degrees of freedom.
  const half = tQuantileTwoSided(0.05, n - 1) * Math.sqrt(variance / n);
  return { mean: round1(mean), ci: [round1(mean - half)!, round1(mean + half)!] };
}
