import type { TPartId, TSurveyDefinition } from "@/lib/survey/definition";
import { getCompetences, getPart } from "@/lib/survey/model";
import { pct, round1, toRanks, topK, type TBarFigure, type TBarRow, type TRankTable, type TSeries } from "./figures";
import type { TSectorGroup } from "./filters";
import { SECTOR_GROUP_LABELS, type TLabels } from "./labels";
import type { TActivityChoices, TActivityItems, TSampleRow } from "./results";

/** Pure shaping of the result queries' rows into the report's figures and tables. */
const SECTOR_GROUPS = Object.keys(SECTOR_GROUP_LABELS) as TSectorGroup[];
const label = (dict: Record<string, string>, code: string) => dict[code] ?? code;

/** One figure of shares: rows = codes, one series per key (wave, group, …), % of the series N. */
function distribution(
  id: string, title: string, rows: { key: string; code: string; n: number }[], seriesOrder: { key: string; label: string }[],
  labels: Record<string, string>,
): TBarFigure {
  const series: TSeries[] = seriesOrder.map((s) => ({ ...s, n: rows.filter((r) => r.key === s.key).reduce((a, r) => a + r.n, 0) }));
  const codes = [...Object.keys(labels).filter((c) => rows.some((r) => r.code === c)), ...new Set(rows.map((r) => r.code).filter((c) => !(c in labels)))];
  return {
    id, title, unit: "pct",
    series,
    rows: codes.map((code) => {
      const cell = (key: string) => rows.find((r) => r.key === key && r.code === code)?.n ?? 0;
      return {
        code, label: label(labels, code),
        values: Object.fromEntries(series.map((s) => [s.key, pct(cell(s.key), s.n)])),
        ns: Object.fromEntries(series.map((s) => [s.key, cell(s.key)])),
      };
    }),
  };
}

export function shapeSample(rows: TSampleRow[], labels: TLabels) {
  const waves = [...new Set(rows.filter((r) => r.wave !== null).map((r) => r.wave!))].sort();
  const waveSeries = waves.map((w) => ({ key: w, label: w }));
  const pick = (dim: TSampleRow["dimension"]) => rows.filter((r) => r.dimension === dim).map((r) => ({ key: r.wave ?? r.group ?? "alle", code: r.code, n: r.n }));
  const byGroup = pick("p1_activity_by_sg");
  const groupTotals = (g: string) => byGroup.filter((r) => r.key === g).reduce((a, r) => a + r.n, 0);
  const table2: TRankTable = {
    id: "tabel-2",
    title: "Tabel 2. Activiteiten deel 1 per onderwijssector, gerangschikt naar hoe vaak erover is gerapporteerd",
    columns: SECTOR_GROUPS.map((g) => ({ key: g, label: SECTOR_GROUP_LABELS[g], n: groupTotals(g) })),
    ranks: toRanks(
      SECTOR_GROUPS.map((g) =>
        topK(byGroup.filter((r) => r.key === g).map((r) => ({ code: r.code, label: label(labels.activity.p1, r.code), n: r.n })), groupTotals(g), 99),
      ),
      Object.keys(labels.activity.p1).length,
    ),
    note: "Percentage: aandeel van de respondenten uit die sector.",
  };
  return {
    figure1: distribution("figuur-1", "Figuur 1. Functies van de respondenten", pick("function"), waveSeries, labels.background.bg_function ?? {}),
    figure2: distribution("figuur-2", "Figuur 2. Sector waar de respondent werkzaam is", pick("sector"), waveSeries, labels.background.bg_sector ?? {}),
    figure3p1: distribution("figuur-3-deel-1", "Figuur 3a. Activiteiten deel 1 (leerlingen en studenten)", pick("p1_activity"), waveSeries, labels.activity.p1),
    figure3p2: distribution("figuur-3-deel-2", "Figuur 3b. Activiteiten deel 2 (onderwijsprofessionals)", pick("p2_activity"), waveSeries, labels.activity.p2 ?? {}),
    figure4: distribution(
      "figuur-4", `Figuur 4. Activiteiten deel 1, ${waves.length > 1 ? waves.join(" en ") + " gecombineerd" : "alle waves"}`,
      pick("p1_activity_all"), [{ key: "alle", label: "Totaal" }], labels.activity.p1,
    ),
    table2,
  };
}

