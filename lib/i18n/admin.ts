/**
 * The researchers' interface in Dutch and English. Texts live in catalogues (lib/i18n/admin/*.ts),
 * one per area, each `{ nl, en }` with the same keys (the type makes a missing English text a
 * compile error). Server components read the language with `adminLang()` (lib/i18n/admin-server.ts),
 * client components with `useAdminLang()` (components/admin/AdminLanguage.tsx); both pick their
 * texts with `pick(catalogue, lang)`. The choice is a cookie, set by the switch in the header.
 */
export const ADMIN_LANGUAGES = ["nl", "en"] as const;
export type TAdminLang = (typeof ADMIN_LANGUAGES)[number];
export const ADMIN_LANG_COOKIE = "admin_lang";
export const ADMIN_LANGUAGE_NAMES: Record<TAdminLang, string> = { nl: "Nederlands", en: "English" };

export const isAdminLang = (v: unknown): v is TAdminLang => typeof v === "string" && (ADMIN_LANGUAGES as readonly string[]).includes(v);

/** A catalogue: Dutch texts and their English, with the same keys and shapes. */
export function catalogue<T extends Record<string, unknown>>(texts: { nl: T; en: NoInfer<T> }): { nl: T; en: T } {
  return texts;
}

export function pick<T>(texts: { nl: T; en: T }, lang: TAdminLang): T {
  return texts[lang];
}
