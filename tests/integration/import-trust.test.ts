import { beforeEach, describe, expect, it } from "vitest";
import { ImportError } from "@/lib/import/errors";
import type { TImportMapping } from "@/lib/import/mapping";
import { ZImportOptions } from "@/lib/import/options";
import { analyseFile, dryRun, importFile, type TAnalysis } from "@/lib/import/service";
import { query, resetDb } from "./db";
import { answersByExternalId, fixture, SLUG, tableCounts, withTolerantie } from "./import-helpers";

/**
 * Imports a researcher can trust, on the real database: a mapping that leaves answers out, a file
 * without its second header row, and other layouts and encodings of the same data. Whenever the
 * dry run has errors, nothing is stored: no response, version, batch or audit event.
 */
const options = ZImportOptions.parse({ wave: "2020" });
const auditCount = async () => (await query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event`))[0].n;
const stored = async () => ({ ...(await tableCounts()), audit: await auditCount() });

function columnsOf(analysis: TAnalysis, question: RegExp) {
  return analysis.columns.filter((c) => question.test(c.question)).map((c) => c.index);
}
const unmap = (m: TImportMapping, indexes: number[], skip?: true) => ({
  columns: m.columns.map((c) => (indexes.includes(c.index) ? { index: c.index, target: null, ...(skip ? { skip } : {}) } : c)),
});

beforeEach(resetDb);

describe("a mapping that leaves the activity and the factor statements out", () => {
  it("fails the dry run and the import stores nothing (before: 0 errors, 20 rows stored with N = 0 factor figures)", async () => {
    const file = fixture("wave2020.csv");
    const analysis = await analyseFile(SLUG, file, options);
    const left = [...columnsOf(analysis, /^Over welke internationaliseringsactiviteit/), ...columnsOf(analysis, /^Hieronder worden factoren/)];
    const mapping = unmap(withTolerantie(analysis), left);
    const before = await stored();
    const report = await dryRun(SLUG, file, mapping, options);
    expect(report.errorCount).toBe(3);
    expect(report.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^Vraag “Over welke internationaliseringsactiviteit.*kolom 14 met antwoorden is niet gekoppeld/),
      expect.stringMatching(/^Vraag “Hieronder worden factoren.*31 kolommen 15–45 met antwoorden zijn niet gekoppeld/),
      expect.stringMatching(/\(p1_activity\) is niet gekoppeld, maar bepaalt wat respondenten/),
    ]);
    await expect(importFile(SLUG, file, mapping, options, null)).rejects.toThrow(/De proefimport vond 3 fout\(en\); er is niets geïmporteerd/);
    await expect(importFile(SLUG, file, unmap(withTolerantie(analysis), left, true), options, null)).rejects.toThrow(/1 fout/);
    expect(await stored()).toEqual(before);
  });

  it("columns marked “niet importeren” stay out, and the batch records that choice", async () => {
    const file = fixture("wave2020.csv");
    const analysis = await analyseFile(SLUG, file, options);
    const factors = columnsOf(analysis, /^Hieronder worden factoren/);
    const result = await importFile(SLUG, file, unmap(withTolerantie(analysis), factors, true), options, null);
    expect(result.rowCount).toBe(20);
    const [batch] = await query<{ mapping: { columns: { index: number; target: string | null; skip?: true }[] } }>(
      `SELECT mapping FROM import_batch WHERE id = $1`,
      [result.batchId],
    );
    expect(batch.mapping.columns.filter((c) => c.skip).map((c) => c.index)).toEqual(factors);
    expect(await query(`SELECT 1 FROM answer WHERE variable LIKE 'p1\\_factor\\_%'`)).toEqual([]);
  });
});

describe("a SurveyMonkey file without its second header row", () => {
  it("is refused before anything is read as an answer; nothing is stored", async () => {
    const file = fixture("wave2020-zonder-kopregel2.csv");
    const before = await stored();
    await expect(analyseFile(SLUG, file, options)).rejects.toThrow(/tweede kopregel van de SurveyMonkey-export ontbreekt/);
    await expect(importFile(SLUG, file, { columns: [{ index: 5, target: null }] }, options, null)).rejects.toBeInstanceOf(ImportError);
    expect(await stored()).toEqual(before);
  });
});

describe("other layouts, wordings and encodings of the same data", () => {
  async function importAs(name: string, data?: Uint8Array) {
    const file = data ? { name, data } : fixture(name);
    const analysis = await analyseFile(SLUG, file, options);
    expect(analysis.report.unmappedColumns.filter((c) => !c.isPersonal).map((c) => c.label)).toEqual([
      expect.stringMatching(/— Tolerantie$/),
      expect.stringMatching(/— Tolerantie$/),
    ]);
    await importFile(SLUG, file, withTolerantie(analysis), options, null);
    const answers = await answersByExternalId();
    await resetDb();
    return answers;
  }

  it("per-statement sliders, older labels with “Anders (graag specificeren)”, and UTF-16 tab-delimited text give the answers of wave2020.csv", async () => {
    const expected = await importAs("wave2020.csv");
    expect(Object.keys(expected)).toHaveLength(20);
    expect(await importAs("wave2020-sliders.csv")).toEqual(expected);
    expect(await importAs("wave2020-oud.csv")).toEqual(expected);
    // Excel's "Unicode-tekst": UTF-16 little-endian with a byte order mark, tab-delimited.
    const { parse } = await import("csv-parse/sync");
    const grid = parse(Buffer.from(fixture("wave2020.csv").data).toString("utf8")) as string[][];
    const text = grid.map((r) => r.map((c) => (/[\t"\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join("\t")).join("\r\n");
    const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    expect(await importAs("wave2020.txt", utf16)).toEqual(expected);
  });
});
