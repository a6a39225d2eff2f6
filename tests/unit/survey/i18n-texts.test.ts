import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { surveyConfigs, surveyVersions } from "@/lib/survey/config";
import { ELEMENT_TYPES } from "@/lib/survey/elements/registry";
import { languagesOf, localize, missingTranslations, staleTranslations, translatableTexts } from "@/lib/survey/i18n/texts";
import { ZId, ZText } from "@/lib/survey/version/primitives";
import { ZVersionDef, type TVersionDef } from "@/lib/survey/version/schema";
import { context } from "@/lib/survey/engine/flow";
import { diffVersions } from "@/lib/survey/publish/diff";

const example = surveyConfigs()
  .flatMap((f) => surveyVersions(f.folder, f.config))
  .find((v) => v.slug === "voorbeeld-alle-elementen")!;

type TDef = { type: string; [k: string]: unknown };
const defOf = (s: unknown) => (s as z.core.$ZodType)._zod.def as unknown as TDef;

/**
 * A value for a schema with every optional field filled: texts are "T<n>", IDs "id<n>", so the
 * test can tell which fields the walk found. Written apart from lib/survey/i18n/texts.ts on purpose.
 */
function sample(schema: unknown, counter: { n: number }, texts: string[], ids: string[]): unknown {
  if (schema === ZText) {
    const t = `T${counter.n++}`;
    texts.push(t);
    return t;
  }
  if (schema === ZId) {
    const id = `id${counter.n++}`;
    ids.push(id);
    return id;
  }
  const def = defOf(schema);
  switch (def.type) {
    case "optional": case "default": case "prefault": case "nullable":
      return sample(def.innerType, counter, texts, ids);
    case "lazy":
      return undefined;
    case "literal":
      return (def.values as unknown[])[0];
    case "enum":
      return Object.values(def.entries as object)[0];
    case "boolean":
      return true;
    case "number":
      return counter.n++;
    case "string":
      return "s";
    case "array":
      return [sample(def.element, counter, texts, ids), sample(def.element, counter, texts, ids)];
    case "union":
      return sample((def.options as unknown[])[0], counter, texts, ids);
    case "object":
      return Object.fromEntries(
        Object.entries(def.shape as Record<string, unknown>)
          .map(([k, s]) => [k, sample(s, counter, texts, ids)])
          .filter(([, v]) => v !== undefined),
      );
    default:
      throw new Error(`sample: ${def.type}`);
  }
}

const minimal = (elements: unknown[]) => ({
  format: 2, slug: "x", version: 1, title: "Titel", wave: "2026",
  pages: [{ id: "p1", title: "Pagina", elements }],
  end: { title: "Bedankt", body: "Klaar." },
});

