import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseFilters } from "@/lib/analysis/filters";
import { labelsFor } from "@/lib/analysis/labels";
import * as m from "@/lib/analysis/monitoring";
import { activitiesOf, partSettings } from "@/lib/analysis/queries";
import * as r from "@/lib/analysis/results";
import { shapeFunnels, shapeTotals } from "@/lib/analysis/shape-monitoring";
import { shapeDevelopment, shapeFactors, shapeOther, shapeSample, shapeTop5 } from "@/lib/analysis/shape-results";
import { resetDb } from "./db";
import { def, insertResponse, other, top5, versions } from "./analysis-fixtures";

/**
 * Six respondents, every expected number worked out by hand:
 * R1 2023 choice mbo  p1 stage   finished        taal 8, begeleiding 6
 * R2 2023 choice hbo  p1 stage   finished        taal 10, begeleiding 3
 * R3 2023 choice vo   p1 stage   PARTIAL (on p1_top5)  taal 2
 * R4 2020 imported po p1 meertalig finished      contact 7
 * R5 2023 choice wo   p2 congres finished        open_minded 4, nieuwsgierigheid 0 (n.v.t.), erkennen 3, kennis_talen 2
 * R6 2023 sequential mbo p1 online + p2 congres finished  open_minded 2, nieuwsgierigheid 4
 */
const labels = labelsFor(def);
let db: pg.Pool;
let surveyId: string;
const F = (q: Record<string, string> = {}) => parseFilters(q);

beforeAll(async () => {
  await resetDb();
  db = new pg.Pool({ connectionString: process.env.DATABASE_URL });
  const v = await versions();
  surveyId = v.surveyId;
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
      ...other("p1", ["excursie", "anders"]), p1_other_text: "Internationale week",
      ...other("p2", ["begeleiden_excursie", "collegas_eigen_school"]),
    },
  });
});

afterAll(async () => {
  await db?.end();
});

async function factors(f = F()) {
  return shapeFactors(await Promise.all(activitiesOf(def, "p1").map((a) => r.itemSums(db, surveyId, f, "p1", "factors", [], a))), labels);
}
const choices = (f: ReturnType<typeof F>, part: "p1" | "p2", page: "top5" | "other") =>
  Promise.all(activitiesOf(def, part).map((a) => r.choiceCounts(db, surveyId, f, part, page, a, partSettings(def, part).otherExcluded)));
const development = (f: ReturnType<typeof F>) =>
  Promise.all(activitiesOf(def, "p2").map((a) => r.itemSums(db, surveyId, f, "p2", "dev", partSettings(def, "p2").missingValues, a)));
const mean = (fig: ReturnType<typeof shapeFactors>[number], item: string) => fig.rows.find((x) => x.code === item)?.values.mean;

describe("part 1 factor means (0–10)", () => {
  it("averages finished part-1 respondents per statement", async () => {
    const [stage] = await factors();
    expect(stage.series[0].n).toBe(2);
    expect(mean(stage, "taal")).toBe(9);
    expect(mean(stage, "begeleiding")).toBe(4.5);
    expect(stage.rows.find((x) => x.code === "taal")?.ns.mean).toBe(2);
  });

  it("counts a partial response for the items it answered only with includePartial", async () => {
    const [stage] = await factors(F({ includePartial: "true" }));
    expect(stage.series[0].n).toBe(3);
    expect(mean(stage, "taal")).toBe(6.67); // (8 + 10 + 2) / 3
    expect(mean(stage, "begeleiding")).toBe(4.5);
  });

  it("filters by wave and sector group", async () => {
    const meertalig = (await factors(F({ wave: "2023" })))[3];
    expect(meertalig.series[0].n).toBe(0);
    expect((await factors())[3].series[0].n).toBe(1);
    const [stageMbo] = await factors(F({ sectorGroup: "mbo" }));
    expect(stageMbo.series[0].n).toBe(1);
    expect(mean(stageMbo, "taal")).toBe(8);
    const [stageHo] = await factors(F({ sectorGroup: "ho" }));
    expect(mean(stageHo, "begeleiding")).toBe(3);
  });
});

