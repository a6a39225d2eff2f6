import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseFilters, type TResultFilters } from "@/lib/analysis/filters";
import * as m from "@/lib/analysis/monitoring";
import { defaultReport } from "@/lib/analysis/report/default";
import { loadReport } from "@/lib/analysis/report/load";
import { runEntry, runSection, type TReportContext } from "@/lib/analysis/report/run";
import type { TFigureEntry, TReportEntry } from "@/lib/analysis/report/schema";
import { itemStats } from "@/lib/analysis/results";
import { shapeFunnels } from "@/lib/analysis/shape-funnels";
import { shapeTotals } from "@/lib/analysis/shape-monitoring";
import { surveyConfig } from "@/lib/survey/config";
import { structure } from "@/lib/survey/engine/structure";
import { toVersionDef } from "@/lib/survey/version/load";
import { resetDb } from "./db";
import { def, insertResponse, other, top5, versions } from "./analysis-fixtures";

/**
 * Six respondents, every expected number worked out by hand:
 * R1 2023 choice mbo  p1 stage   finished        taal 8, begeleiding 6
 * R2 2023 choice hbo  p1 stage   finished        taal 10, begeleiding 3
 * R3 2023 choice vo   p1 stage   PARTIAL (on p1_top5)  taal 2
 * R4 2020 imported po p1 meertalig finished      contact 7
 * R5 2023 choice wo   p2 congres finished        open_minded 4, nieuwsgierigheid 0 (n.v.t.), erkennen 3, kennis_talen 2
 * R6 2023 sequential mbo p1 online + p2 congres finished  open_minded 2, nieuwsgierigheid 4; other: also a stage abroad
 * The figures are the Nuffic report's entries (surveys/internationale-competenties/report.json).
 */
const s = structure(toVersionDef(def));
const dimensions = surveyConfig(def.slug).dimensions;
const report = loadReport(def.slug)!;
const entries = report.sections.flatMap((sec) => sec.items.flatMap((i): TReportEntry[] => (i.kind === "panel" ? i.items : [i])));
let db: pg.Pool;
let surveyId: string;
let ctx: TReportContext;
const F = (q: Record<string, string> = {}) => parseFilters(q);

async function run(e: TReportEntry, f: TResultFilters) {
  return runEntry(ctx, f, e);
}
async function figure(id: string, f = F()) {
  const r = await run(entries.find((e) => e.id === id)!, f);
  if (r.kind !== "figure") throw new Error(`${id} is no figure`);
  return r.figure;
}
async function table(id: string, f = F()) {
  const r = await run(entries.find((e) => e.id === id)!, f);
  if (r.kind !== "ranking") throw new Error(`${id} is no table`);
  return r.table;
}
const mean = (fig: Awaited<ReturnType<typeof figure>>, item: string) => fig.rows.find((x) => x.code === item)?.values.mean;