describe("translatableTexts", () => {
  it("finds every ZText field of every element type, and no ID or code", () => {
    for (const type of ELEMENT_TYPES) {
      const texts: string[] = [];
      const ids: string[] = [];
      const el = sample(type.schema, { n: 0 }, texts, ids);
      const found = translatableTexts(minimal([el]) as never).filter((t) => t.key.startsWith("el."));
      expect(found.map((t) => t.text).sort(), type.type).toEqual([...texts].sort());
      expect(texts.length, type.type).toBeGreaterThan(0);
      for (const id of ids) expect(found.some((t) => t.text === id), `${type.type}: ${id}`).toBe(false);
      expect(new Set(found.map((t) => t.key)).size).toBe(found.length);
    }
  });

  it("keys texts by IDs and codes, in questionnaire order, with where they are", () => {
    const texts = translatableTexts(example);
    const keys = texts.map((t) => t.key);
    expect(keys[0]).toBe("title");
    expect(keys).toContain("el.rol.options.docent.label");
    expect(keys).toContain("scale.eens5.labels.1.label");
    expect(keys).toContain("list.vaardigheden.options.samenwerken.label");
    expect(keys).toContain("part.a.title");
    expect(keys).toContain("el.intro.paragraphs.0");
    expect(keys.at(-1)).toBe("end.offerText");
    expect(keys.indexOf("page.welkom.title")).toBeLessThan(keys.indexOf("el.rol.text"));
    expect(texts.find((t) => t.key === "el.rol.options.docent.label")).toEqual({
      key: "el.rol.options.docent.label", text: "Docent", where: "Pagina over_jou · vraag rol · optie docent · label",
    });
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("keeps keys when options and pages are reordered", () => {
    const moved = structuredClone(example) as TVersionDef;
    moved.pages.reverse();
    const rol = moved.pages.flatMap((p) => p.elements).find((e) => e.id === "rol") as { options: unknown[] };
    rol.options.reverse();
    const byKey = (d: TVersionDef) => new Map(translatableTexts(d).map((t) => [t.key, t.text]));
    expect(byKey(moved)).toEqual(byKey(example));
  });

  it("reads a definition that is invalid mid-edit without throwing", () => {
    const broken = { title: "X", pages: [{ id: "p", elements: [{ type: "single", id: "q", text: "Vraag", options: "oops" }, null, { type: "nieuw" }] }] };
    expect(translatableTexts(broken as never).map((t) => t.key)).toEqual(["title", "el.q.text"]);
    expect(translatableTexts(undefined as never)).toEqual([]);
  });
});

describe("localize", () => {
  const withEnglish = (translations: Record<string, string>): TVersionDef =>
    ZVersionDef.parse({ ...example, languages: ["nl", "en"], translations: { en: translations } });

  it("replaces translated texts and keeps the source text where a translation is missing", () => {
    const def = withEnglish({ title: "Example: every element type", "el.rol.options.docent.label": "Teacher", "el.rol.text": "" });
    const en = localize(def, "en");
    expect(en.title).toBe("Example: every element type");
    const rol = en.pages.flatMap((p) => p.elements).find((e) => e.id === "rol") as { text: string; options: { code: string; label: string }[] };
    expect(rol.options.map((o) => o.label)).toEqual(["Teacher", "Begeleider", "Anders, namelijk"]);
    expect(rol.text).toBe("Wat is je rol?");
    expect(localize(def, "nl")).toBe(def);
    expect(def.title).toBe(example.title);
  });

  it("pipes the translated label into a translated text", () => {
    const def = withEnglish({ "el.onderwerp.options.les.label": "A lesson", "el.cijfer.text": "What mark do you give {{onderwerp}}?" });
    const en = localize(def, "en");
    const cijfer = en.pages.flatMap((p) => p.elements).find((e) => e.id === "cijfer") as { text: string };
    expect(context(en, { answers: { onderwerp: "les" } }).pipe(cijfer.text)).toBe("What mark do you give a lesson?");
  });

  it("lists missing and stale translations", () => {
    const def = withEnglish({ title: "Example", "el.weg.text": "Gone" });
    expect(languagesOf(def)).toEqual(["nl", "en"]);
    expect(languagesOf(example)).toEqual(["nl"]);
    const missing = missingTranslations(def, "en");
    expect(missing.length).toBe(translatableTexts(def).length - 1);
    expect(missing.some((t) => t.key === "title")).toBe(false);
    expect(missingTranslations(def, "nl")).toEqual([]);
    expect(staleTranslations(def)).toEqual([{ lang: "en", key: "el.weg.text" }]);
  });
});

describe("version check of translations", () => {
  const parse = (extra: object) => ZVersionDef.safeParse({ ...example, ...extra });

  it("refuses a translation whose {{pipes}} differ from the source text's", () => {
    const bad = parse({ languages: ["nl", "en"], translations: { en: { "el.cijfer.text": "What mark do you give it?" } } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toContain("{{onderwerp}}");
    expect(parse({ languages: ["nl", "en"], translations: { en: { "el.cijfer.text": "Mark for {{onderwerp}}?" } } }).success).toBe(true);
  });

  it("refuses translations in a language the version does not list, and a language twice", () => {
    expect(parse({ languages: ["nl"], translations: { en: { title: "X" } } }).success).toBe(false);
    expect(parse({ languages: ["nl", "en", "nl"] }).success).toBe(false);
    expect(parse({ languages: ["NL"] }).success).toBe(false);
  });
});

describe("diff of translations", () => {
  it("tells of a new language and changed translations, as information", () => {
    const en = ZVersionDef.parse({ ...example, languages: ["nl", "en"], translations: { en: { title: "Example" } } });
    expect(diffVersions(example, en)).toEqual([{ severity: "info", subject: "languages", message: "Nieuwe taal: en." }]);
    const changed = ZVersionDef.parse({ ...en, translations: { en: { title: "An example", "el.rol.text": "Role?" } } });
    expect(diffVersions(en, changed)).toEqual([{ severity: "info", subject: "translations", message: "Vertaling (en): 2 teksten gewijzigd." }]);
  });
});
