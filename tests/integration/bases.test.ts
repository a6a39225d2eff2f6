import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import type { TBarFigure, TRankTable } from "@/lib/analysis/figures";
import { parseFilters } from "@/lib/analysis/filters";
import type { TReportItem } from "@/lib/analysis/report/run";
import { getSection, reportOf } from "@/lib/analysis/service";
import { getSurveyContext, type TSurveyContext } from "@/lib/analysis/survey";
import { baseLine } from "@/lib/analysis/titles";
import { pool } from "@/lib/db/client";
import { CHOICE_SLUG, IMPORT_FILE, seedGolden } from "../golden/fixture";
import { nuffic } from "../support/surveys";
import { resetDb } from "./db";

/**
 * The base of every figure, checked against numbers counted here without the code under test:
 * a recount in SQL over the stored answers of the golden respondents (tests/golden), and the
 * 2020 SurveyMonkey file read as it is.
 */
let survey: TSurveyContext;
const q = <T extends object>(sql: string, params: unknown[] = []) => pool().query<T>(sql, params).then((r) => r.rows);
const pctOf = (n: number, d: number) => Math.round((1000 * n) / d) / 10;
const round2 = (v: number) => Math.round(v * 100) / 100;
const byShare = (a: { pct: number; n: number; label: string }, b: { pct: number; n: number; label: string }) =>
  b.pct - a.pct || b.n - a.n || a.label.localeCompare(b.label, "nl");

