import { describe, expect, it } from "vitest";
import { addLanguage, removeLanguage, removeTranslation, setTranslation, translationTables } from "@/lib/survey/i18n/edit";
import { missingTranslations, staleTranslations } from "@/lib/survey/i18n/texts";
import { ZVersionDef, type TVersionInput } from "@/lib/survey/version/schema";

const def: TVersionInput = {
  format: 2, slug: "x", version: 1, title: "Titel", wave: "2026",
  pages: [{ id: "p1", elements: [{ type: "single", id: "q", text: "Vraag", options: [{ code: "a", label: "A" }] }] }],
  end: { title: "Bedankt", body: "Klaar." },
};

describe("editing languages and translations", () => {
  it("adds a language, sets and clears a translation, and comes back to the plain definition", () => {
    const en = addLanguage(def, "en");
    expect(en.languages).toEqual(["nl", "en"]);
    expect(addLanguage(en, "en")).toBe(en);
    expect(addLanguage(en, "English")).toBe(en);
    const translated = setTranslation(en, "en", "el.q.text", "Question");
    expect(translated.translations).toEqual({ en: { "el.q.text": "Question" } });
    expect(missingTranslations(translated, "en").map((t) => t.key)).not.toContain("el.q.text");
    expect(ZVersionDef.safeParse(translated).success).toBe(true);
    expect(setTranslation(translated, "en", "el.q.text", " ").translations).toBeUndefined();
    expect(removeLanguage(translated, "en")).toEqual(def);
    expect(removeLanguage(translated, "nl")).toBe(translated);
  });

  it("removes a stale translation and reads a broken definition defensively", () => {
    const stale = setTranslation(addLanguage(def, "en"), "en", "el.weg.text", "Gone");
    expect(staleTranslations(stale)).toEqual([{ lang: "en", key: "el.weg.text" }]);
    expect(staleTranslations(removeTranslation(stale, "en", "el.weg.text"))).toEqual([]);
    expect(translationTables({ ...def, translations: { en: { a: "x", b: 3 }, de: "oops" } } as never)).toEqual({ en: { a: "x" } });
  });
});
