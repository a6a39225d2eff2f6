/**
 * The shapes the dashboard draws: bar figures (chart + table) and ranking tables. Plain data,
 * built by the pure functions in shape-*.ts and typed into the client chart components.
 */
export const SMALL_CELL = 10;

export type TSeries = { key: string; label: string; n: number };
export type TBarRow = { code: string; label: string; values: Record<string, number | null>; ns: Record<string, number> };
export type TBarFigure = {
  id: string;
  title: string;
  /** What a value is: a share of respondents, a mean on a scale, or a count. */
  unit: "pct" | "mean" | "count";
  domain?: [number, number];
  series: TSeries[];
  rows: TBarRow[];
  note?: string;
};

export type TRankCell = { code: string; label: string; n: number; pct: number | null };
export type TRankTable = { id: string; title: string; columns: TSeries[]; ranks: (TRankCell | null)[][]; note?: string };

export const pct = (n: number, d: number): number | null => (d > 0 ? Math.round((1000 * n) / d) / 10 : null);
export const round1 = (v: number | null): number | null => (v === null ? null : Math.round(v * 100) / 100);

/** Series with 0 < N < 10: the UI shows a visible warning for them (N = 0 shows "no answers"). */
export function smallSeries(figure: Pick<TBarFigure, "series">): TSeries[] {
  return figure.series.filter((s) => s.n > 0 && s.n < SMALL_CELL);
}

/** The top `k` of a list by count (ties: label order), as rank cells. */
export function topK(items: { code: string; label: string; n: number }[], denominator: number, k: number): TRankCell[] {
  return [...items]
    .filter((i) => i.n > 0)
    .sort((a, b) => b.n - a.n || a.label.localeCompare(b.label, "nl"))
    .slice(0, k)
    .map((i) => ({ ...i, pct: pct(i.n, denominator) }));
}

/** Rank tables are read across: row r holds the r-th item of every column. */
export function toRanks(columns: TRankCell[][], depth: number): (TRankCell | null)[][] {
  return Array.from({ length: depth }, (_, r) => columns.map((c) => c[r] ?? null));
}
