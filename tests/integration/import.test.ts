import { beforeEach, describe, expect, it } from "vitest";
import { parseFilters } from "@/lib/analysis/filters";
import { codeCounts } from "@/lib/analysis/results";
import { surveyConfig } from "@/lib/survey/config";
import { listWaves } from "@/lib/analysis/service";
import { pool } from "@/lib/db/client";
import { ImportError } from "@/lib/import/errors";
import { ZImportOptions } from "@/lib/import/options";
import { analyseFile, dryRun, importFile, listImports } from "@/lib/import/service";
import { hashIpWithKey } from "@/lib/responses/ip";
import type { TElement } from "@/lib/survey/elements/registry";
import { structure } from "@/lib/survey/engine/structure";
import { convertLegacy } from "@/lib/survey/legacy/convert";
import { toVersionDef } from "@/lib/survey/version/load";
import { ZVersionDef, type TVersionDef } from "@/lib/survey/version/schema";
import { query, resetDb } from "./db";
import { answersByExternalId, fixture, fixtureGrid, SLUG, tableCounts, withTolerantie } from "./import-helpers";
import { legacyDefinitions } from "../support/surveys";

const def = legacyDefinitions[0];
const options = ZImportOptions.parse({ wave: "2020" });
const DEV_LABELS = ["Helemaal niet", "Nauwelijks", "Enigszins", "Behoorlijk", "In sterke mate"];

/** The stored definition in the general model (whichever format it was stored in: the content is what is compared). */
async function storedVersion(versionId: string): Promise<TVersionDef> {
  const [row] = await query<{ definition: unknown }>(`SELECT definition FROM survey_version WHERE id = $1`, [versionId]);
  return toVersionDef(row.definition);
}

const element = (version: TVersionDef, id: string): TElement => version.pages.flatMap((p) => p.elements).find((el) => el.id === id)!;

const toCsv = (grid: string[][]) => grid.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(",")).join("\r\n");

async function importFixture(name: string) {
  const file = fixture(name);
  const analysis = await analyseFile(SLUG, file, options);
  return importFile(SLUG, file, withTolerantie(analysis), options, null);
}

