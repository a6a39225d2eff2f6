import type { TResultFilters } from "./filters";
import type { TSeries } from "./figures";
import { formatCount } from "@/lib/format/nl";

/**
 * What a figure's title and base line say: the waves actually in it, the active filters and N
 * (per group where there are groups), the way the report writes it: "N = 30 (2023)",
 * "N = 125 (2020 & 2023)". Pure, so every figure and table words its base the same way.
 */
export type TWaveN = { wave: string; n: number };

/** The base of a figure or table as computed: who is in it, under which filters. */
export type TFigureBase = {
  /** Waves with respondents in this figure, with their N (sorted). */
  waves: TWaveN[];
  /** Active filters besides wave and partial responses, as Dutch phrases ("Sector: Mbo"). */
  filters: string[];
  includePartial: boolean;
  /** The element belongs to a part: "finished" means that part was finished. */
  isPartScoped: boolean;
  /** The title of that part, named on the base line ("alleen afgerond: wie „Deel 1” afrondde"). */
  part?: string;
  /** Shares of options shown on a condition: each option's base is who was offered it. */
  isOffered?: boolean;
  /** Rows that are groups of items: how a group's mean is computed (filters.ts groupMean). */
  groupMean?: TResultFilters["groupMean"];
  /** Groups (series or columns) left out because they have no respondents. */
  empty: string[];
  /** The series are the waves themselves. */
  isByWave: boolean;
  /** The waves the filter asked for (empty = all): named when the figure has no respondents. */
  filterWaves: string[];
};

export const NO_RESPONDENTS = "geen respondenten";
const FLOW_MODE_SHORT: Record<string, string> = { sequential: "Opeenvolgend", choice: "Keuze" };

/** ["2020", "2023"] → "2020 & 2023". */
export function wavesText(waves: string[]): string {
  if (waves.length === 0) return NO_RESPONDENTS;
  return waves.length > 1 ? `${waves.slice(0, -1).join(", ")} & ${waves.at(-1)}` : waves[0];
}

/** `{waves}` in a report title: the waves in the figure ("2020", "2020 en 2023 gecombineerd"). */
export function titleWithWaves(title: string, waves: string[]): string {
  if (!title.includes("{waves}")) return title;
  const text = waves.length > 1 ? `${waves.slice(0, -1).join(", ")} en ${waves.at(-1)} gecombineerd` : waves[0] ?? NO_RESPONDENTS;
  return title.replace("{waves}", text);
}

type TDimensionLabels = { id: string; label: string; values: { code: string; label: string }[] }[];

/** The active filters other than wave and partial responses, as the researcher chose them. */
export function describeFilters(f: TResultFilters, dimensions: TDimensionLabels): string[] {
  const out: string[] = [];
  if (f.version.length) out.push(`${f.version.length > 1 ? "Versies" : "Versie"} ${f.version.join(", ")}`);
  if (f.flowMode) out.push(`Verloop: ${FLOW_MODE_SHORT[f.flowMode] ?? f.flowMode}`);
  for (const [id, codes] of Object.entries(f.dims)) {
    if (!codes.length) continue;
    const dim = dimensions.find((d) => d.id === id);
    const label = (c: string) => dim?.values.find((v) => v.code === c)?.label ?? c;
    out.push(`${dim?.label ?? id}: ${codes.map(label).join(" of ")}`);
  }
  if (f.includeExcluded) out.push("incl. uitgesloten antwoorden");
  return out;
}

/** Who is counted: who answered the question (partial too), or who finished (the figure's part). */
export function partialText(base: Pick<TFigureBase, "includePartial" | "isPartScoped" | "part">, lang: TBaseLang = "nl"): string {
  if (lang === "en") {
    if (base.includePartial) return "those who answered the question, incl. partial responses";
    if (!base.isPartScoped) return "completed responses only: those who completed the whole survey";
    return base.part ? `completed only: those who completed “${base.part}”` : "completed only: those who completed this part";
  }
  if (base.includePartial) return "wie de vraag beantwoordde, incl. gedeeltelijk ingevulde antwoorden";
  if (!base.isPartScoped) return "alleen afgeronde antwoorden: wie de hele vragenlijst afrondde";
  return base.part ? `alleen afgerond: wie „${base.part}” afrondde` : "alleen afgerond: wie dit deel afrondde";
}

