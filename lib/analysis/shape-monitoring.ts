import { FLOW_MODE_LABELS, pageLabel, type TLabels } from "./labels";
import type { TBreakdownRow, TCompletionTimeRow, TFunnelRow, TPageTimeRow, TPerDayRow, TTotalsRow } from "./monitoring";

/** Pure shaping of the monitoring queries' rows. */
export type TTotals = { started: number; finished: number; finishRate: number | null; p1Finished: number; p2Finished: number };

const rate = (n: number, d: number) => (d > 0 ? Math.round((1000 * n) / d) / 10 : null);

function sumTotals(rows: TTotalsRow[]): TTotals {
  const s = (k: keyof TTotalsRow) => rows.reduce((a, r) => a + (r[k] as number), 0);
  return { started: s("started"), finished: s("finished"), finishRate: rate(s("finished"), s("started")), p1Finished: s("p1_finished"), p2Finished: s("p2_finished") };
}

export function shapeTotals(rows: TTotalsRow[]) {
  const modes = [...new Set(rows.map((r) => r.flow_mode))];
  return {
    overall: sumTotals(rows),
    byMode: modes.map((mode) => ({ key: mode, label: FLOW_MODE_LABELS[mode] ?? mode, ...sumTotals(rows.filter((r) => r.flow_mode === mode)) })),
    byVersion: rows.map((r) => ({ key: `${r.flow_mode}-${r.version}`, label: `Versie ${r.version}, ${FLOW_MODE_LABELS[r.flow_mode] ?? r.flow_mode}`, ...sumTotals([r]) })),
  };
}

export type TFunnelStep = { page: string; label: string; reached: number; stopped: number; reachedPct: number | null };
export type TFunnel = { key: string; label: string; started: number; steps: TFunnelStep[] };

/** A funnel over the pages in flow order, from rows of one split (pages nobody reached are left out). */
export function funnelOf(key: string, label: string, rows: TFunnelRow[], pages: string[]): TFunnel {
  const at = (page: string) => rows.filter((r) => r.page_id === page);
  const started = at("welcome").reduce((a, r) => a + r.reached, 0);
  const steps = pages
    .map((page) => {
      const reached = at(page).reduce((a, r) => a + r.reached, 0);
      const stopped = at(page).reduce((a, r) => a + r.stopped, 0);
      return { page, label: pageLabel(page), reached, stopped, reachedPct: rate(reached, started) };
    })
    .filter((s) => s.reached > 0);
  return { key, label, started, steps };
}

const PART_CHOICE_LABELS: Record<string, string> = { p1: "koos deel 1", p2: "koos deel 2", none: "nog geen deel gekozen" };

/** Funnels per flow mode, per definition version, and in choice mode per chosen part. */
export function shapeFunnels(rows: TFunnelRow[], labels: TLabels) {
  const modes = [...new Set(rows.map((r) => r.flow_mode))].sort();
  const versions = [...new Set(rows.map((r) => `${r.version}|${r.flow_mode}`))].sort();
  return {
    byMode: modes.map((m) => funnelOf(m, FLOW_MODE_LABELS[m] ?? m, rows.filter((r) => r.flow_mode === m), labels.pages)),
    byVersion: versions.map((v) => {
      const [version, mode] = v.split("|");
      return funnelOf(v, `Versie ${version}, ${FLOW_MODE_LABELS[mode] ?? mode}`, rows.filter((r) => `${r.version}|${r.flow_mode}` === v), labels.pages);
    }),
    byPart: ["p1", "p2"]
      .filter((p) => rows.some((r) => r.flow_mode === "choice" && r.part_choice === p))
      .map((p) => funnelOf(p, `Keuze: ${PART_CHOICE_LABELS[p]}`, rows.filter((r) => r.flow_mode === "choice" && r.part_choice === p), labels.pages)),
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

export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return "–";
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  return `${Math.floor(m / 60)} u ${m % 60} min`;
}

export function shapeCompletionTimes(rows: TCompletionTimeRow[]) {
  return rows
    .map((r) => {
      const parts = [r.flow_mode ? FLOW_MODE_LABELS[r.flow_mode] ?? r.flow_mode : "Alle afgeronde antwoorden"];
      if (r.flow_mode === "choice" && r.part_choice) parts.push(PART_CHOICE_LABELS[r.part_choice] ?? r.part_choice);
      return { key: `${r.flow_mode ?? "all"}-${r.part_choice ?? ""}`, label: parts.join(", "), n: r.n, median: formatDuration(r.median_s), medianS: r.median_s };
    })
    .filter((r) => !(r.key.startsWith("sequential-") && r.key !== "sequential-"))
    .sort((a, b) => a.key.localeCompare(b.key));
}

export function shapePageTimes(rows: TPageTimeRow[], labels: TLabels) {
  return labels.pages
    .map((page) => rows.find((r) => r.page_id === page))
    .filter((r) => r !== undefined)
    .map((r) => ({ page: r.page_id, label: pageLabel(r.page_id), n: r.n, median: formatDuration(r.median_ms === null ? null : r.median_ms / 1000), medianS: r.median_ms === null ? null : r.median_ms / 1000 }));
}

const DIMENSIONS = { source: "Bron (link)", sector: "Sector", province: "Provincie", function: "Functie" } as const;

export function shapeBreakdowns(rows: TBreakdownRow[], labels: TLabels) {
  const dict: Record<string, Record<string, string>> = {
    sector: labels.background.bg_sector ?? {}, province: labels.background.bg_province ?? {}, function: labels.background.bg_function ?? {}, source: {},
  };
  return (Object.keys(DIMENSIONS) as (keyof typeof DIMENSIONS)[]).map((dim) => ({
    key: dim,
    title: DIMENSIONS[dim],
    rows: rows
      .filter((r) => r.dimension === dim)
      .map((r) => ({
        code: r.code ?? "",
        label: r.code === null ? (dim === "source" ? "(geen bron)" : "(nog niet ingevuld)") : dict[dim][r.code] ?? r.code,
        started: r.started, finished: r.finished,
      }))
      .sort((a, b) => b.started - a.started || a.label.localeCompare(b.label, "nl")),
  }));
}
