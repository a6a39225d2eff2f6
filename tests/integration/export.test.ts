import { beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { parseFilters } from "@/lib/analysis/filters";
import { exportResponse } from "@/lib/export/http";
import { exportRows, findSurvey } from "@/lib/export/query";
import { query, resetDb } from "./db";
import {
  download, finishedPart1, finishedPart2, P1_FIVE, P2_FIVE, parseCsv, partialPart2, SLUG, TRICKY_TEXT, unzip, wideRecords,
} from "./export-fixture";

type TIds = { a: string; b: string; c: string; d: string };
let ids: TIds;
let orderA: string[];

const csvOf = async (format: "csv-wide" | "csv-long", filters: Record<string, string> = {}) =>
  (await download(format, filters)).data.toString("utf8");

describe("exports on a real database", () => {
  beforeAll(async () => {
    await resetDb();
    const a = await finishedPart1("192.0.2.1");
    const b = await finishedPart2({ p2_dev_open_minded: 0, p2_dev_nieuwsgierigheid: 4, p2_dev_kennis_talen: 2 }, "192.0.2.2");
    const c = await partialPart2();
    const d = await finishedPart2({ p2_dev_open_minded: 2, p2_dev_nieuwsgierigheid: 3 }, "192.0.2.1");
    // Distinct start times so the file order (oldest first) is defined.
    for (const [i, id] of [a.id, b.id, c.id, d.id].entries()) {
      await query(`UPDATE response SET started_at = started_at - make_interval(mins => $2) WHERE id = $1`, [id, 40 - i * 10]);
    }
    ids = { a: a.id, b: b.id, c: c.id, d: d.id };
    const [row] = await query<{ display_order: { p1: string[] } }>(`SELECT display_order FROM response WHERE id = $1`, [a.id]);
    orderA = row.display_order.p1;
  });

  it("CSV wide: finished responses, numeric codes, free text intact, dichotomies and the shown order", async () => {
    const file = await download("csv-wide");
    expect(file.fileName).toBe("internationale-competenties_20261128-1000.csv");
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    const text = file.data.toString("utf8");
    expect(text.startsWith("\uFEFFresponse_id,external_id,wave,definition_version,flow_mode,")).toBe(true);
    const rows = wideRecords(text);
    expect(rows.map((r) => r.response_id)).toEqual([ids.a, ids.b, ids.d]);
    const a = rows[0];
    expect(a).toMatchObject({
      wave: "2023", definition_version: "1", flow_mode: "2", source: "nieuwsbrief", is_finished: "1", is_imported: "0",
      is_duplicate: "0", last_page: "done", consent: "1",
      bg_function: "8", bg_function_other: TRICKY_TEXT, bg_province: "3", bg_sector: "3", part_choice: "1", extra_part: "",
      p1_activity: "1", p1_factor_stage_taal: "8", p1_factor_stage_duur: "0", p1_factor_stage_alleen: "",
      p1_factor_online_taal: "", p1_dev_open_minded: "5", p1_dev_zelfstandigheid: "4", p1_dev_nieuwsgierigheid: "",
      p1_other_excursie: "1", p1_other_anders: "1", p1_other_gastspreker: "0", p1_other_geen: "0",
      p1_other_stage: "", // hidden: the respondent's own activity
      p1_other_text: "Buddy's uit het buitenland",
      p2_activity: "", p2_dev_open_minded: "", p2_top5_open_minded: "", p2_other_geen: "", p2_order: "",
      p1_order: orderA.join(";"), p1_finished_at: a.finished_at, p2_finished_at: "",
    });
    expect(a.started_at).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(Number(a.duration_sec)).toBeGreaterThanOrEqual(40 * 60 - 5);
    for (const c of orderA) expect(a[`p1_pos_${c}`]).toBe(String(orderA.indexOf(c) + 1));
    const top5 = Object.entries(a).filter(([k]) => k.startsWith("p1_top5_"));
    expect(top5).toHaveLength(34);
    expect(top5.filter(([, v]) => v === "1").map(([k]) => k.slice(8)).sort()).toEqual([...P1_FIVE].sort());
    expect(top5.filter(([, v]) => v === "0")).toHaveLength(29);

    const b = rows[1];
    expect(b).toMatchObject({
      bg_function: "2", bg_sector: "4", part_choice: "2", p2_activity: "4", // congres is the 4th option
      p2_dev_open_minded: "0", p2_dev_nieuwsgierigheid: "4", p2_dev_kennis_talen: "2", p2_dev_reflectief: "",
      p2_other_geen: "1", p2_other_lesgeven: "0", p2_other_congres: "", p2_other_text: "", p1_top5_open_minded: "",
      is_duplicate: "0",
    });
    expect(P2_FIVE.every((c) => b[`p2_top5_${c}`] === "1")).toBe(true);
    expect(rows[2].is_duplicate).toBe("1"); // same IP hash as response a, later
  });

  it("includes partial responses with their last page when asked", async () => {
    const rows = wideRecords(await csvOf("csv-wide", { includePartial: "true" }));
    expect(rows.map((r) => r.response_id)).toEqual([ids.a, ids.b, ids.c, ids.d]);
    expect(rows[2]).toMatchObject({
      is_finished: "0", last_page: "p2_top5", finished_at: "", p2_activity: "1", p2_dev_open_minded: "3",
      p2_top5_open_minded: "", p2_other_geen: "", bg_sector: "1",
    });
    expect(rows[2].p2_order.split(";")).toHaveLength(39);
  });

  it("applies the dashboard filters", async () => {
    const ho = wideRecords(await csvOf("csv-wide", { sectorGroup: "ho" }));
    expect(ho.map((r) => r.response_id)).toEqual([ids.b, ids.d]);
    expect(wideRecords(await csvOf("csv-wide", { flowMode: "sequential" }))).toEqual([]);
    expect(wideRecords(await csvOf("csv-wide", { wave: "2023", sectorGroup: "po_vo", includePartial: "1" })).map((r) => r.response_id)).toEqual([ids.c]);
  });

  it("CSV long: one line per response × answered item, with value labels", async () => {
    const [header, ...rows] = parseCsv(await csvOf("csv-long"));
    expect(header).toEqual(["response_id", "wave", "definition_version", "is_finished", "page", "variable", "value", "value_label"]);
    const ofA = rows.filter((r) => r[0] === ids.a);
    const get = (v: string) => ofA.find((r) => r[5] === v);
    expect(get("bg_function")).toEqual([ids.a, "2023", "1", "1", "bg", "bg_function", "8", "Anders, namelijk"]);
    expect(get("bg_function_other")?.[6]).toBe(TRICKY_TEXT);
    expect(get("p1_top5_open_minded")?.slice(6)).toEqual(["1", "Gekozen"]);
    expect(get("p1_top5_reflectief")?.slice(6)).toEqual(["0", "Niet gekozen"]);
    expect(get("p1_factor_stage_alleen")).toBeUndefined();
    expect(get("p1_other_stage")).toBeUndefined();
    expect(get("p1_order")).toBeUndefined();
    expect(rows.find((r) => r[0] === ids.b && r[5] === "p2_dev_open_minded")?.slice(6)).toEqual(["0", "Niet van toepassing"]);
  });

  it("never exports the raffle e-mail address", async () => {
    expect(await query(`SELECT 1 FROM raffle_entry`)).toHaveLength(1);
    for (const format of ["csv-wide", "csv-long", "codebook-json", "codebook-html"] as const) {
      expect((await download(format, { includePartial: "true" })).data.toString("utf8")).not.toContain("example.org");
    }
    for (const format of ["xlsx", "spss", "r"] as const) {
      for (const [, content] of unzip((await download(format, { includePartial: "true" })).data)) {
        expect(content.toString("utf8")).not.toContain("example.org");
      }
    }
  });

  it("codebook JSON: labels, value labels with codes, missing values and levels", async () => {
    const book = JSON.parse((await download("codebook-json")).data.toString("utf8"));
    const byName = new Map(book.variables.map((v: { name: string }) => [v.name, v]));
    expect(book.versions).toEqual([{ version: 2, wave: "2023", flowMode: "sequential" }, { version: 1, wave: "2023", flowMode: "choice" }]);
    expect(byName.get("p2_dev_open_minded")).toMatchObject({
      label: "Deel 2 ontwikkeling: Open-minded", type: "numeric", level: "ordinal", missingValues: [0],
    });
    expect(byName.get("bg_sector")).toMatchObject({
      level: "nominal",
      valueLabels: [
        { value: 1, label: "Primair onderwijs (po)", code: "po" }, { value: 2, label: "Voortgezet onderwijs (vo)", code: "vo" },
        { value: 3, label: "Middelbaar beroepsonderwijs (mbo)", code: "mbo" }, { value: 4, label: "Hoger beroepsonderwijs (hbo)", code: "hbo" },
        { value: 5, label: "Wetenschappelijk onderwijs (wo)", code: "wo" },
      ],
    });
    expect(byName.get("p1_factor_stage_taal")).toMatchObject({ level: "scale", type: "numeric" });
    const header = parseCsv(await csvOf("csv-wide"))[0];
    expect(header).toEqual(book.variables.map((v: { name: string }) => v.name));
  });

  it("releases its database connection when a download stops early", async () => {
    const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
    try {
      const survey = (await findSurvey(db, SLUG))!;
      for await (const batch of exportRows(db, survey, parseFilters({ includePartial: "true" }), 2)) {
        expect(batch).toHaveLength(2);
        break; // the next batch is already requested: it must be awaited and the cursor closed
      }
      const { rows } = await db.query<{ n: number }>("SELECT 1 AS n");
      expect(rows[0].n).toBe(1);
      expect(db.totalCount).toBe(1);
    } finally {
      await db.end();
    }
  });

  it("HTTP: streams with a download name; bad filters or format are a 400 with a clear message", async () => {
    const ok = await exportResponse(SLUG, new URLSearchParams("format=csv-wide&sectorGroup=ho"));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-disposition")).toMatch(/^attachment; filename="internationale-competenties_ho_\d{8}-\d{4}\.csv"$/);
    expect(wideRecords(await ok.text())).toHaveLength(2);

    const badSector = await exportResponse(SLUG, new URLSearchParams("format=csv-wide&sectorGroup=hbo"));
    expect(badSector.status).toBe(400);
    expect((await badSector.json()).error).toContain("sectorGroup: po_vo, mbo of ho.");
    const badFormat = await exportResponse(SLUG, new URLSearchParams("format=sav"));
    expect(badFormat.status).toBe(400);
    expect((await badFormat.json()).error).toContain("format: kies uit csv-wide");
    const unknownParam = await exportResponse(SLUG, new URLSearchParams("format=xlsx&sector=hbo"));
    expect(unknownParam.status).toBe(400);
    const badWave = await exportResponse(SLUG, new URLSearchParams("wave=2023;drop"));
    expect(badWave.status).toBe(400);
    expect((await badWave.json()).error).toContain("Ongeldige wave.");
    const unknownSurvey = await exportResponse("bestaat-niet", new URLSearchParams("format=csv-wide"));
    expect(unknownSurvey.status).toBe(404);
  });
});
