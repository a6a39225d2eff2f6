import { describe, expect, it } from "vitest";
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