function flat(items: TReportItem[]): TReportItem[] {
  return items.flatMap((i) => (i.kind === "panel" ? flat(i.items) : [i]));
}
async function item(id: string, query = ""): Promise<TReportItem> {
  const filters = parseFilters(new URLSearchParams(query), survey.dimensions);
  const section = reportOf(survey).sections.find((s) => JSON.stringify(s).includes(`"id":"${id}"`))!;
  const result = await getSection(survey, filters, section.id);
  const found = flat(result.items).find((i) => (i.kind === "figure" ? i.figure.id : i.kind === "ranking" ? i.table.id : i.id) === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}
const figure = async (id: string, query = "") => ((await item(id, query)) as { figure: TBarFigure }).figure;
const table = async (id: string, query = "") => ((await item(id, query)) as { table: TRankTable }).table;

beforeAll(async () => {
  await resetDb();
  await seedGolden();
  survey = (await getSurveyContext(CHOICE_SLUG))!;
}, 300_000);

/** Per respondent who answered the page: the chosen activity, the sector and the chosen options. */
async function otherActivities() {
  return q<{ activity: string; sector: string; chosen: string[] }>(
    `SELECT r.dims->>'p1_activity' AS activity, r.dims->>'bg_sector' AS sector,
       array_agg(substr(a.variable, length('p1_other_') + 1)) FILTER (WHERE a.num = 1) AS chosen
     FROM response r JOIN answer a ON a.response_id = r.id AND a.page_id = 'p1_other'
     WHERE r.survey_id = $1 GROUP BY r.id`,
    [survey.id],
  );
}

describe("a: an option hidden from a respondent is not in that option's base", () => {
  // The definition hides an activity from who chose it as their activity (its showIf).
  const options = nuffic(1).pages.flatMap((p) => p.elements).find((e) => e.id === "p1_other") as unknown as {
    options: { code: string; label: string; showIf?: unknown }[];
  };
  const isOffered = (code: string, activity: string) => !options.options.find((o) => o.code === code)!.showIf || code !== activity;
  const shares = (rows: { activity: string; chosen: string[] | null }[], exclude: string[] = []) =>
    options.options
      .filter((o) => !exclude.includes(o.code))
      .map((o) => {
        const offered = rows.filter((r) => isOffered(o.code, r.activity));
        const n = offered.filter((r) => r.chosen?.includes(o.code)).length;
        return { code: o.code, label: o.label, n, pct: pctOf(n, offered.length) };
      })
      .filter((o) => o.n > 0)
      .sort(byShare);

  it("Figuur 13: each share of who was offered the option, ranked by that share", async () => {
    const rows = await otherActivities();
    const f = await figure("overig-p1");
    expect(f.series[0].n).toBe(rows.length);
    expect(f.rows.map((r) => [r.code, r.values.pct, r.ns.pct])).toEqual(shares(rows).map((o) => [o.code, o.pct, o.n]));
    expect(baseLine(f.series, f.base!)).toContain("% per optie van wie de optie te zien kreeg");
  });

  it("Tabel 4: per sector group, the top 5 by share of who was offered the option", async () => {
    const rows = await otherActivities();
    const groups: Record<string, string[]> = { po_vo: ["po", "vo"], mbo: ["mbo"], ho: ["hbo", "wo"] };
    const t = await table("tabel-4");
    expect(t.columns.map((c) => c.key)).toEqual(Object.keys(groups));
    const expected = Object.values(groups).map((sectors) => shares(rows.filter((r) => sectors.includes(r.sector)), ["geen"]).slice(0, 5));
    t.columns.forEach((_, j) => {
      expect(t.ranks.map((row) => row[j] && [row[j].code, row[j].pct]).filter(Boolean)).toEqual(expected[j].map((o) => [o.code, o.pct]));
    });
  });
});

describe("b: a group's mean is a visible setting", () => {
  const groupOf = new Map(nuffic(1).lists.find((l) => l.id === "teacher")!.options.map((o) => [`p2_dev_${o.code}`, (o as { group?: string }).group!]));
  async function ratings() {
    // "Niet van toepassing" (0) is no rating.
    return q<{ variable: string; num: number }>(
      `SELECT a.variable, a.num::float AS num FROM response r JOIN answer a ON a.response_id = r.id AND a.page_id = 'p2_dev'
       WHERE r.survey_id = $1 AND r.dims->>'p2_activity' = 'lesgeven' AND a.num <> 0`,
      [survey.id],
    );
  }

  it("default: the mean of the item means, as the report averaged the competences of a cluster; pooled on request", async () => {
    const all = await ratings();
    const groups = [...new Set(groupOf.values())];
    const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
    const itemMeans = (g: string) => {
      const vars = [...new Set(all.filter((r) => groupOf.get(r.variable) === g).map((r) => r.variable))];
      return round2(mean(vars.map((v) => mean(all.filter((r) => r.variable === v).map((r) => r.num)))));
    };
    const pooled = (g: string) => round2(mean(all.filter((r) => groupOf.get(r.variable) === g).map((r) => r.num)));

    const byItems = await figure("ontwikkeling-lesgeven");
    expect(byItems.rows.map((r) => [r.code, r.values.mean])).toEqual(groups.map((g) => [g, itemMeans(g)]));
    expect(baseLine(byItems.series, byItems.base!)).toContain("groepsgemiddelde: gemiddelde van de itemgemiddelden");
    const byRatings = await figure("ontwikkeling-lesgeven", "groupMean=pooled");
    expect(byRatings.rows.map((r) => [r.code, r.values.mean])).toEqual(groups.map((g) => [g, pooled(g)]));
    expect(baseLine(byRatings.series, byRatings.base!)).toContain("groepsgemiddelde: alle beoordelingen samen");
    // The two differ here: the setting matters.
    expect(groups.some((g) => itemMeans(g) !== pooled(g))).toBe(true);
  });
});

describe("c: in the sequential flow a part's figures count who finished that part", () => {
  it("every part-1 figure has the same N, those who finished part 1, and says so; Figuur 1 counts who finished it all", async () => {
    const query = "flowMode=sequential&includePartial=false";
    const [{ p1, all }] = await q<{ p1: number; all: number }>(
      `SELECT count(*) FILTER (WHERE parts_finished ? 'p1')::int AS p1, count(*) FILTER (WHERE finished_at IS NOT NULL)::int AS all
       FROM response WHERE survey_id = $1 AND flow_mode = 'sequential'`,
      [survey.id],
    );
    expect(p1).toBeGreaterThan(all);
    const part1 = ["figuur-3-deel-1", "figuur-4", "overig-p1"];
    for (const id of part1) {
      const f = await figure(id, query);
      expect([id, f.series.reduce((a, s) => a + s.n, 0)]).toEqual([id, p1]);
      expect(baseLine(f.series, f.base!)).toContain("alleen afgerond: wie „Deel 1: leerlingen en studenten” afrondde");
    }
    const tabel2 = await table("tabel-2", query);
    expect(tabel2.columns.reduce((a, c) => a + c.n, 0)).toBe(p1);
    const factors = await Promise.all(["stage", "uitwisseling", "online", "meertalig"].map((a) => figure(`factoren-${a}`, query)));
    expect(factors.reduce((a, f) => a + f.series[0].n, 0)).toBe(p1);
    const figuur1 = await figure("figuur-1", query);
    expect(figuur1.series.reduce((a, s) => a + s.n, 0)).toBe(all);
    expect(baseLine(figuur1.series, figuur1.base!)).toContain("alleen afgeronde antwoorden: wie de hele vragenlijst afrondde");
  });
});

describe("d: by default a partial respondent counts for the questions answered, as SurveyMonkey's question summaries", () => {
  it("the 2020 wave's factor means equal the means of every answer in the SurveyMonkey file", async () => {
    const [header, sub, ...rows] = parse(readFileSync(IMPORT_FILE), { bom: true, relax_column_count: true }) as string[][];
    const activityCol = header.findIndex((h) => h.startsWith("Over welke internationaliseringsactiviteit"));
    const factorCols = header.map((h, i) => ({ h, i })).filter((c, k, all) => (c.h || all.slice(0, k).reverse().find((x) => x.h)?.h || "").startsWith("Hieronder worden factoren")).map((c) => c.i);
    expect(factorCols.length).toBeGreaterThan(20);
    expect(sub[factorCols[0]]).toMatch(/vreemde taal/);
    const expected = new Map<string, number[]>();
    for (const activity of [...new Set(rows.map((r) => r[activityCol]).filter(Boolean))]) {
      const mine = rows.filter((r) => r[activityCol] === activity);
      const means = factorCols
        .map((c) => mine.map((r) => r[c]).filter((v) => v !== "" && v !== undefined).map(Number))
        .filter((vs) => vs.length)
        .map((vs) => round2(vs.reduce((a, v) => a + v, 0) / vs.length));
      expected.set(activity, means.sort((a, b) => a - b));
    }
    let compared = 0;
    for (const id of ["factoren-stage", "factoren-uitwisseling", "factoren-online", "factoren-meertalig"]) {
      const f = await figure(id, "wave=2020");
      const activity = [...expected.keys()].find((a) => f.title.endsWith(a))!;
      expect([id, f.rows.map((r) => r.values.mean).filter((v) => v !== null).sort((a, b) => a! - b!)]).toEqual([id, expected.get(activity)]);
      compared += expected.get(activity)!.length;
      expect(baseLine(f.series, f.base!)).toContain("wie de vraag beantwoordde, incl. gedeeltelijk ingevulde antwoorden");
    }
    expect(compared).toBe(31);
  });
});