describe("part 1 top-5 shares", () => {
  it("is the % of respondents of that activity, and Tabel 3 ranks per sector group", async () => {
    const { figures, table3 } = shapeTop5(await choices(F(), "p1", "top5"), labels, "p1");
    const stage = figures[0];
    expect(stage.series[0].n).toBe(2);
    const share = (code: string) => stage.rows.find((x) => x.code === code)?.values.pct;
    expect(share("zelfstandigheid")).toBe(100);
    expect(share("aanpassingsvermogen")).toBe(100);
    expect(share("zelfredzaamheid")).toBe(50);
    expect(stage.rows).toHaveLength(8);
    // partial R3 never reached the top-5 page: still 2 respondents with partials included
    const withPartial = await choices(F({ includePartial: "true" }), "p1", "top5");
    expect(shapeTop5(withPartial, labels).figures[0].series[0].n).toBe(2);
    const poVo = table3.ranks.map((row) => row[0]?.code);
    expect(table3.columns.map((c) => c.n)).toEqual([1, 1, 1]);
    expect(poVo).toHaveLength(5);
    expect(table3.ranks[0][1]).toMatchObject({ pct: 100, n: 1 });
  });
});

describe("other activities (Figuur 13, Tabel 4, Figuur 18)", () => {
  it("shares over respondents who answered the page; free text is no option; 'geen' not ranked", async () => {
    const { figure, table4 } = shapeOther(await choices(F(), "p1", "other"), labels, "p1", "F13");
    expect(figure.series[0].n).toBe(4); // R1, R2, R4, R6
    const share = (code: string) => figure.rows.find((x) => x.code === code)?.values.pct;
    expect(share("excursie")).toBe(50);
    expect(share("geen")).toBe(25);
    expect(share("anders")).toBe(25);
    expect(figure.rows.some((x) => x.code === "text")).toBe(false);
    const mbo = table4.ranks.map((row) => row[1]).filter((c) => c !== null);
    expect(mbo[0]).toMatchObject({ code: "excursie", n: 2, pct: 100 });
    expect(mbo.map((c) => c!.code).sort()).toEqual(["anders", "excursie", "stage_nl"]);
    expect(table4.ranks[0][0]).toBeNull(); // po_vo only said 'geen'
  });

  it("part 2", async () => {
    const { figure } = shapeOther(await choices(F(), "p2", "other"), labels, "p2", "F18");
    expect(figure.series[0].n).toBe(2);
    expect(figure.rows.map((x) => [x.code, x.values.pct])).toEqual([["begeleiden_excursie", 100], ["collegas_eigen_school", 50]]);
  });
});

describe("part 2 development (1–4, n.v.t. excluded)", () => {
  it("cluster means pool the ratings and leave 'niet van toepassing' out", async () => {
    const perActivity = await development(F());
    const congres = shapeDevelopment(perActivity, labels, def).find((a) => a.activity === "congres")!;
    expect(congres.n).toBe(2);
    const cluster = (id: string) => congres.clusters.rows.find((x) => x.code === id);
    expect(cluster("houding")?.values.mean).toBe(3.25); // (4 + 3 + 2 + 4) / 4, the 0 left out
    expect(cluster("houding")?.ns.mean).toBe(4);
    expect(cluster("kennis")?.values.mean).toBe(2);
    expect(cluster("maatschappij")?.values.mean).toBeNull();
    const items = perActivity.find((a) => a.activity === "congres")!.items;
    expect(items.find((x) => x.variable === "p2_dev_nieuwsgierigheid")).toMatchObject({ n: 1, sum: 4, missing: 1 });
    expect(congres.top.rows.map((x) => [x.code, x.values.mean])).toEqual([
      ["nieuwsgierigheid", 4], ["erkennen_verschillen", 3], ["open_minded", 3], ["kennis_talen", 2],
    ]);
  });

  it("flow mode filter keeps only the sequential respondent", async () => {
    const congres = shapeDevelopment(await development(F({ flowMode: "sequential" })), labels, def).find((a) => a.activity === "congres")!;
    expect(congres.n).toBe(1);
    expect(congres.clusters.rows.find((x) => x.code === "houding")?.values.mean).toBe(3);
  });
});

