import { languagesOf } from "./texts";

/**
 * The language a respondent gets: `?lang=xx` when the version has it, else the first of the
 * browser's languages (Accept-Language, by preference) the version has, else the version's own.
 */
export function chooseLanguage(def: { languages?: string[] }, query: string | undefined, acceptLanguage: string | null | undefined): string {
  const langs = languagesOf(def);
  if (query && langs.includes(query)) return query;
  for (const lang of acceptedLanguages(acceptLanguage)) if (langs.includes(lang)) return lang;
  return langs[0];
}

/** "en-GB,en;q=0.9,nl;q=0.8" → ["en", "nl"]: primary subtags by weight, each once. */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  const weighted = header.split(",").map((part, i) => {
    const [tag, ...params] = part.trim().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    return { lang: tag.trim().toLowerCase().split("-")[0], q: q === undefined ? 1 : Number(q), i };
  });
  const ordered = weighted.filter((w) => /^[a-z]{2}$/.test(w.lang) && w.q > 0).sort((a, b) => b.q - a.q || a.i - b.i);
  return [...new Set(ordered.map((w) => w.lang))];
}

/** The survey link in another language, keeping the rest of the query (?versie, ?bron). */
export function languageHref(path: string, search: string, lang: string): string {
  const params = new URLSearchParams(search);
  params.set("lang", lang);
  return `${path}?${params.toString()}`;
}
