import type { TDimension } from "@/lib/survey/config";
import type { TStructure } from "@/lib/survey/engine/structure";
import { dimensionValues, FLOW_MODE_LABELS } from "./dimensions";
import { pageLabels, partLabels } from "./labels";
import type { TBreakdownRow, TCompletionTimeRow, TPageTimeRow, TPerDayRow, TSourceDayRow, TTotalsRow } from "./monitoring";

/** Pure shaping of the monitoring queries' rows, labelled from the version and the survey's dimensions. */
export type TMonitoringLabels = {
  /** Every page of the version in flow order (lib/survey/engine `allPages`). */
  pages: string[];
  pageLabels: Record<string, string>;
  parts: { id: string; label: string }[];
  dimensions: { id: string; label: string; values: Record<string, string> }[];
};

export function monitoringLabels(s: TStructure, dimensions: TDimension[]): TMonitoringLabels {
  const parts = partLabels(s);
  return {
    pages: s.pages.map((p) => p.id),
    pageLabels: pageLabels(s),
    parts: Object.entries(parts).map(([id, label]) => ({ id, label })),
    dimensions: dimensions.map((d) => ({
      id: d.id, label: d.label, values: Object.fromEntries(dimensionValues(d, s).map((v) => [v.code, v.label])),
    })),
  };
}

export type TTotals = { started: number; finished: number; finishRate: number | null; partsFinished: Record<string, number> };

const rate = (n: number, d: number) => (d > 0 ? Math.round((1000 * n) / d) / 10 : null);

function sumTotals(rows: TTotalsRow[]): TTotals {
  const started = rows.reduce((a, r) => a + r.started, 0);
  const finished = rows.reduce((a, r) => a + r.finished, 0);
  const partsFinished: Record<string, number> = {};
  for (const r of rows) for (const [id, n] of Object.entries(r.parts_finished)) partsFinished[id] = (partsFinished[id] ?? 0) + n;
  return { started, finished, finishRate: rate(finished, started), partsFinished };
}

export function shapeTotals(rows: TTotalsRow[]) {
  const modes = [...new Set(rows.map((r) => r.flow_mode))];
  return {
    overall: sumTotals(rows),
    byMode: modes.map((mode) => ({ key: mode, label: FLOW_MODE_LABELS[mode] ?? mode, ...sumTotals(rows.filter((r) => r.flow_mode === mode)) })),
    byVersion: rows.map((r) => ({ key: `${r.flow_mode}-${r.version}`, label: `Versie ${r.version}, ${FLOW_MODE_LABELS[r.flow_mode] ?? r.flow_mode}`, ...sumTotals([r]) })),
  };
}

/** Every day from the first to the last response, zero where nothing happened. */
export function fillDays(rows: TPerDayRow[]): TPerDayRow[] {
  if (rows.length === 0) return [];
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const out: TPerDayRow[] = [];
  const end = new Date(`${rows[rows.length - 1].day}T00:00:00Z`);
  for (let d = new Date(`${rows[0].day}T00:00:00Z`); d <= end; d.setUTCDate(d.getUTCDate() + 1)) {
    const day = d.toISOString().slice(0, 10);
    out.push(byDay.get(day) ?? { day, started: 0, finished: 0 });
    if (out.length > 3660) break;
  }
  return out;
}

export type TTrendSeries = { key: string; label: string };
export type TTrend = { series: TTrendSeries[]; rows: ({ day: string; started: number; finished: number } & Record<string, number | string>)[] };

/**
 * The response trend: running totals of started and finished per day (the days of `perDay`,
 * already filled), and of started per source, the `maxSources` largest by name and the rest as
 * "overige bronnen". Series keys are `s0`, `s1`, … (source codes are not safe as keys).
 */
export function cumulativeTrend(perDay: TPerDayRow[], bySource: TSourceDayRow[], maxSources = 5): TTrend {
  const totals = new Map<string, number>();
  for (const r of bySource) totals.set(r.source ?? "", (totals.get(r.source ?? "") ?? 0) + r.started);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = ranked.slice(0, ranked.length > maxSources ? maxSources - 1 : maxSources).map(([s]) => s);
  const hasRest = ranked.length > shown.length;
  const keyOf = (source: string) => {
    const i = shown.indexOf(source);
    return i >= 0 ? `s${i}` : "rest";
  };
  const series: TTrendSeries[] = [
    ...shown.map((s, i) => ({ key: `s${i}`, label: s === "" ? "zonder bron" : s })),
    ...(hasRest ? [{ key: "rest", label: "overige bronnen" }] : []),
  ];
  const perDaySource = new Map<string, Map<string, number>>();
  for (const r of bySource) {
    const day = perDaySource.get(r.day) ?? new Map<string, number>();
    const k = keyOf(r.source ?? "");
    day.set(k, (day.get(k) ?? 0) + r.started);
    perDaySource.set(r.day, day);
  }
  const running: Record<string, number> = { started: 0, finished: 0, ...Object.fromEntries(series.map((s) => [s.key, 0])) };
  const rows = perDay.map((d) => {
    running.started += d.started;
    running.finished += d.finished;
    for (const [k, n] of perDaySource.get(d.day) ?? []) running[k] += n;
    return { day: d.day, ...running } as TTrend["rows"][number];
  });
  return { series, rows };
}

export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return "–";
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  return `${Math.floor(m / 60)} u ${m % 60} min`;
}

export function shapeCompletionTimes(rows: TCompletionTimeRow[], labels: Pick<TMonitoringLabels, "parts">) {
  const partLabel = (id: string) => labels.parts.find((p) => p.id === id)?.label ?? id;
  return rows
    .map((r) => {
      const parts = [r.flow_mode ? FLOW_MODE_LABELS[r.flow_mode] ?? r.flow_mode : "Alle afgeronde antwoorden"];
      if (r.flow_mode === "choice" && r.chosen_part) parts.push(`gekozen: ${partLabel(r.chosen_part)}`);
      return { key: `${r.flow_mode ?? "all"}-${r.chosen_part ?? ""}`, label: parts.join(", "), n: r.n, median: formatDuration(r.median_s), medianS: r.median_s };
    })
    .filter((r) => !(r.key.startsWith("sequential-") && r.key !== "sequential-"))
    .sort((a, b) => a.key.localeCompare(b.key));
}

export function shapePageTimes(rows: TPageTimeRow[], labels: Pick<TMonitoringLabels, "pages" | "pageLabels">) {
  return labels.pages
    .map((page) => rows.find((r) => r.page_id === page))
    .filter((r) => r !== undefined)
    .map((r) => ({
      page: r.page_id, label: labels.pageLabels[r.page_id] ?? r.page_id, n: r.n,
      median: formatDuration(r.median_ms === null ? null : r.median_ms / 1000), medianS: r.median_ms === null ? null : r.median_ms / 1000,
    }));
}

/** Counts per source and per dimension of the survey, most frequent first. */
export function shapeBreakdowns(rows: TBreakdownRow[], labels: Pick<TMonitoringLabels, "dimensions">) {
  const dims = [{ id: "source", label: "Bron (link)", values: {} as Record<string, string> }, ...labels.dimensions];
  return dims.map((dim) => ({
    key: dim.id,
    title: dim.label,
    rows: rows
      .filter((r) => r.dimension === dim.id)
      .map((r) => ({
        code: r.code ?? "",
        label: r.code === null ? (dim.id === "source" ? "(geen bron)" : "(nog niet ingevuld)") : dim.values[r.code] ?? r.code,
        started: r.started, finished: r.finished,
      }))
      .sort((a, b) => b.started - a.started || a.label.localeCompare(b.label, "nl")),
  }));
}
