import { formatMean, formatNumber, formatPct, MISSING } from "@/lib/format/nl";
import type { TInterval, TTest } from "./inference";
import type { TStatistic } from "./shape";

/** How the comparison reads in Dutch: decimal comma, "[a; b]" intervals, "p < 0,001". */
export function formatP(p: number): string {
  if (p < 0.001) return "p < 0,001";
  return `p = ${formatNumber(p, { digits: 3 })}`;
}

/** A share (0–1) as a percentage, or a mean. */
export const formatValue = (v: number | null, kind: "share" | "mean") => (v === null ? MISSING : kind === "share" ? formatPct(v * 100) : formatMean(v));

export function formatInterval(ci: TInterval | null, kind: "share" | "mean"): string {
  if (!ci) return MISSING;
  return `[${formatValue(ci[0], kind)}; ${formatValue(ci[1], kind)}]`;
}

const SYMBOL: Record<TStatistic, string> = { chi2: "χ²", z: "z", t: "t", F: "F" };

/** "χ² = 9,83; df = 4; p = 0,043" (Welch's df has decimals; F has two: "df = 2 en 7,8"). */
export function formatTest(statistic: TStatistic, t: TTest): { statistic: string; df: string; p: string } {
  return {
    statistic: `${SYMBOL[statistic]} = ${formatNumber(t.statistic, { digits: 2 })}`,
    df: t.df === null ? MISSING : `df = ${formatNumber(t.df, { maxDigits: 1 })}${t.df2 === undefined ? "" : ` en ${formatNumber(t.df2, { maxDigits: 1 })}`}`,
    p: formatP(t.p),
  };
}