/**
 * The base line's fixed words in the admin interface's language. Exports, the PDF's defaults and
 * the shared view keep Dutch (the default); the survey's own texts (part titles, groups) stay as written.
 */
export type TBaseLang = "nl" | "en";
const BASE_WORDS = {
  nl: {
    noRespondents: NO_RESPONDENTS, allWaves: "alle waves", offered: "% per optie van wie de optie te zien kreeg",
    groupMean: { items: "groepsgemiddelde: gemiddelde van de itemgemiddelden", pooled: "groepsgemiddelde: alle beoordelingen samen" },
  },
  en: {
    noRespondents: "no respondents", allWaves: "all waves", offered: "% per option of those who were shown the option",
    groupMean: { items: "group mean: mean of the item means", pooled: "group mean: all ratings pooled" },
  },
} as const;

/** N with its waves: one group "N = 30 (2023)", per wave "N = 20 (2020) · N = 95 (2023)", per group "Mbo: N = 5 · … (2023)". */
export function nText(series: TSeries[], base: Pick<TFigureBase, "waves" | "isByWave" | "filterWaves">, lang: TBaseLang = "nl"): string {
  const shown = series.filter((s) => s.n > 0);
  const waves = wavesText(base.waves.map((w) => w.wave));
  const words = BASE_WORDS[lang];
  if (shown.length === 0) return `${words.noRespondents} (${base.filterWaves.length ? wavesText(base.filterWaves) : words.allWaves})`;
  if (base.isByWave) return shown.map((s) => `N = ${formatCount(s.n)} (${s.label})`).join(" · ");
  if (series.length === 1) return `N = ${formatCount(shown[0].n)} (${waves})`;
  return `${shown.map((s) => `${s.label}: N = ${formatCount(s.n)}`).join(" · ")} (${waves})`;
}

/** Everything after N on the base line: filters, partial responses, groups without respondents. */
export function baseDetails(base: TFigureBase, series: TSeries[], lang: TBaseLang = "nl"): string[] {
  // Without any respondent, N already says so; listing the empty groups again would repeat it.
  const hasRespondents = series.some((s) => s.n > 0);
  const words = BASE_WORDS[lang];
  return [
    ...base.filters,
    partialText(base, lang),
    ...(base.isOffered ? [words.offered] : []),
    ...(base.groupMean ? [words.groupMean[base.groupMean]] : []),
    ...(base.empty.length && hasRespondents ? [`${words.noRespondents}: ${base.empty.join(", ")}`] : []),
  ];
}

/** The whole base line of a figure, e.g. "N = 30 (2023) · Verloop: Keuze · alleen afgeronde antwoorden". */
export function baseLine(series: TSeries[], base: TFigureBase): string {
  return [nText(series, base), ...baseDetails(base, series)].join(" · ");
}

/**
 * Leaves out groups without respondents (a wave without part 2, a sector nobody chose), so no
 * "2020 (N = 0)" bar or legend entry; their labels go to the base line. The one series of an
 * ungrouped figure stays.
 */
export function splitEmpty(series: TSeries[], isGrouped: boolean): { kept: TSeries[]; empty: string[] } {
  if (!isGrouped) return { kept: series, empty: [] };
  const kept = series.filter((s) => s.n > 0);
  return { kept, empty: series.filter((s) => s.n === 0).map((s) => s.label) };
}

/** Waves with their N from rows that carry a wave and a count. */
export function sumByWave(rows: { wave: string; n: number }[]): TWaveN[] {
  const by = new Map<string, number>();
  for (const r of rows) by.set(r.wave, (by.get(r.wave) ?? 0) + r.n);
  return [...by].filter(([, n]) => n > 0).sort(([a], [b]) => a.localeCompare(b)).map(([wave, n]) => ({ wave, n }));
}
