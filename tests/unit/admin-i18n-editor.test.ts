import { describe, expect, it } from "vitest";
import { EDITOR, EDITOR_FIELDS, EDITOR_TRANSLATIONS } from "@/lib/i18n/admin/editor";
import { DIFF } from "@/lib/i18n/admin/diff";
import { PREVIEW } from "@/lib/i18n/admin/preview";
import { DRAFT_FORMS, EDITOR_PAGE, TEST_LINK, VERSION_ACTIONS, VERSIONS } from "@/lib/i18n/admin/versions";

/** The editor's and the Versions tab's texts: English for every Dutch text, none empty. */
const CATALOGUES = { DIFF, EDITOR, EDITOR_FIELDS, EDITOR_TRANSLATIONS, PREVIEW, DRAFT_FORMS, EDITOR_PAGE, TEST_LINK, VERSION_ACTIONS, VERSIONS };
/** Texts that are the same word in both languages. */
const SAME = new Set(["VERSIONS.status", "VERSIONS.open", "EDITOR_FIELDS.item", "DIFF.label"]);

/** A text, or a function's text for sample arguments ("2", "3": counts, names and dates alike). */
const render = (v: unknown): string => (typeof v === "function" ? String(v(...Array.from({ length: v.length }, (_, i) => `${i + 2}`))) : String(v));

describe("admin catalogues of the editor and the Versions tab", () => {
  for (const [name, { nl, en }] of Object.entries(CATALOGUES)) {
    it(`${name}: the same keys, no empty text, English different from Dutch`, () => {
      expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
      for (const key of Object.keys(nl)) {
        const [dutch, english] = [render((nl as Record<string, unknown>)[key]), render((en as Record<string, unknown>)[key])];
        expect(typeof (en as Record<string, unknown>)[key], `${name}.${key}`).toBe(typeof (nl as Record<string, unknown>)[key]);
        expect(english.trim(), `${name}.${key}`).not.toBe("");
        expect(dutch.trim(), `${name}.${key}`).not.toBe("");
        if (dutch.length > 3 && !SAME.has(`${name}.${key}`)) expect(english, `${name}.${key}`).not.toBe(dutch);
      }
    });
  }

  it("speaks of one and of several in both languages", () => {
    expect(EDITOR.nl.issues(1)).toBe("1 punt op te lossen voor publiceren.");
    expect(EDITOR.en.issues(1)).toBe("1 issue to resolve before publishing.");
    expect(EDITOR.en.issues(3)).toBe("3 issues to resolve before publishing.");
    expect(DRAFT_FORMS.en.confirm(2, 1)).toContain("on one point");
    expect(EDITOR_FIELDS.en.addNamed("End page")).toBe("Add end page");
  });
});