/** Figuur 5, 7, 9, 11: mean factor score (0–10) per statement, one figure per part-1 activity. */
export function shapeFactors(perActivity: TActivityItems[], labels: TLabels): TBarFigure[] {
  return Object.entries(labels.factor).map(([activity, statements], i) => {
    const data = perActivity.find((a) => a.activity === activity);
    const rows: TBarRow[] = Object.entries(statements).map(([item, text]) => {
      const row = data?.items.find((r) => r.variable === `p1_factor_${activity}_${item}`);
      return { code: item, label: text, values: { mean: row && row.n ? round1(row.sum / row.n) : null }, ns: { mean: row?.n ?? 0 } };
    });
    return {
      id: `factoren-${activity}`, unit: "mean" as const, domain: [0, 10] as [number, number],
      title: `Figuur ${5 + 2 * i}. Factoren van invloed: ${label(labels.activity.p1, activity)}`,
      series: [{ key: "mean", label: "Gemiddelde (0–10)", n: data?.respondents ?? 0 }],
      rows: rows.sort((a, b) => (b.values.mean ?? -1) - (a.values.mean ?? -1)),
    };
  });
}

type TItem = { code: string; label: string; n: number };

/** Option counts summed over activities and/or sector groups (each respondent has one activity). */
function sumChoices(perActivity: TActivityChoices[], prefix: string, dict: Record<string, string>, keep: (activity: string, group: string | null) => boolean): TItem[] {
  const totals = new Map<string, TItem>();
  for (const a of perActivity) {
    for (const c of a.counts) {
      if (!keep(a.activity, c.group) || !c.variable.startsWith(prefix)) continue;
      const code = c.variable.slice(prefix.length);
      const t = totals.get(code) ?? { code, label: label(dict, code), n: 0 };
      t.n += c.n;
      totals.set(code, t);
    }
  }
  return [...totals.values()];
}

function sumDenominators(perActivity: TActivityChoices[], keep: (activity: string, group: string | null) => boolean): number {
  return perActivity.reduce((sum, a) => sum + a.denominators.filter((d) => keep(a.activity, d.group)).reduce((s, d) => s + d.n, 0), 0);
}

function shareFigure(id: string, title: string, items: TItem[], n: number): TBarFigure {
  return {
    id, title, unit: "pct",
    series: [{ key: "pct", label: "% van de respondenten", n }],
    rows: topK(items, n, items.length).map((r) => ({ code: r.code, label: r.label, values: { pct: r.pct }, ns: { pct: r.n } })),
  };
}

function perGroupTable(id: string, title: string, note: string, perActivity: TActivityChoices[], prefix: string, dict: Record<string, string>, drop: string[] = []): TRankTable {
  const inGroup = (g: string) => (_a: string, group: string | null) => group === g;
  return {
    id, title, note,
    columns: SECTOR_GROUPS.map((g) => ({ key: g, label: SECTOR_GROUP_LABELS[g], n: sumDenominators(perActivity, inGroup(g)) })),
    ranks: toRanks(
      SECTOR_GROUPS.map((g) =>
        topK(sumChoices(perActivity, prefix, dict, inGroup(g)).filter((i) => !drop.includes(i.code)), sumDenominators(perActivity, inGroup(g)), 5),
      ),
      5,
    ),
  };
}