describe("sample (Figuur 1–4, Tabel 2)", () => {
  it("counts per wave, finished only by default", async () => {
    const s = shapeSample(await r.sampleCounts(db, surveyId, F()), labels);
    expect(s.figure1.series.map((x) => [x.key, x.n])).toEqual([["2020", 1], ["2023", 4]]);
    const docent = s.figure1.rows.find((x) => x.code === "docent")!;
    expect(docent.ns).toEqual({ "2020": 0, "2023": 3 });
    expect(docent.values["2023"]).toBe(75);
    expect(s.figure3p1.rows.map((x) => [x.code, x.ns["2023"], x.ns["2020"]])).toEqual([["stage", 2, 0], ["online", 1, 0], ["meertalig", 0, 1]]);
    expect(s.figure3p2.series.find((x) => x.key === "2023")?.n).toBe(2);
    expect(s.figure4.series[0].n).toBe(4);
    expect(s.table2.ranks[0].map((c) => c?.code)).toEqual(["meertalig", "online", "stage"]);
    expect(s.table2.ranks[1].map((c) => c?.code)).toEqual([undefined, "stage", undefined]);
  });

  it("includes partial respondents and applies wave filters", async () => {
    const partial = shapeSample(await r.sampleCounts(db, surveyId, F({ includePartial: "1" })), labels);
    expect(partial.figure1.rows.find((x) => x.code === "leerkracht")?.ns["2023"]).toBe(1);
    expect(partial.figure3p1.rows.find((x) => x.code === "stage")?.ns["2023"]).toBe(3);
    const w2023 = shapeSample(await r.sampleCounts(db, surveyId, F({ wave: "2023" })), labels);
    expect(w2023.figure1.series.map((x) => x.key)).toEqual(["2023"]);
    expect(w2023.figure4.series[0].n).toBe(3);
  });
});

describe("monitoring", () => {
  it("totals and finish rate count live responses only", async () => {
    const t = shapeTotals(await m.monitoringTotals(db, surveyId));
    expect(t.overall).toEqual({ started: 5, finished: 4, finishRate: 80, p1Finished: 3, p2Finished: 2 });
    expect(t.byMode.map((x) => [x.key, x.started, x.finished])).toEqual([["choice", 4, 3], ["sequential", 1, 1]]);
  });

  it("funnel: reached and stopped per page, split by mode and chosen part", async () => {
    const f = shapeFunnels(await m.monitoringFunnel(db, surveyId), labels);
    const choice = f.byMode.find((x) => x.key === "choice")!;
    const step = (page: string) => choice.steps.find((s) => s.page === page);
    expect(choice.started).toBe(4);
    expect(step("p1_factors")).toMatchObject({ reached: 3, stopped: 0 });
    expect(step("p1_top5")).toMatchObject({ reached: 3, stopped: 1 });
    expect(step("p1_other")).toMatchObject({ reached: 2, stopped: 0 });
    expect(step("p2_dev")).toMatchObject({ reached: 1, stopped: 0 });
    expect(f.byPart.map((x) => [x.key, x.started])).toEqual([["p1", 3], ["p2", 1]]);
  });

  it("a response back on a page it already submitted counts once for that page", async () => {
    const [r3] = await db.query<{ id: string }>(`SELECT id FROM response WHERE survey_id = $1 AND sector = 'vo'`, [surveyId]).then((x) => x.rows);
    await db.query(`INSERT INTO page_visit (response_id, page_id, entered_at, submitted_at, duration_ms) VALUES ($1, 'p1_top5', now(), now(), 1000)`, [r3.id]);
    try {
      const choice = shapeFunnels(await m.monitoringFunnel(db, surveyId), labels).byMode.find((x) => x.key === "choice")!;
      expect(choice.steps.find((s) => s.page === "p1_top5")).toMatchObject({ reached: 3, stopped: 1 });
    } finally {
      await db.query(`DELETE FROM page_visit WHERE response_id = $1 AND page_id = 'p1_top5'`, [r3.id]);
    }
  });

  it("median completion time and per page", async () => {
    const times = await m.monitoringCompletionTime(db, surveyId);
    expect(times.find((x) => x.flow_mode === null)).toMatchObject({ n: 4, median_s: 1500 }); // 10, 20, 30, 40 min
    const pages = await m.monitoringPageTimes(db, surveyId);
    // bg is page 2 in both flows: 2000 ms × k for k = 1, 2, 3, 5, 6 → median 6000
    expect(pages.find((x) => x.page_id === "bg")).toMatchObject({ n: 5, median_ms: 6000 });
  });

  it("counts per source and sector; watermark moves on a save", async () => {
    const rows = await m.monitoringBreakdowns(db, surveyId);
    expect(rows.find((x) => x.dimension === "source" && x.code === "linkedin")).toMatchObject({ started: 1, finished: 1 });
    expect(rows.find((x) => x.dimension === "sector" && x.code === "mbo")).toMatchObject({ started: 2, finished: 2 });
    const before = await m.liveWatermark(db, surveyId);
    await db.query(`UPDATE response SET updated_at = updated_at + interval '1 second' WHERE survey_id = $1 AND sector = 'vo'`, [surveyId]);
    expect(await m.liveWatermark(db, surveyId)).not.toBe(before);
  });
});
