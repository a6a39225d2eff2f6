import { chiSquareUpper, fUpper, normalTwoSided, tQuantileTwoSided, tTwoSided, Z975 } from "./distributions";

/**
 * Confidence intervals and tests from the sufficient statistics the SQL returns per group
 * (counts; n, sum, sum of squares). Pure, so every number is checked by hand and against R
 * (prop.test, t.test, chisq.test, p.adjust) in the tests.
 */
export type TInterval = [number, number];
export type TMeanStats = { n: number; sum: number; sumsq: number };
export type TTest = { statistic: number; df: number | null; p: number; /** F: the denominator's degrees of freedom. */ df2?: number };
/** A test that could not be run says why (in Dutch, for the page). */
export type TTestOutcome = TTest | { skipped: string };

export const isRun = (t: TTestOutcome): t is TTest => !("skipped" in t);

/** Wilson score interval of a share x/n (R: prop.test(x, n, correct = FALSE)$conf.int). */
export function wilson(x: number, n: number, z = Z975): TInterval | null {
  if (n <= 0) return null;
  const p = x / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = ((z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n)));
  // At p = 0 or 1 the bound is exactly 0 or 1 (as R gives it), not a rounding error away.
  return [x <= 0 ? 0 : Math.max(0, centre - half), x >= n ? 1 : Math.min(1, centre + half)];
}

export type TMeanSummary = { n: number; mean: number | null; sd: number | null; ci: TInterval | null };

/** Mean, standard deviation and the t interval (R: t.test(x)$conf.int); no interval below n = 2. */
export function describeMean({ n, sum, sumsq }: TMeanStats): TMeanSummary {
  if (n <= 0) return { n, mean: null, sd: null, ci: null };
  const mean = sum / n;
  if (n < 2) return { n, mean, sd: null, ci: null };
  const sd = Math.sqrt(Math.max(0, (sumsq - (sum * sum) / n) / (n - 1)));
  const half = tQuantileTwoSided(0.05, n - 1) * (sd / Math.sqrt(n));
  return { n, mean, sd, ci: [mean - half, mean + half] };
}

export type TChiSquare = TTest & { minExpected: number; cellsBelow5: number; cells: number };

/**
 * Pearson's chi² test of independence on a table of counts (rows × columns). Rows and columns
 * without any count are left out (they have no expected count). `yates`: the continuity
 * correction R applies to 2 × 2 tables by default (chisq.test, prop.test with two groups).
 */
export function chiSquare(table: number[][], { yates = false } = {}): TChiSquare | { skipped: string } {
  const colSums0 = table[0]?.map((_, j) => table.reduce((a, row) => a + row[j], 0)) ?? [];
  const cols = colSums0.flatMap((s, j) => (s > 0 ? [j] : []));
  const rows = table.filter((row) => row.some((v) => v > 0)).map((row) => cols.map((j) => row[j]));
  if (rows.length < 2) return { skipped: "Minder dan twee groepen met antwoorden." };
  if (cols.length < 2) return { skipped: "Alle antwoorden vallen in één categorie." };
  const rowSums = rows.map((r) => r.reduce((a, v) => a + v, 0));
  const colSums = cols.map((_, j) => rows.reduce((a, r) => a + r[j], 0));
  const total = rowSums.reduce((a, v) => a + v, 0);
  const expected = rows.map((_, i) => colSums.map((c) => (rowSums[i] * c) / total));
  const is2x2 = rows.length === 2 && cols.length === 2;
  const correction = yates && is2x2 ? Math.min(0.5, ...rows.flatMap((r, i) => r.map((v, j) => Math.abs(v - expected[i][j])))) : 0;
  let statistic = 0;
  for (const [i, r] of rows.entries()) for (const [j, v] of r.entries()) statistic += (Math.abs(v - expected[i][j]) - correction) ** 2 / expected[i][j];
  const df = (rows.length - 1) * (cols.length - 1);
  const flat = expected.flat();
  return {
    statistic, df, p: chiSquareUpper(statistic, df),
    minExpected: Math.min(...flat), cellsBelow5: flat.filter((e) => e < 5).length, cells: flat.length,
  };
}

