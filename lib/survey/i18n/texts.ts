import type { z } from "zod";
import { ZText } from "../version/primitives";
import { ZVersionDef, type TVersionDef, type TVersionInput } from "../version/schema";

/**
 * The texts of a version that a respondent or an export can see, found by walking the version's
 * zod schema next to the definition: every field whose schema is `ZText` is a text, whatever
 * element type it belongs to, so a new element type's texts are translatable without code here.
 * Keys name IDs, codes and values, never positions (except paragraphs), so a translation stays
 * with its text when pages, elements or options are reordered.
 */
export type TTextEntry = { key: string; text: string; where: string };

/** The language the texts are written in when a version names none. */
export const DEFAULT_LANGUAGE = "nl";

type TSchema = z.core.$ZodType;
type TDef = { type: string; [k: string]: unknown };
const defOf = (s: TSchema) => s._zod.def as unknown as TDef;

/** Top-level collections of a version and the key prefix of their items. */
const COLLECTION: Record<string, { prefix: string; where: string }> = {
  pages: { prefix: "page", where: "Pagina" },
  scales: { prefix: "scale", where: "Schaal" },
  lists: { prefix: "list", where: "Lijst" },
  orders: { prefix: "order", where: "Volgorde" },
  elements: { prefix: "el", where: "vraag" },
  "parts.items": { prefix: "part", where: "Deel" },
};

/** Dutch names of fields and collections in `where`; a field not named here shows as itself. */
const WHERE: Record<string, string> = {
  title: "titel", text: "tekst", help: "hulptekst", label: "label", description: "beschrijving", body: "tekst",
  offerText: "uitnodiging", error: "foutmelding", positionLabel: "positielabel", paragraphs: "alinea",
  options: "optie", items: "stelling", labels: "schaallabel", groups: "groep", sets: "set", choice: "keuzepagina", extra: "extra deel",
  end: "Eindpagina", parts: "Delen", itemsBy: "per antwoord",
};

/** What identifies an item of an array: its id, code or value; else its position. */
function itemId(item: unknown, index: number): string {
  if (item && typeof item === "object") {
    const o = item as Record<string, unknown>;
    for (const f of ["id", "code", "value"]) if (typeof o[f] === "string" || typeof o[f] === "number") return String(o[f]);
  }
  return String(index);
}

