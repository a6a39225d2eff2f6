import { describe, expect, it } from "vitest";
import { baseDetails, nText, type TFigureBase } from "@/lib/analysis/titles";
import { DASHBOARD } from "@/lib/i18n/admin/dashboard";
import { MONITORING } from "@/lib/i18n/admin/monitoring";
import { QUESTIONS } from "@/lib/i18n/admin/questions";
import { RESULTS } from "@/lib/i18n/admin/results";

/**
 * The dashboards' catalogues (monitoring, results, all questions): every text has its English,
 * none is empty, and an English text differs from the Dutch one unless it is the same word in
 * both languages (listed).
 */
const SAME_IN_BOTH = new Set(["Live", "Wave", "Filters", "Monitoring", "Arm", "Experiment", "Toets", "N", "via X", " scores", "In top X", "% in top X", "Wave:"]);
const CATALOGUES = { DASHBOARD, MONITORING, RESULTS, QUESTIONS };

/** A function's text with sample arguments, so texts with numbers or names are compared too. */
const text = (v: unknown): string => (typeof v === "function" ? String(v("X", "Y")) : String(v));

describe.each(Object.entries(CATALOGUES))("%s", (_name, cat) => {
  it("has the same keys in Dutch and English", () => {
    expect(Object.keys(cat.en).sort()).toEqual(Object.keys(cat.nl).sort());
  });
  it("has no empty text and translates every longer one", () => {
    for (const [key, nl] of Object.entries(cat.nl)) {
      const en = (cat.en as Record<string, unknown>)[key];
      expect(text(en).trim(), key).not.toBe("");
      if (text(nl).length > 3 && !SAME_IN_BOTH.has(text(nl))) expect(text(en), key).not.toBe(text(nl));
    }
  });
});

describe("a figure's base line in the admin interface's language", () => {
  const base = (over: Partial<TFigureBase> = {}): TFigureBase => ({
    waves: [{ wave: "2023", n: 30 }], filters: [], includePartial: false, isPartScoped: false, empty: [], isByWave: false, filterWaves: [], ...over,
  });
  it("says its fixed words in English, the survey's own texts as written; Dutch by default", () => {
    expect(nText([], base({ waves: [] }), "en")).toBe("no respondents (all waves)");
    expect(nText([], base({ waves: [] }))).toBe("geen respondenten (alle waves)");
    expect(baseDetails(base({ includePartial: true, isOffered: true, groupMean: "items" }), [{ key: "alle", label: "Totaal", n: 3 }], "en"))
      .toEqual(["those who answered the question, incl. partial responses", "% per option of those who were shown the option", "group mean: mean of the item means"]);
    expect(baseDetails(base({ isPartScoped: true, part: "Deel 1", empty: ["Ho"] }), [{ key: "mbo", label: "Mbo", n: 3 }], "en"))
      .toEqual(["completed only: those who completed “Deel 1”", "no respondents: Ho"]);
    expect(baseDetails(base({ isPartScoped: true, part: "Deel 1" }), [{ key: "alle", label: "Totaal", n: 3 }]))
      .toEqual(["alleen afgerond: wie „Deel 1” afrondde"]);
  });
});