beforeAll(async () => {
  await resetDb();
  db = new pg.Pool({ connectionString: process.env.DATABASE_URL });
  const v = await versions();
  surveyId = v.surveyId;
  ctx = { db, surveyId, structure: s, dimensions, waves: ["2020", "2023"] };
  await insertResponse(v, {
    sector: "mbo", fn: "docent", source: "linkedin", partChoice: "p1", p1: "stage", p1Done: true, isFinished: true, currentPage: "done", minutes: 10, k: 1,
    answers: {
      p1_factor_stage_taal: 8, p1_factor_stage_begeleiding: 6,
      ...top5("p1", ["zelfstandigheid", "zelfredzaamheid", "aanpassingsvermogen", "doorzettingsvermogen", "zelfvertrouwen"]),
      ...other("p1", ["excursie", "stage_nl"]),
    },
  });
  await insertResponse(v, {
    sector: "hbo", fn: "docent", partChoice: "p1", p1: "stage", p1Done: true, isFinished: true, currentPage: "done", minutes: 20, k: 2,
    answers: {
      p1_factor_stage_taal: 10, p1_factor_stage_begeleiding: 3,
      ...top5("p1", ["zelfstandigheid", "flexibiliteit", "aanpassingsvermogen", "open_minded", "creativiteit"]),
      ...other("p1", ["gastspreker"]),
    },
  });
  await insertResponse(v, {
    sector: "vo", fn: "leerkracht", partChoice: "p1", p1: "stage", isFinished: false, currentPage: "p1_top5", k: 3,
    answers: { p1_factor_stage_taal: 2 },
  });
  await insertResponse(v, {
    wave: "2020", flow: "sequential", sector: "po", fn: "coordinator", p1: "meertalig", p1Done: true, isFinished: true, currentPage: "done",
    answers: {
      p1_factor_meertalig_contact: 7,
      ...top5("p1", ["communiceren_talen", "aanpassingsvermogen", "omgaan_verschillen", "kennis_culturen", "relaties_opbouwen"]),
      ...other("p1", ["geen"]),
    },
  });
  await insertResponse(v, {
    sector: "wo", fn: "docent", partChoice: "p2", p2: "congres", p2Done: true, isFinished: true, currentPage: "done", minutes: 30, k: 5,
    answers: {
      p2_dev_open_minded: 4, p2_dev_nieuwsgierigheid: 0, p2_dev_erkennen_verschillen: 3, p2_dev_kennis_talen: 2,
      ...other("p2", ["begeleiden_excursie"]),
    },
  });
  await insertResponse(v, {
    flow: "sequential", sector: "mbo", fn: "teamleider", p1: "online", p2: "congres", p1Done: true, p2Done: true, isFinished: true,
    currentPage: "done", minutes: 40, k: 6,
    answers: {
      p2_dev_open_minded: 2, p2_dev_nieuwsgierigheid: 4,
      ...other("p1", ["excursie", "anders", "stage"]), p1_other_text: "Internationale week",
      ...other("p2", ["begeleiden_excursie", "collegas_eigen_school"]),
    },
  });
});

afterAll(async () => {
  await db?.end();
});

describe("part 1 factor means (0–10)", () => {
  it("averages finished part-1 respondents per statement, with a 95 % CI", async () => {
    const stage = await figure("factoren-stage");
    expect(stage.series[0].n).toBe(2);
    expect(mean(stage, "taal")).toBe(9);
    expect(mean(stage, "begeleiding")).toBe(4.5);
    const taal = stage.rows.find((x) => x.code === "taal")!;
    expect(taal.ns.mean).toBe(2);
    expect(taal.ci?.mean).toEqual([-3.71, 21.71]); // 9 ± t(0.975, 1) × sd 1.414 / √2
    expect(stage.rows).toHaveLength(8);
  });

  it("counts a partial response for the items it answered only with includePartial", async () => {
    const stage = await figure("factoren-stage", F({ includePartial: "true" }));
    expect(stage.series[0].n).toBe(3);
    expect(mean(stage, "taal")).toBe(6.67); // (8 + 10 + 2) / 3
    expect(mean(stage, "begeleiding")).toBe(4.5);
  });

  it("filters by wave and sector group (old and new parameter names)", async () => {
    expect((await figure("factoren-meertalig", F({ wave: "2023" }))).series[0].n).toBe(0);
    expect((await figure("factoren-meertalig")).series[0].n).toBe(1);
    const stageMbo = await figure("factoren-stage", F({ sectorGroup: "mbo" }));
    expect(stageMbo.series[0].n).toBe(1);
    expect(mean(stageMbo, "taal")).toBe(8);
    const stageHo = await figure("factoren-stage", F({ sector_group: "ho" }));
    expect(mean(stageHo, "begeleiding")).toBe(3);
  });

  it("groups by any dimension: one series per sector group", async () => {
    const entry: TFigureEntry = {
      kind: "figure", id: "x", title: "x", element: "p1_factor", filter: { p1_activity: "stage" }, series: "sector_group",
      rows: "options", sort: "definition", hideEmpty: false, exclude: [],
    };
    const r = await run(entry, F());
    if (r.kind !== "figure") throw new Error("no figure");
    // A group without respondents is no series (no bar, no legend entry); the base line names it.
    expect(r.figure.series.map((x) => [x.key, x.n])).toEqual([["mbo", 1], ["ho", 1]]);
    expect(r.figure.base?.empty).toEqual(["Primair en voortgezet onderwijs"]);
    expect(r.figure.rows.find((x) => x.code === "taal")?.values).toMatchObject({ mbo: 8, ho: 10 });
  });
});