/** The option of a union the value belongs to: by discriminator, else the first object whose fields hold all of the value's. */
function unionOption(def: TDef, value: unknown): TSchema | undefined {
  const options = def.options as TSchema[];
  if (!value || typeof value !== "object" || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  const disc = def.discriminator as string | undefined;
  if (disc) {
    return options.find((o) => {
      const field = (defOf(o).shape as Record<string, TSchema> | undefined)?.[disc];
      return field && ((defOf(field).values as unknown[] | undefined) ?? []).includes(v[disc]);
    });
  }
  return options.find((o) => {
    const shape = defOf(o).shape as Record<string, TSchema> | undefined;
    return shape && Object.keys(v).every((k) => k in shape);
  });
}

type TVisit = (key: string, where: string, text: string) => string | undefined;
type TPos = { key: string[]; where: string[]; field?: string };

/**
 * Walks `value` along `schema`, calling `visit` at every text; returns the value with the texts
 * `visit` replaced (the same object where nothing changed). Reads invalid input defensively.
 */
function walk(schema: TSchema, value: unknown, pos: TPos, visit: TVisit): unknown {
  if (value === undefined || value === null) return value;
  if (schema === ZText) {
    if (typeof value !== "string") return value;
    const replaced = visit(pos.key.join("."), pos.where.join(" · "), value);
    return replaced ?? value;
  }
  const def = defOf(schema);
  switch (def.type) {
    case "optional": case "nullable": case "default": case "prefault": case "readonly": case "catch": case "nonoptional":
      return walk(def.innerType as TSchema, value, pos, visit);
    case "pipe":
      return walk(def.in as TSchema, value, pos, visit);
    case "lazy":
      return walk((def.getter as () => TSchema)(), value, pos, visit);
    case "union": {
      const option = unionOption(def, value);
      return option ? walk(option, value, pos, visit) : value;
    }
    case "array": {
      if (!Array.isArray(value)) return value;
      const collection = pos.field ? COLLECTION[pos.field] : undefined;
      let changed = false;
      const out = value.map((item, i) => {
        const id = itemId(item, i);
        const next = collection?.prefix
          ? { key: [collection.prefix, id], where: [...(collection.prefix === "el" ? pos.where.slice(0, 1) : []), `${collection.where} ${id}`] }
          : { key: [...pos.key, id], where: [...pos.where.slice(0, -1), `${pos.where.at(-1)} ${id}`] };
        const mapped = walk(def.element as TSchema, item, next, visit);
        if (mapped !== item) changed = true;
        return mapped;
      });
      return changed ? out : value;
    }
    case "object": {
      if (typeof value !== "object" || Array.isArray(value)) return value;
      const shape = def.shape as Record<string, TSchema>;
      const obj = value as Record<string, unknown>;
      let out: Record<string, unknown> | undefined;
      for (const [field, fieldSchema] of Object.entries(shape)) {
        if (!(field in obj)) continue;
        const next = fieldPos(pos, field);
        const mapped = walk(fieldSchema, obj[field], next, visit);
        if (mapped !== obj[field]) (out ??= { ...obj })[field] = mapped;
      }
      return out ?? value;
    }
    default:
      return value;
  }
}

/** Position of a field of an object: parts' items are keyed `part.<id>`, everything else by path. */
function fieldPos(pos: TPos, field: string): TPos {
  const name = WHERE[field] ?? field;
  if (pos.key.length === 0) {
    if (field in COLLECTION) return { key: [], where: [], field };
    return { key: [field], where: [name.charAt(0).toUpperCase() + name.slice(1)], field };
  }
  if (pos.key[0] === "parts" && pos.key.length === 1 && field === "items") return { key: [], where: [], field: "parts.items" };
  return { key: [...pos.key, field], where: [...pos.where, name], field };
}

/** The version's own order for a walk: title, parts, pages, then what the pages refer to, the end page last. */
const WALK_ORDER = ["title", "parts", "pages", "scales", "lists", "orders", "end"];

function walkVersion(def: TVersionInput | TVersionDef, visit: TVisit): Record<string, unknown> {
  if (!def || typeof def !== "object") return {};
  const shape = (defOf(ZVersionDef).shape as Record<string, TSchema>);
  const obj = def as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const field of WALK_ORDER) {
    if (!(field in obj) || !shape[field]) continue;
    const mapped = walk(shape[field], obj[field], fieldPos({ key: [], where: [] }, field), visit);
    if (mapped !== obj[field]) (out ??= { ...obj })[field] = mapped;
  }
  return out ?? obj;
}

/** Every text of the version in questionnaire order, with a stable key and where it is, in words. */
export function translatableTexts(def: TVersionInput | TVersionDef): TTextEntry[] {
  const out: TTextEntry[] = [];
  walkVersion(def, (key, where, text) => {
    out.push({ key, text, where });
    return undefined;
  });
  return out;
}

/** The version's languages, the source language first. */
export function languagesOf(def: Pick<TVersionInput, "languages">): string[] {
  const langs = Array.isArray(def?.languages) ? def.languages.filter((l) => typeof l === "string") : [];
  return langs.length ? langs : [DEFAULT_LANGUAGE];
}

/** The version with its texts in `lang`; a text without a translation stays in the source language. */
export function localize<T extends TVersionDef | TVersionInput>(def: T, lang: string): T {
  const [source] = languagesOf(def);
  const table = lang === source ? undefined : def.translations?.[lang];
  if (!table) return def;
  return walkVersion(def, (key) => {
    const t = table[key];
    return typeof t === "string" && t.trim() !== "" ? t : undefined;
  }) as T;
}

/** Texts of the version that have no translation in `lang` yet (none for the source language). */
export function missingTranslations(def: TVersionInput | TVersionDef, lang: string): TTextEntry[] {
  if (lang === languagesOf(def)[0]) return [];
  const table = def.translations?.[lang] ?? {};
  return translatableTexts(def).filter((t) => !(typeof table[t.key] === "string" && table[t.key].trim() !== ""));
}

/** Translations whose text no longer exists (the element, option or text was removed), per language. */
export function staleTranslations(def: TVersionInput | TVersionDef): { lang: string; key: string }[] {
  const keys = new Set(translatableTexts(def).map((t) => t.key));
  return Object.entries(def.translations ?? {}).flatMap(([lang, table]) =>
    Object.keys(table ?? {}).filter((k) => !keys.has(k)).map((key) => ({ lang, key })),
  );
}
