import { describe, expect, it } from "vitest";
import { EXPORT, EXPORT_FORMAT_EN } from "@/lib/i18n/admin/export";
import { EXPERIMENT, FIELDWORK, LINKS, RAFFLE, SHARE } from "@/lib/i18n/admin/fieldwork";
import { IMPORT } from "@/lib/i18n/admin/import";
import { RESPONSES } from "@/lib/i18n/admin/responses";
import { EXPORT_FORMATS, FORMAT_INFO } from "@/lib/export/formats";

/**
 * The fieldwork and data tabs' catalogues: every text has its English, and the English is not
 * the Dutch left in place (except names and words that are the same in both languages).
 */
const CATALOGUES = { EXPORT, IMPORT, RESPONSES, LINKS, EXPERIMENT, RAFFLE, SHARE, FIELDWORK };
/** Keys whose text is the same in both languages: names, and words English shares with Dutch. */
const SAME = new Set([
  "EXPORT.title", "EXPORT.download", "IMPORT.colWave", "IMPORT.wave", "RESPONSES.factStatus", "RESPONSES.colStatus", "RESPONSES.testTag",
  "RESPONSES.test", "RESPONSES.wave", "RESPONSES.filterTest", "LINKS.title", "LINKS.colLink", "LINKS.colStatus", "LINKS.toggleLabel", "EXPERIMENT.title",
  "EXPERIMENT.monitoring", "RAFFLE.colSeed", "SHARE.colLink", "SHARE.colFilters",
]);

/** A sample of every value: strings as they are, functions called with sample arguments. */
function sample(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") {
    const row = { finishedAt: null, currentPage: "p1", isExcluded: false, isTest: false, reviewedAt: null };
    // Arguments by what the text does with them: a response row, a list of column numbers, numbers and names.
    if (/\br\.\w/.test(String(value))) return [String(value(row))];
    if (/\.map\(/.test(String(value))) return [String(value(2, [1, 2]))];
    return [String(value(...Array.from({ length: value.length }, (_, i) => (i === 0 ? 2 : "x"))))];
  }
  if (value && typeof value === "object") return Object.values(value).flatMap(sample);
  throw new Error(`unexpected value ${String(value)}`);
}

describe("the fieldwork and data tabs in Dutch and English", () => {
  for (const [name, cat] of Object.entries(CATALOGUES)) {
    it(`${name}: the same keys, no empty text, English that differs from the Dutch`, () => {
      expect(Object.keys(cat.en).sort()).toEqual(Object.keys(cat.nl).sort());
      for (const key of Object.keys(cat.nl)) {
        const nl = sample((cat.nl as Record<string, unknown>)[key]);
        const en = sample((cat.en as Record<string, unknown>)[key]);
        expect(en.length, `${name}.${key}`).toBe(nl.length);
        for (const text of [...nl, ...en]) expect(text.trim(), `${name}.${key}`).not.toBe("");
        if (SAME.has(`${name}.${key}`)) continue;
        nl.forEach((text, i) => {
          if (text.length > 3) expect(en[i], `${name}.${key}`).not.toBe(text);
        });
      }
    });
  }

  it("gives every export format an English name and description", () => {
    for (const format of EXPORT_FORMATS) {
      expect(EXPORT_FORMAT_EN[format].title.trim()).not.toBe("");
      expect(EXPORT_FORMAT_EN[format].description).not.toBe(FORMAT_INFO[format].description);
    }
  });

  it("keeps the list's Dutch labels as lib/responses/review.ts makes them", async () => {
    const { progressLabel, reviewLabel } = await import("@/lib/responses/review");
    const rows = [
      { finishedAt: null, currentPage: "p2", isExcluded: false, isTest: false, reviewedAt: null },
      { finishedAt: new Date(), currentPage: "end", isExcluded: true, isTest: false, reviewedAt: new Date() },
      { finishedAt: new Date(), currentPage: "end", isExcluded: false, isTest: true, reviewedAt: null },
      { finishedAt: new Date(), currentPage: "end", isExcluded: false, isTest: false, reviewedAt: new Date() },
    ];
    for (const r of rows) {
      expect(RESPONSES.nl.progress(r)).toBe(progressLabel(r));
      expect(RESPONSES.nl.review(r)).toBe(reviewLabel(r));
    }
    expect(RESPONSES.en.progress(rows[0])).toBe("Not completed (page p2)");
  });
});