describe("part 1 top-5 shares", () => {
  it("is the % of respondents of that activity, and Tabel 3 ranks per sector group", async () => {
    const stage = await figure("top5-stage");
    expect(stage.series[0].n).toBe(2);
    const share = (code: string) => stage.rows.find((x) => x.code === code)?.values.pct;
    expect(share("zelfstandigheid")).toBe(100);
    expect(share("aanpassingsvermogen")).toBe(100);
    expect(share("zelfredzaamheid")).toBe(50);
    expect(stage.rows).toHaveLength(8);
    // partial R3 never reached the top-5 page: still 2 respondents with partials included
    expect((await figure("top5-stage", F({ includePartial: "true" }))).series[0].n).toBe(2);
    const table3 = await table("tabel-3");
    const poVo = table3.ranks.map((row) => row[0]?.code);
    expect(table3.columns.map((c) => c.n)).toEqual([1, 1, 1]);
    expect(poVo).toHaveLength(5);
    expect(table3.ranks[0][1]).toMatchObject({ pct: 100, n: 1 });
  });
});

describe("other activities (Figuur 13, Tabel 4, Figuur 18)", () => {
  it("shares over respondents who answered the page; free text is no option; 'geen' not ranked", async () => {
    const f13 = await figure("overig-p1");
    expect(f13.series[0].n).toBe(4); // R1, R2, R4, R6
    const share = (code: string) => f13.rows.find((x) => x.code === code)?.values.pct;
    expect(share("excursie")).toBe(50);
    expect(share("geen")).toBe(25);
    expect(share("anders")).toBe(25);
    expect(f13.rows.some((x) => x.code === "text")).toBe(false);
    const table4 = await table("tabel-4");
    const mbo = table4.ranks.map((row) => row[1]).filter((c) => c !== null);
    expect(mbo[0]).toMatchObject({ code: "excursie", n: 2, pct: 100 });
    expect(mbo.map((c) => c!.code).sort()).toEqual(["anders", "excursie", "stage", "stage_nl"]);
    expect(table4.ranks[0][0]).toBeNull(); // po_vo only said 'geen'
  });

  it("an option shown only to some counts over those who were offered it", async () => {
    // "Stage in het buitenland" is not offered to whoever reported on a stage (R1, R2): of R4 and
    // R6 one chose it, 50 %, not 1 of the 4 who answered the page.
    const row = (await figure("overig-p1")).rows.find((x) => x.code === "stage")!;
    expect(row).toMatchObject({ ns: { pct: 1 }, values: { pct: 50 } });
    const mbo = (await table("tabel-4")).ranks.map((r) => r[1]).find((c) => c?.code === "stage");
    expect(mbo).toMatchObject({ n: 1, pct: 100 }); // mbo: R1 (stage, not offered) and R6
  });

  it("part 2", async () => {
    const f18 = await figure("overig-p2");
    expect(f18.series[0].n).toBe(2);
    expect(f18.rows.map((x) => [x.code, x.values.pct])).toEqual([["begeleiden_excursie", 100], ["collegas_eigen_school", 50]]);
  });
});