describe("import of the SurveyMonkey fixture", () => {
  beforeEach(resetDb);

  it("suggests a mapping from the texts; only Tolerantie and personal columns stay unmapped", async () => {
    const analysis = await analyseFile(SLUG, fixture("wave2020.csv"), options);
    expect(analysis.layout).toBe("surveymonkey");
    const unmapped = analysis.report.unmappedColumns.map((c) => c.label);
    expect(unmapped.filter((l) => !/Collector ID|Email Address|First Name|Last Name|Custom Data 1/.test(l))).toEqual([
      expect.stringMatching(/In welke mate ontwikkelt.*— Tolerantie$/),
      expect.stringMatching(/Welke vijf competenties.*— Tolerantie$/),
    ]);
    const target = (sub: string) => analysis.mapping.columns.find((c) => analysis.columns[c.index].sub === sub)?.target;
    // 2020 wording differs from the definition, still matched.
    expect(target("Beheersing van een vreemde taal heeft invloed op de verwerving van internationale competenties tijdens een stage in het buitenland.")).toBe("p1_factor_stage_taal");
    expect(target("Kennis van de eigen en andere culturen")).toBe("p1_dev_kennis_culturen");
    const otherText = analysis.mapping.columns.filter((c) => analysis.columns[c.index].sub === "Other (please specify)");
    expect(otherText.map((c) => c.target)).toEqual(["bg_function_other", "p1_other_text"]);
  });

  it("dry run reports and writes nothing", async () => {
    const file = fixture("wave2020.csv");
    const before = await tableCounts();
    const analysis = await analyseFile(SLUG, file, options);
    const report = await dryRun(SLUG, file, withTolerantie(analysis), options);
    expect(report).toMatchObject({ rowCount: 20, completeCount: 15, partialCount: 5, errorCount: 0, warningCount: 0 });
    expect(await tableCounts()).toEqual(before);
  });

  it("imports the CSV as wave 2020 with its own imported definition version, values exact", async () => {
    const before = await tableCounts();
    const result = await importFixture("wave2020.csv");
    expect(result).toMatchObject({ wave: "2020", version: 3, rowCount: 20 });
    const after = await tableCounts();
    expect(after.responses - before.responses).toBe(20);
    expect(after.versions - before.versions).toBe(1);
    expect(after.batches - before.batches).toBe(1);

    const [version] = await query<{ is_imported: boolean; is_active: boolean; wave: string; flow_mode: string; definition: { wave: string; version: number } }>(
      `SELECT is_imported, is_active, wave, flow_mode, definition FROM survey_version WHERE id = $1`,
      [result.versionId],
    );
    expect(version).toMatchObject({ is_imported: true, is_active: false, wave: "2020", flow_mode: "choice" });
    expect(version.definition).toMatchObject({ wave: "2020", version: 3 });
    const [batch] = await query<{ row_count: number; wave: string; mapping: { columns: { target: string }[] } }>(
      `SELECT row_count, wave, mapping FROM import_batch WHERE id = $1`,
      [result.batchId],
    );
    expect(batch.row_count).toBe(20);
    expect(batch.mapping.columns.map((c) => c.target)).toContain("p1_top5_erkennen_verschillen");

    // Every cell of the file, read independently, against the stored answers.
    const [h1, h2, ...rows] = fixtureGrid();
    const stored = await answersByExternalId();
    const p1 = def.parts[0];
    const devIds = def.models.find((m) => m.id === "student")!.clusters.flatMap((c) => c.competences.map((x) => x.id));
    const firstIndex = (text: RegExp) => h1.findIndex((q) => text.test(q));
    const devStart = firstIndex(/^In welke mate ontwikkelt/);
    const topStart = firstIndex(/^Welke vijf competenties/);
    const factorStart = firstIndex(/^Hieronder worden factoren/);
    const factorVars = Object.entries(p1.factors!.sets).flatMap(([a, items]) => items.map((it) => `p1_factor_${a}_${it.id}`));
    let checked = 0;
    for (const row of rows) {
      const got = stored[row[0]] ?? {};
      const bg = (qIndex: number, qid: string) => {
        const q = def.background.find((x) => x.id === qid)!;
        return q.options.find((o) => o.label === row[qIndex])?.code ?? (row[qIndex + 1] ? "anders" : undefined);
      };
      expect(got.bg_function).toBe(bg(9, "bg_function"));
      expect(got.bg_function_other).toBe(row[10] || undefined);
      expect(got.bg_province).toBe(def.background[1].options.find((o) => o.label === row[11])!.code);
      expect(got.bg_sector).toBe(def.background[2].options.find((o) => o.label === row[12])!.code);
      expect(got.p1_activity).toBe(p1.activity.options.find((o) => o.label === row[13])?.code);
      factorVars.forEach((v, j) => expect(got[v]).toBe(row[factorStart + j] === "" ? undefined : Number(row[factorStart + j])));
      devIds.forEach((id, j) => {
        const cell = row[devStart + j];
        expect(got[`p1_dev_${id}`]).toBe(cell ? DEV_LABELS.indexOf(cell) + 1 : undefined);
        expect(got[`p1_top5_${id}`]).toBe(row[topStart + j] ? 1 : undefined);
        checked += 2;
      });
      expect(got.p1_other_text).toBe(row[h2.length - 1] || undefined);
      expect(got.p1_other_anders).toBe(row[h2.length - 1] ? 1 : undefined);
      for (const o of p1.other.options.filter((x) => !x.isOther)) {
        const j = h2.findIndex((s, k) => k > topStart + devIds.length - 1 && s === o.label);
        expect(got[`p1_other_${o.code}`]).toBe(row[j] ? 1 : undefined);
      }
    }
    expect(checked).toBe(20 * devIds.length * 2);

    const [first] = await query<Record<string, unknown>>(
      `SELECT wave, is_imported, external_id, dims, parts_finished, current_page,
         to_char(started_at, 'YYYY-MM-DD HH24:MI:SS') AS started, to_char(finished_at, 'YYYY-MM-DD HH24:MI:SS') AS finished, source
       FROM response WHERE external_id = '11301245000'`,
    );
    // 01/13/2020 08:00:00 AM in Amsterdam (CET) is 07:00 UTC.
    expect(first).toEqual({
      wave: "2020", is_imported: true, external_id: "11301245000",
      dims: { bg_function: "docent", bg_province: "drenthe", bg_sector: "vo", part_choice: "p1", p1_activity: "stage" },
      parts_finished: { p1: "2020-01-13T07:06:00.000Z" }, current_page: "done", started: "2020-01-13 07:00:00",
      finished: "2020-01-13 07:06:00", source: "surveymonkey",
    });
  });

  it("stores the file's own version: what the file has, in its wording, with the live variable names", async () => {
    const result = await importFixture("wave2020.csv");
    const version = await storedVersion(result.versionId);
    const [{ definition }] = await query<{ definition: unknown }>(`SELECT definition FROM survey_version WHERE id = $1`, [result.versionId]);
    expect(ZVersionDef.safeParse(definition).success).toBe(true);
    const vars = structure(version).variables.map((v) => v.name);
    const live = new Set(structure(convertLegacy(def)).variables.map((v) => v.name));
    expect(vars.filter((v) => !live.has(v))).toEqual([]);
    // The 2020 wave asked no consent, had no part 2 and no raffle.
    expect(vars.filter((v) => v === "consent" || v.startsWith("p2_"))).toEqual([]);
    expect(version.parts?.items.map((p) => p.id)).toEqual(["p1"]);
    expect(version.pages.map((p) => p.id)).toEqual(["bg", "p1_activity", "p1_factors", "p1_dev", "p1_top5", "p1_other"]);
    // Question, option and item texts as the file's header rows give them.
    const [h1, h2] = fixtureGrid();
    const dev = element(version, "p1_dev");
    expect(dev).toMatchObject({ text: h1[h1.findIndex((q) => /^In welke mate ontwikkelt/.test(q))] });
    expect("options" in dev && dev.options?.find((o) => o.code === "erkennen_verschillen")?.label).toBe("Tolerantie");
    const factors = element(version, "p1_factor");
    const factorStart = h1.findIndex((q) => /^Hieronder worden factoren/.test(q));
    expect(factors.type === "sliders" && factors.itemsBy?.sets[0].items[0].text).toBe(h2[factorStart]);
    expect(factors).toMatchObject({ text: h1[factorStart] });
  });

  it("a file without some options and items: its version lacks them, and so do its answers", async () => {
    const [h1, h2, ...rows] = fixtureGrid();
    const factorStart = h1.findIndex((q) => /^Hieronder worden factoren/.test(q));
    const online = h2.findIndex((s, i) => i > factorStart && s === "Online internationale samenwerkingsprojecten");
    // The second statement on "stage" and the "online" other activity were not asked in this file.
    const drop = new Set([factorStart + 1, online]);
    const trimmed = [h1, h2, ...rows].map((r) => r.filter((_, i) => !drop.has(i)));
    const file = { name: "wave2020-kort.csv", data: new TextEncoder().encode(toCsv(trimmed)) };
    const analysis = await analyseFile(SLUG, file, options);
    const result = await importFile(SLUG, file, withTolerantie(analysis), options, null);
    const version = await storedVersion(result.versionId);
    const other = element(version, "p1_other");
    const codes = "options" in other ? other.options?.map((o) => o.code) : [];
    expect(codes).not.toContain("online");
    expect(codes).toContain("excursie");
    const stage = def.parts[0].factors!.sets.stage;
    const factors = element(version, "p1_factor");
    const items = factors.type === "sliders" ? factors.itemsBy?.sets.find((s) => s.code === "stage")?.items.map((it) => it.id) : [];
    expect(items).toEqual(stage.filter((_, i) => i !== 1).map((it) => it.id));
    const vars = structure(version).variables.map((v) => v.name);
    expect(vars).not.toContain("p1_other_online");
    expect(vars).not.toContain(`p1_factor_stage_${stage[1].id}`);
    const stored = await query(`SELECT 1 FROM answer WHERE variable IN ('p1_other_online', $1)`, [`p1_factor_stage_${stage[1].id}`]);
    expect(stored).toEqual([]);
  });

  it("is a wave of its own, with the dimension values results group by", async () => {
    const result = await importFixture("wave2020.csv");
    const [{ survey_id: surveyId }] = await query<{ survey_id: string }>(`SELECT survey_id FROM survey_version WHERE id = $1`, [result.versionId]);
    expect(await listWaves(surveyId)).toEqual(["2020", "2023"]);
    const [, , ...rows] = fixtureGrid();
    // Finished = answered the last question (other activities: its option columns and "Other").
    const otherColumns = def.parts[0].other.options.length;
    const finished = rows.filter((r) => r.slice(-otherColumns).some(Boolean));
    const expected: Record<string, number> = {};
    for (const r of finished) {
      const code = def.parts[0].activity.options.find((o) => o.label === r[13])!.code;
      expected[code] = (expected[code] ?? 0) + 1;
    }
    const p1Activities = async (query: Record<string, string>, groupBy: string) => {
      const scope = { surveyId, filters: parseFilters(query), dimensions: surveyConfig(SLUG).dimensions, part: "p1", groupBy };
      const rows = await codeCounts(pool(), scope, "p1_activity");
      return rows.length ? Object.fromEntries(rows.map((r) => [r.code, r.n])) : {};
    };
    expect(await p1Activities({ wave: "2020" }, "wave")).toEqual(expected);
    expect(Object.values(expected).reduce((a, b) => a + b, 0)).toBe(15);
    // Combined view (all waves): the 2020 rows are in it; the 2023 wave has no responses here.
    expect(await p1Activities({}, "total")).toEqual(expected);
    expect(await p1Activities({ wave: "2023" }, "wave")).toEqual({});
  });

  it("partial rows keep their last page and no finish time", async () => {
    await importFixture("wave2020.csv");
    const rows = await query<{ external_id: string; current_page: string; parts_finished: Record<string, string>; finished_at: Date | null }>(
      `SELECT external_id, current_page, parts_finished, finished_at FROM response WHERE is_imported ORDER BY external_id`,
    );
    const byRow = (i: number) => rows.find((r) => r.external_id === String(11301245000 + i * 7919))!;
    // Fixture rows 4, 7, 9, 13, 16 stopped after factors, bg, top5, dev and activity.
    expect([4, 7, 9, 13, 16].map((i) => byRow(i).current_page)).toEqual(["p1_dev", "p1_activity", "p1_other", "p1_top5", "p1_factors"]);
    for (const i of [4, 7, 9, 13, 16]) expect(byRow(i)).toMatchObject({ parts_finished: {}, finished_at: null });
    expect(rows.filter((r) => r.finished_at !== null)).toHaveLength(15);
  });

  it("stores IP addresses only as the keyed hash", async () => {
    await importFixture("wave2020.csv");
    const key = process.env.IP_HASH_KEY!;
    const rows = await query<{ external_id: string; ip_hash: string }>(`SELECT external_id, ip_hash FROM response WHERE is_imported`);
    const [, , ...fileRows] = fixtureGrid();
    for (const row of fileRows) {
      expect(rows.find((r) => r.external_id === row[0])?.ip_hash).toBe(hashIpWithKey(row[4], key));
    }
    // Two respondents shared an address: same hash, usable for the duplicate check.
    expect(new Set(rows.map((r) => r.ip_hash)).size).toBe(19);
    const leaks = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (
         SELECT r::text AS t FROM response r UNION ALL SELECT a::text FROM answer a UNION ALL SELECT b::text FROM import_batch b
         UNION ALL SELECT v.definition::text FROM survey_version v) x
       WHERE t LIKE ANY($1::text[])`,
      [fileRows.map((r) => `%${r[4]}%`)],
    );
    expect(leaks[0].n).toBe(0);
  });

  it("reads the XLSX fixture to the same values as the CSV", async () => {
    await importFixture("wave2020.csv");
    const fromCsv = await answersByExternalId();
    const csvTimes = await query(`SELECT external_id, started_at, updated_at, finished_at, current_page, ip_hash FROM response WHERE is_imported ORDER BY external_id`);
    await resetDb();
    await importFixture("wave2020.xlsx");
    expect(await answersByExternalId()).toEqual(fromCsv);
    expect(await query(`SELECT external_id, started_at, updated_at, finished_at, current_page, ip_hash FROM response WHERE is_imported ORDER BY external_id`)).toEqual(csvTimes);
  });

  it("rolls back everything when the database fails halfway through the transaction", async () => {
    // Fault injection: the last statement of the import (the answers) fails.
    await query(`CREATE FUNCTION fail_answer() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.variable = 'p1_other_text' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$`);
    await query(`CREATE TRIGGER fail_answer BEFORE INSERT ON answer FOR EACH ROW EXECUTE FUNCTION fail_answer()`);
    try {
      const before = await tableCounts();
      await expect(importFixture("wave2020.csv")).rejects.toThrow(/simulated failure/);
      expect(await tableCounts()).toEqual(before);
    } finally {
      await query(`DROP TRIGGER fail_answer ON answer`);
      await query(`DROP FUNCTION fail_answer()`);
    }
  });

  it("refuses to import the same respondents twice, and a wave of the live fieldwork", async () => {
    await importFixture("wave2020.csv");
    const before = await tableCounts();
    await expect(importFixture("wave2020.csv")).rejects.toThrow(/20 fout/);
    const file = fixture("wave2020.csv");
    const report = await dryRun(SLUG, file, withTolerantie(await analyseFile(SLUG, file, options)), options);
    expect(report.errors[0]).toMatchObject({ row: 3, message: expect.stringMatching(/al geïmporteerd/) });
    await expect(importFile(SLUG, file, { columns: [] }, { ...options, wave: "2023" }, null)).rejects.toThrow(/lopende veldwerk/);
    expect(await tableCounts()).toEqual(before);
  });
});

describe("import batches and their versions", () => {
  beforeEach(resetDb);
  const options2021 = ZImportOptions.parse({ wave: "2021" });
  /** The fixture with other respondent IDs, as a second file of another wave. */
  function secondFile() {
    const [h1, h2, ...rows] = fixtureGrid();
    return { name: "wave2021.csv", data: new TextEncoder().encode(toCsv([h1, h2, ...rows.map((r) => [`9${r[0]}`, ...r.slice(1)])])) };
  }
  const importSecond = async (userId: string | null) => {
    const file = secondFile();
    return importFile(SLUG, file, withTolerantie(await analyseFile(SLUG, file, options2021)), options2021, userId);
  };

  it("lists a survey's imports newest first, with their version, file, what is stored of them now and when", async () => {
    const first = await importFixture("wave2020.csv");
    const researcher = "00000000-0000-4000-8000-0000000000aa";
    const second = await importSecond(researcher);
    expect([first.version, second.version]).toEqual([3, 4]);
    await query(`UPDATE import_batch SET created_at = '2020-02-03 10:04:59.999' WHERE id = $1`, [first.batchId]);
    // Two finished responses of the first import are deleted since.
    await query(
      `DELETE FROM response WHERE id IN (SELECT id FROM response WHERE import_batch_id = $1 AND finished_at IS NOT NULL LIMIT 2)`,
      [first.batchId],
    );
    const [stored] = await query<{ created: string; created_by_id: string; age: string }>(
      `SELECT to_char(created_at, 'YYYY-MM-DD HH24:MI') AS created, created_by_id, EXTRACT(EPOCH FROM LOCALTIMESTAMP - created_at) AS age
         FROM import_batch WHERE id = $1`,
      [second.batchId],
    );
    expect(stored.created_by_id).toBe(researcher);
    expect(Number(stored.age)).toBeGreaterThanOrEqual(0);
    expect(Number(stored.age)).toBeLessThan(60);
    // Timestamp columns are read as UTC: the stored wall clock to the minute.
    const minute = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ");
    expect((await listImports(SLUG)).map((b) => ({ ...b, createdAt: minute(b.createdAt) }))).toEqual([
      { id: second.batchId, fileName: "wave2021.csv", wave: "2021", version: 4, rowCount: 20, responses: 20, finished: 15, createdAt: stored.created, createdBy: null },
      { id: first.batchId, fileName: "wave2020.csv", wave: "2020", version: 3, rowCount: 20, responses: 18, finished: 13, createdAt: "2020-02-03 10:04", createdBy: null },
    ]);
    expect(await listImports("voorbeeld-alle-elementen")).toEqual([]);
    expect(await listImports("bestaat-niet")).toEqual([]);
  });

  it("stores the version and the batch in the import's transaction, both dated at its start", async () => {
    const result = await importFixture("wave2020.csv");
    const [row] = await query<{ is_same_time: boolean; file_name: string; created_by_id: string | null; mapping_layout: string }>(
      `SELECT b.created_at = v.created_at AS is_same_time, b.file_name, b.created_by_id, b.mapping->>'layout' AS mapping_layout
         FROM import_batch b JOIN survey_version v ON v.id = b.version_id WHERE b.id = $1`,
      [result.batchId],
    );
    expect(row).toEqual({ is_same_time: true, file_name: "wave2020.csv", created_by_id: null, mapping_layout: "surveymonkey" });
  });

  it("two imports into one survey at the same moment take the next free version numbers, one after the other", async () => {
    const [a, b] = await Promise.all([importFixture("wave2020.csv"), importSecond(null)]);
    expect([a.version, b.version].sort()).toEqual([3, 4]);
    const versions = await query<{ version: number; wave: string; is_imported: boolean }>(
      `SELECT version, wave, is_imported FROM survey_version WHERE id = ANY($1::uuid[]) ORDER BY version`,
      [[a.versionId, b.versionId]],
    );
    expect(versions.map((v) => v.is_imported)).toEqual([true, true]);
    expect(versions.map((v) => v.wave).sort()).toEqual(["2020", "2021"]);
    expect((await tableCounts()).batches).toBe(2);
  });
});

describe("bad input imports nothing", () => {
  beforeEach(resetDb);

  async function expectNothingImported(file: { name: string; data: Uint8Array }, message: RegExp) {
    const before = await tableCounts();
    await expect(analyseFile(SLUG, file, options)).rejects.toThrow(message);
    await expect(importFile(SLUG, file, { columns: [] }, options, null)).rejects.toBeInstanceOf(ImportError);
    expect(await tableCounts()).toEqual(before);
  }

  it("a truncated CSV", async () => {
    const { data } = fixture("wave2020.csv");
    await expectNothingImported({ name: "wave2020.csv", data: data.subarray(0, Math.floor(data.length * 0.6)) }, /afgekapt/);
  });

  it("a CSV cut inside a quoted value", async () => {
    const text = Buffer.from(fixture("wave2020.csv").data).toString("utf8");
    const cut = text.indexOf('"Kritisch op eigen sociale positie', 5000) + 10;
    await expectNothingImported({ name: "x.csv", data: new TextEncoder().encode(text.slice(0, cut)) }, /afgekapt/);
  });

  it("a truncated XLSX", async () => {
    const { data } = fixture("wave2020.xlsx");
    await expectNothingImported({ name: "wave2020.xlsx", data: data.subarray(0, Math.floor(data.length / 2)) }, /beschadigd of afgekapt/);
  });

  it("a malformed CSV (rows of different widths in the middle)", async () => {
    const lines = Buffer.from(fixture("wave2020.csv").data).toString("utf8").split("\r\n");
    lines[5] = lines[5].split(",").slice(0, 20).join(",");
    await expectNothingImported({ name: "x.csv", data: new TextEncoder().encode(lines.join("\r\n")) }, /Rij 6 heeft 20 kolommen.*beschadigd/);
  });

  it("a wrong file: an image, and a CSV of something else", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    await expectNothingImported({ name: "foto.png", data: png }, /geen tekstbestand/);
    await expectNothingImported({ name: "adressen.csv", data: new TextEncoder().encode("Naam,Straat,Plaats\nJan,Dorpsstraat 1,Utrecht\n") }, /Onbekende indeling/);
    await expectNothingImported({ name: "leeg.csv", data: new Uint8Array() }, /leeg/);
  });

  it("invalid values: reported with row numbers, and the import refuses", async () => {
    const file = fixture("wave2020.csv");
    const analysis = await analyseFile(SLUG, file, options);
    const mapping = withTolerantie(analysis);
    // Map the province column onto the sector question: every value is wrong.
    const province = analysis.columns.findIndex((c) => /provincie/.test(c.question));
    mapping.columns[province] = { index: province, target: "bg_sector" };
    // The sector column itself is set aside on purpose ("niet importeren"), as the UI would.
    mapping.columns = mapping.columns.map((c) => (/sector/.test(analysis.columns[c.index].question) ? { index: c.index, target: null, skip: true as const } : c));
    const report = await dryRun(SLUG, file, mapping, options);
    expect(report.errorCount).toBe(20);
    expect(report.errors[0]).toMatchObject({ row: 3, value: expect.any(String), message: expect.stringMatching(/bg_sector/) });
    const before = await tableCounts();
    await expect(importFile(SLUG, file, mapping, options, null)).rejects.toThrow(/20 fout.*niets geïmporteerd/);
    expect(await tableCounts()).toEqual(before);
  });

  it("a mapping to an unknown variable", async () => {
    const file = fixture("wave2020.csv");
    await expect(dryRun(SLUG, file, { columns: [{ index: 9, target: "p9_bestaat_niet" }] }, options)).rejects.toThrow(/Onbekend doel/);
    await expect(dryRun(SLUG, file, { columns: [{ index: 5, target: "_respondent_id" }] }, options)).rejects.toThrow(/persoonsgegevens/);
  });
});