/** Figuur 6, 8, 10, 12 (per activity: % naming each competence in the top 5) and Tabel 3. */
export function shapeTop5(perActivity: TActivityChoices[], labels: TLabels, part: TPartId = "p1") {
  const prefix = `${part}_top5_`;
  const figures = Object.keys(labels.activity[part]).map((activity, i) => {
    const only = (a: string) => a === activity;
    return shareFigure(
      `top5-${activity}`,
      `Figuur ${6 + 2 * i}. Competenties in de top 5: ${label(labels.activity[part], activity)}`,
      sumChoices(perActivity, prefix, labels.competence[part], only),
      sumDenominators(perActivity, only),
    );
  });
  const table3 = perGroupTable(
    "tabel-3", "Tabel 3. Top 5 van competenties per onderwijssector",
    "Percentage: aandeel van de respondenten uit die sector dat de competentie in de top 5 noemt.",
    perActivity, prefix, labels.competence[part],
  );
  return { figures, table3 };
}

/** Figuur 13 / 18 (% naming each other activity) and, for part 1, Tabel 4 (top 5 per sector group). */
export function shapeOther(perActivity: TActivityChoices[], labels: TLabels, part: TPartId, title: string) {
  const prefix = `${part}_other_`;
  const all = () => true;
  const figure = shareFigure(`overig-${part}`, title, sumChoices(perActivity, prefix, labels.other[part], all), sumDenominators(perActivity, all));
  const table4 = perGroupTable(
    "tabel-4", "Tabel 4. Top 5 van overige activiteiten per onderwijssector",
    "Percentage: aandeel van de respondenten uit die sector. 'Geen andere activiteiten' telt niet mee in de rangorde.",
    perActivity, prefix, labels.other[part], ["geen"],
  );
  return { figure, table4 };
}

export type TDevelopmentFigure = { activity: string; label: string; n: number; clusters: TBarFigure; top: TBarFigure };

/**
 * Figuur 14–17: per part-2 activity the mean development per cluster (pooled over all ratings of
 * the cluster's competences, on 1–4: "niet van toepassing" never counts) and the five
 * competences with the highest mean.
 */
export function shapeDevelopment(perActivity: TActivityItems[], labels: TLabels, def: TSurveyDefinition, part: TPartId = "p2"): TDevelopmentFigure[] {
  const comps = getCompetences(def, getPart(def, part).development.model);
  const prefix = `${part}_dev_`;
  return Object.keys(labels.activity[part]).map((activity) => {
    const data = perActivity.find((a) => a.activity === activity);
    const n = data?.respondents ?? 0;
    const byComp = new Map((data?.items ?? []).filter((r) => r.variable.startsWith(prefix)).map((r) => [r.variable.slice(prefix.length), r]));
    const clusters = Object.entries(labels.cluster[part]).map(([cluster, clusterLabel]) => {
      const inCluster = comps.filter((c) => c.clusterId === cluster).map((c) => byComp.get(c.id)).filter((r) => r !== undefined);
      const sum = inCluster.reduce((a, r) => a + r.sum, 0);
      const count = inCluster.reduce((a, r) => a + r.n, 0);
      return { code: cluster, label: clusterLabel, values: { mean: count ? round1(sum / count) : null }, ns: { mean: count } };
    });
    const compRows = comps
      .map((c) => ({ c, r: byComp.get(c.id) }))
      .filter((x) => x.r && x.r.n > 0)
      .map(({ c, r }) => ({ code: c.id, label: c.label, values: { mean: round1(r!.sum / r!.n) }, ns: { mean: r!.n } }))
      .sort((a, b) => b.values.mean! - a.values.mean! || a.label.localeCompare(b.label, "nl"))
      .slice(0, 5);
    const activityLabel = label(labels.activity[part], activity);
    const series = [{ key: "mean", label: "Gemiddelde (1–4)", n }];
    return {
      activity, label: activityLabel, n,
      clusters: { id: `ontwikkeling-${activity}`, title: `Gemiddelde ontwikkeling per cluster: ${activityLabel}`, unit: "mean", domain: [1, 4], series, rows: clusters,
        note: "'Niet van toepassing' telt niet mee; n per cluster = aantal beoordelingen." },
      top: { id: `ontwikkeling-top-${activity}`, title: `Vijf competenties met het hoogste gemiddelde: ${activityLabel}`, unit: "mean", domain: [1, 4], series, rows: compRows },
    };
  });
}