describe("part 2 development (1–4, n.v.t. excluded)", () => {
  it("cluster means: the mean of item means by default, pooled ratings on request; 'niet van toepassing' left out", async () => {
    const clusters = await figure("ontwikkeling-congres");
    expect(clusters.series[0].n).toBe(2);
    const cluster = (id: string) => clusters.rows.find((x) => x.code === id);
    // Items open_minded (4, 2) → 3, erkennen (3) → 3, nieuwsgierigheid (4; the 0 left out) → 4: (3 + 3 + 4) / 3.
    expect(cluster("houding")?.values.mean).toBe(3.33);
    expect(cluster("houding")?.ns.mean).toBe(4);
    const pooled = await figure("ontwikkeling-congres", F({ groupMean: "pooled" }));
    expect(pooled.rows.find((x) => x.code === "houding")?.values.mean).toBe(3.25); // (4 + 3 + 2 + 4) / 4
    expect(cluster("kennis")?.values.mean).toBe(2);
    expect(cluster("maatschappij")?.values.mean).toBeNull();
    const { stats } = await itemStats(
      db, { surveyId, filters: F(), dimensions, part: "p2", restrict: { p2_activity: ["congres"] }, groupBy: "total" },
      "p2_dev", ["p2_dev_nieuwsgierigheid"], [0],
    );
    expect(stats).toEqual([{ group: "alle", variable: "p2_dev_nieuwsgierigheid", n: 1, sum: 4, sumsq: 16, missing: 1 }]);
    const top = await figure("ontwikkeling-top-congres");
    expect(top.rows.map((x) => [x.code, x.values.mean])).toEqual([
      ["nieuwsgierigheid", 4], ["erkennen_verschillen", 3], ["open_minded", 3], ["kennis_talen", 2],
    ]);
  });

  it("a panel's figures of one element and filter share one query", async () => {
    let queries = 0;
    const counting = { query: (...args: Parameters<pg.Pool["query"]>) => (queries++, db.query(...args)) } as unknown as TReportContext["db"];
    const panel = report.sections.flatMap((sec) => sec.items).find((i) => i.id === "ontwikkeling-panel-congres")!;
    const r = await runEntry({ ...ctx, db: counting }, F(), panel);
    expect(r.kind === "panel" && r.items.length).toBe(2);
    expect(queries).toBe(1);
  });

  it("flow mode filter keeps only the sequential respondent", async () => {
    const clusters = await figure("ontwikkeling-congres", F({ flowMode: "sequential" }));
    expect(clusters.series[0].n).toBe(1);
    expect(clusters.rows.find((x) => x.code === "houding")?.values.mean).toBe(3);
  });
});

describe("sample (Figuur 1–4, Tabel 2)", () => {
  it("counts per wave, finished only by default", async () => {
    const figure1 = await figure("figuur-1");
    expect(figure1.series.map((x) => [x.key, x.n])).toEqual([["2020", 1], ["2023", 4]]);
    const docent = figure1.rows.find((x) => x.code === "docent")!;
    expect(docent.ns).toEqual({ "2020": 0, "2023": 3 });
    expect(docent.values["2023"]).toBe(75);
    const figure3p1 = await figure("figuur-3-deel-1");
    expect(figure3p1.rows.map((x) => [x.code, x.ns["2023"], x.ns["2020"]])).toEqual([["stage", 2, 0], ["online", 1, 0], ["meertalig", 0, 1]]);
    expect((await figure("figuur-3-deel-2")).series.find((x) => x.key === "2023")?.n).toBe(2);
    const figure4 = await figure("figuur-4");
    expect(figure4.series[0].n).toBe(4);
    expect(figure4.title).toBe("Figuur 4. Activiteiten deel 1, 2020 en 2023 gecombineerd");
    const table2 = await table("tabel-2");
    expect(table2.ranks[0].map((c) => c?.code)).toEqual(["meertalig", "online", "stage"]);
    expect(table2.ranks[1].map((c) => c?.code)).toEqual([undefined, "stage", undefined]);
  });

  it("includes partial respondents and applies wave filters and any dimension", async () => {
    const partial = F({ includePartial: "1" });
    expect((await figure("figuur-1", partial)).rows.find((x) => x.code === "leerkracht")?.ns["2023"]).toBe(1);
    expect((await figure("figuur-3-deel-1", partial)).rows.find((x) => x.code === "stage")?.ns["2023"]).toBe(3);
    const w2023 = F({ wave: "2023" });
    expect((await figure("figuur-1", w2023)).series.map((x) => x.key)).toEqual(["2023"]);
    const figure4 = await figure("figuur-4", w2023);
    expect(figure4.series[0].n).toBe(3);
    expect(figure4.title).toBe("Figuur 4. Activiteiten deel 1, 2023");
    // bg_function is a dimension in survey.json: its filter needs no code
    expect((await figure("figuur-1", F({ bgFunction: "docent" }))).series.map((x) => [x.key, x.n])).toEqual([["2023", 3]]);
  });
});

