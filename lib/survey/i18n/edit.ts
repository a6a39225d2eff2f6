import type { TVersionInput } from "../version/schema";
import { DEFAULT_LANGUAGE, languagesOf } from "./texts";

/**
 * Changes to a version's languages and translations, as the editor's translations panel makes
 * them: pure, on a definition that may be invalid mid-edit. A version back to its source language
 * only, without translations, loses both fields, so its file is what it was before.
 */
type TTables = Record<string, Record<string, string>>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The translations as tables of strings, whatever the definition holds mid-edit. */
export function translationTables(def: TVersionInput): TTables {
  const raw: unknown = def?.translations;
  if (!isRecord(raw)) return {};
  return Object.fromEntries(
    Object.entries(raw).filter(([, t]) => isRecord(t)).map(([lang, t]) => [
      lang, Object.fromEntries(Object.entries(t as Record<string, unknown>).filter(([, v]) => typeof v === "string")) as Record<string, string>,
    ]),
  );
}

function withLanguages(def: TVersionInput, languages: string[], translations: TTables): TVersionInput {
  const { languages: _l, translations: _t, ...rest } = def;
  const tables = Object.fromEntries(Object.entries(translations).filter(([, t]) => Object.keys(t).length > 0));
  const isPlain = languages.length === 1 && languages[0] === DEFAULT_LANGUAGE && Object.keys(tables).length === 0 && !def.languages;
  return {
    ...rest,
    ...(isPlain ? {} : { languages }),
    ...(Object.keys(tables).length ? { translations: tables } : {}),
  } as TVersionInput;
}

export function addLanguage(def: TVersionInput, lang: string): TVersionInput {
  const langs = languagesOf(def);
  if (!/^[a-z]{2}$/.test(lang) || langs.includes(lang)) return def;
  return withLanguages(def, [...langs, lang], translationTables(def));
}

/** Removes a translation language and its translations; the source language stays. */
export function removeLanguage(def: TVersionInput, lang: string): TVersionInput {
  const langs = languagesOf(def);
  if (lang === langs[0] || !langs.includes(lang)) return def;
  const { [lang]: _gone, ...tables } = translationTables(def);
  const rest = langs.filter((l) => l !== lang);
  const isBackToPlain = rest.length === 1 && rest[0] === DEFAULT_LANGUAGE && Object.keys(tables).length === 0;
  if (isBackToPlain) {
    const { languages: _l, translations: _t, ...plain } = def;
    return plain as TVersionInput;
  }
  return withLanguages(def, rest, tables);
}

/** Sets one translation; an empty text removes it (the source text shows). */
export function setTranslation(def: TVersionInput, lang: string, key: string, text: string): TVersionInput {
  const tables = translationTables(def);
  const table = { ...tables[lang] };
  if (text.trim() === "") delete table[key];
  else table[key] = text;
  return withLanguages(def, languagesOf(def), { ...tables, [lang]: table });
}

/** Removes a translation whose text no longer exists. */
export function removeTranslation(def: TVersionInput, lang: string, key: string): TVersionInput {
  return setTranslation(def, lang, key, "");
}
