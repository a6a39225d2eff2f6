import { LANGUAGE_NAMES } from "@/lib/survey/i18n/messages";

/** "Nederlands | English" at the top of a survey in more than one language: plain links, so they work before any script. */
export type TLanguageLink = { lang: string; href: string };

export function LanguageSwitch({ links, current }: { links: TLanguageLink[]; current: string }) {
  if (links.length < 2) return null;
  return (
    <nav className="sv-languages" aria-label="Taal / Language" data-testid="language-switch">
      {links.map((l, i) => (
        <span key={l.lang}>
          {i > 0 && <span aria-hidden="true"> | </span>}
          {l.lang === current ? (
            <strong lang={l.lang} aria-current="true">{LANGUAGE_NAMES[l.lang] ?? l.lang}</strong>
          ) : (
            <a href={l.href} lang={l.lang} hrefLang={l.lang}>
              {LANGUAGE_NAMES[l.lang] ?? l.lang}
            </a>
          )}
        </span>
      ))}
    </nav>
  );
}