describe("titles and bases say what is in a figure", () => {
  it("with wave=2020: the title names 2020, N carries its wave, and a wave without part 2 shows no N = 0 group", async () => {
    const w2020 = F({ wave: "2020" });
    const figure4 = await figure("figuur-4", w2020);
    expect(figure4.title).toBe("Figuur 4. Activiteiten deel 1, 2020");
    expect(figure4.base?.waves).toEqual([{ wave: "2020", n: 1 }]);
    const figure3b = await figure("figuur-3-deel-2", w2020);
    expect(figure3b.series).toEqual([]);
    expect(figure3b.base?.empty).toEqual(["2020"]);
    // Both waves: 2020 had no part 2, so only 2023 is a bar; the base line says 2020 had no respondents.
    const both = await figure("figuur-3-deel-2");
    expect(both.series.map((x) => [x.key, x.n])).toEqual([["2023", 2]]);
    expect(both.base?.empty).toEqual(["2020"]);
  });

  it("a mean figure's base has the waves of those who answered the page, the filters and the part scope", async () => {
    const stage = await figure("factoren-stage", F({ flowMode: "choice", sectorGroup: "mbo" }));
    expect(stage.base).toMatchObject({
      waves: [{ wave: "2023", n: 1 }], filters: ["Verloop: Keuze", "Sector: Middelbaar beroepsonderwijs"],
      includePartial: false, isPartScoped: true, isByWave: false,
    });
    expect((await figure("factoren-stage", F({ includePartial: "true" }))).base?.waves).toEqual([{ wave: "2023", n: 3 }]);
  });

  it("a ranking table drops a sector column without respondents and names it", async () => {
    const t = await table("tabel-2", F({ wave: "2020" }));
    expect(t.columns.map((c) => c.n).every((n) => n > 0)).toBe(true);
    expect(t.base?.empty.length).toBeGreaterThan(0);
    expect(t.ranks.every((row) => row.length === t.columns.length)).toBe(true);
  });
});

describe("default summaries (a survey without report.json)", () => {
  it("summarise every question element by its type, with the same numbers", async () => {
    const r = defaultReport(s);
    const elements = r.sections.flatMap((sec) => sec.items.map((i) => (i.kind === "panel" ? "" : i.element)));
    expect(elements).toEqual(["bg_function", "bg_province", "bg_sector", "part_choice", "p1_activity", "p1_factor", "p1_dev", "p1_top5", "p1_other",
      "p2_activity", "p2_dev", "p2_top5", "p2_other", "extra_part"]);
    const bg = await runSection(ctx, F(), r.sections.find((sec) => sec.id === "pagina-bg")!);
    const fn = bg.items[0].kind === "figure" ? bg.items[0].figure : undefined;
    expect(fn?.series).toEqual([{ key: "alle", label: "Totaal", n: 5 }]);
    expect(fn?.rows.find((x) => x.code === "docent")?.ns.alle).toBe(3);
    const other = await runSection(ctx, F(), r.sections.find((sec) => sec.items.some((i) => i.kind !== "panel" && i.element === "p1_other"))!);
    const f = other.items.find((i) => i.kind === "figure" && i.figure.id === "p1-other");
    expect(f?.kind === "figure" && f.figure.rows.find((x) => x.code === "stage")?.values.pct).toBe(50);
  });
});