/**
 * Two-proportion z-test with the pooled share (no continuity correction): z² equals R's
 * prop.test(c(x1, x2), c(n1, n2), correct = FALSE) X-squared, and the p-value is the same.
 */
export function twoProportions(x1: number, n1: number, x2: number, n2: number): TTestOutcome {
  if (n1 <= 0 || n2 <= 0) return { skipped: "Een groep zonder antwoorden." };
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return { skipped: pooled === 0 ? "Niemand in beide groepen: niets te toetsen." : "Iedereen in beide groepen: niets te toetsen." };
  const z = (x1 / n1 - x2 / n2) / se;
  return { statistic: z, df: null, p: normalTwoSided(z) };
}

/** Welch's t-test for two means (R: t.test(x, y), var.equal = FALSE). */
export function welch(a: TMeanStats, b: TMeanStats): TTestOutcome {
  if (a.n < 2 || b.n < 2) return { skipped: "Een groep met minder dan twee antwoorden." };
  const da = describeMean(a);
  const db = describeMean(b);
  const va = da.sd! ** 2 / a.n;
  const vb = db.sd! ** 2 / b.n;
  if (va + vb === 0) return { skipped: "Geen spreiding in beide groepen: niets te toetsen." };
  const t = (da.mean! - db.mean!) / Math.sqrt(va + vb);
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  return { statistic: t, df, p: tTwoSided(t, df) };
}

/**
 * Welch's test of equal means for more than two groups (R: oneway.test(y ~ g), var.equal = FALSE):
 * F = A / B with weights w = n / s², df = (k − 1, (k² − 1) / (3 Σ (1 − w/W)² / (n − 1))).
 */
export function welchAnova(groups: TMeanStats[]): TTestOutcome {
  if (groups.some((g) => g.n < 2)) return { skipped: "Een groep met minder dan twee antwoorden." };
  const d = groups.map(describeMean);
  if (d.some((g) => g.sd === 0)) return { skipped: "Een groep zonder spreiding: de toets van Welch is niet te berekenen." };
  const k = d.length;
  const w = d.map((g) => g.n / g.sd! ** 2);
  const W = w.reduce((a, v) => a + v, 0);
  const grand = d.reduce((a, g, i) => a + w[i] * g.mean!, 0) / W;
  const A = d.reduce((a, g, i) => a + w[i] * (g.mean! - grand) ** 2, 0) / (k - 1);
  const tmp = d.reduce((a, g, i) => a + (1 - w[i] / W) ** 2 / (g.n - 1), 0);
  const B = 1 + ((2 * (k - 2)) / (k * k - 1)) * tmp;
  const F = A / B;
  const df2 = (k * k - 1) / (3 * tmp);
  return { statistic: F, df: k - 1, df2, p: fUpper(F, k - 1, df2) };
}

/** Holm's step-down adjustment (R: p.adjust(p, "holm")), in the order given. */
export function holm(ps: number[]): number[] {
  const m = ps.length;
  const order = ps.map((p, i) => [p, i] as const).sort((x, y) => x[0] - y[0]);
  const adjusted = new Array<number>(m);
  let running = 0;
  for (const [k, [p, i]] of order.entries()) {
    running = Math.max(running, Math.min(1, (m - k) * p));
    adjusted[i] = running;
  }
  return adjusted;
}

export type TPairTest = { a: string; b: string; test: TTestOutcome; pAdjusted: number | null };

/**
 * Every pair of groups tested, the p-values of the tests that ran adjusted together by Holm
 * (pairs that could not be tested do not count in the number of comparisons).
 */
export function pairwise<T>(groups: { key: string; stats: T }[], test: (a: T, b: T) => TTestOutcome): TPairTest[] {
  const pairs: TPairTest[] = [];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      pairs.push({ a: groups[i].key, b: groups[j].key, test: test(groups[i].stats, groups[j].stats), pAdjusted: null });
    }
  }
  const ran = pairs.filter((p) => isRun(p.test));
  const adjusted = holm(ran.map((p) => (p.test as TTest).p));
  ran.forEach((p, i) => (p.pAdjusted = adjusted[i]));
  return pairs;
}