describe("monitoring", () => {

  it("totals and finish rate count live responses only", async () => {
    const t = shapeTotals(await m.monitoringTotals(db, surveyId, ["p1", "p2"]));
    expect(t.overall).toEqual({ started: 5, finished: 4, finishRate: 80, partsFinished: { p1: 3, p2: 2 } });
    expect(t.byMode.map((x) => [x.key, x.started, x.finished])).toEqual([["choice", 4, 3], ["sequential", 1, 1]]);
  });

  const funnels = async () => {
    const versions = await m.liveVersions(db, surveyId);
    return shapeFunnels(await m.monitoringFunnel(db, surveyId, versions), versions);
  };
  const section = (f: Awaited<ReturnType<typeof funnels>>, arm: string, key: string) =>
    f.arms.find((x) => x.key === arm)!.sections.find((x) => x.key === key)!;
  const stepOf = (sec: { steps: { key: string }[] }, key: string) => sec.steps.find((x) => x.key === key);

  it("funnel: reached and left per page of each route, split by mode and chosen part", async () => {
    const f = await funnels();
    const choice = f.arms.find((x) => x.key === "choice")!;
    expect(choice.started).toBe(4);
    const p1 = section(f, "choice", "path:p1");
    expect(p1.base).toBe(3);
    expect(stepOf(p1, "p1_factors")).toMatchObject({ reached: 3, left: 0 });
    expect(stepOf(p1, "p1_top5")).toMatchObject({ reached: 3, left: 1 });
    expect(stepOf(p1, "p1_other")).toMatchObject({ reached: 2, left: 0 });
    expect(stepOf(p1, "finished")).toMatchObject({ reached: 2, label: "Afgerond" });
    expect(stepOf(section(f, "choice", "path:p2"), "p2_dev")).toMatchObject({ reached: 1, left: 0 });
    expect(choice.sections.filter((x) => x.kind === "path").map((x) => [x.branch, x.base])).toEqual([["p1", 3], ["p2", 1]]);
  });

  it("a response back on a page it already submitted counts once for that page", async () => {
    const [r3] = await db.query<{ id: string }>(`SELECT id FROM response WHERE survey_id = $1 AND dims->>'bg_sector' = 'vo'`, [surveyId]).then((x) => x.rows);
    await db.query(`INSERT INTO page_visit (response_id, page_id, entered_at, submitted_at, duration_ms) VALUES ($1, 'p1_top5', now(), now(), 1000)`, [r3.id]);
    try {
      expect(stepOf(section(await funnels(), "choice", "path:p1"), "p1_top5")).toMatchObject({ reached: 3, left: 1 });
    } finally {
      await db.query(`DELETE FROM page_visit WHERE response_id = $1 AND page_id = 'p1_top5'`, [r3.id]);
    }
  });

  it("median completion time and per page", async () => {
    const times = await m.monitoringCompletionTime(db, surveyId, "part_choice");
    expect(times.find((x) => x.flow_mode === null)).toMatchObject({ n: 4, median_s: 1500 }); // 10, 20, 30, 40 min
    expect(times.find((x) => x.flow_mode === "choice" && x.chosen_part === "p2")).toMatchObject({ n: 1, median_s: 1800 });
    const pages = await m.monitoringPageTimes(db, surveyId);
    // bg is page 2 in both flows: 2000 ms × k for k = 1, 2, 3, 5, 6 → median 6000
    expect(pages.find((x) => x.page_id === "bg")).toMatchObject({ n: 5, median_ms: 6000 });
  });

  it("counts per source and per dimension of the survey; watermark moves on a save", async () => {
    const rows = await m.monitoringBreakdowns(db, surveyId, dimensions);
    expect(rows.find((x) => x.dimension === "source" && x.code === "linkedin")).toMatchObject({ started: 1, finished: 1 });
    expect(rows.find((x) => x.dimension === "bg_sector" && x.code === "mbo")).toMatchObject({ started: 2, finished: 2 });
    expect(rows.find((x) => x.dimension === "sector_group" && x.code === "ho")).toMatchObject({ started: 2, finished: 2 }); // hbo + wo
    const before = await m.liveWatermark(db, surveyId);
    await db.query(`UPDATE response SET updated_at = updated_at + interval '1 second' WHERE survey_id = $1 AND dims->>'bg_sector' = 'vo'`, [surveyId]);
    expect(await m.liveWatermark(db, surveyId)).not.toBe(before);
  });
});
