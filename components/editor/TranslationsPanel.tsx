"use client";

import { useMemo, useState } from "react";
import { addLanguage, removeLanguage, removeTranslation, setTranslation, translationTables } from "@/lib/survey/i18n/edit";
import { LANGUAGE_NAMES } from "@/lib/survey/i18n/messages";
import { languagesOf, staleTranslations, translatableTexts } from "@/lib/survey/i18n/texts";
import type { TVersionInput } from "@/lib/survey/version/schema";
import { pick } from "@/lib/i18n/admin";
import { EDITOR_TRANSLATIONS } from "@/lib/i18n/admin/editor";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import styles from "./TranslationsPanel.module.css";

/**
 * The version's languages and, per translation language, every text next to its translation.
 * Controlled: the editor owns the definition (which may be invalid while being edited) and gets
 * every change through `onChange`. The first language is the one the texts are written in.
 */
type TProps = { def: TVersionInput; onChange: (next: TVersionInput) => void };

const nameOf = (lang: string) => LANGUAGE_NAMES[lang] ?? lang;
/** Long texts (paragraphs) get a text area. */
const LONG_TEXT = 80;

export function TranslationsPanel({ def, onChange }: TProps) {
  const t = pick(EDITOR_TRANSLATIONS, useAdminLang());
  const languages = languagesOf(def);
  const [source, ...targets] = languages;
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [newLang, setNewLang] = useState("");
  const active = chosen && targets.includes(chosen) ? chosen : targets[0];
  const texts = useMemo(() => translatableTexts(def), [def]);
  const tables = translationTables(def);
  const stale = staleTranslations({ ...def, translations: tables });
  const candidates = Object.keys(LANGUAGE_NAMES).filter((l) => !languages.includes(l));
  const table = active ? (tables[active] ?? {}) : {};
  const missing = active ? texts.filter((t) => !table[t.key]?.trim()).length : 0;

  const add = () => {
    const code = newLang.trim().toLowerCase();
    if (!/^[a-z]{2}$/.test(code) || languages.includes(code)) return;
    onChange(addLanguage(def, code));
    setChosen(code);
    setNewLang("");
  };

  return (
    <section className={styles.panel} aria-labelledby="translations-title">
      <h2 id="translations-title">{t.title}</h2>
      <ul className={styles.languages}>
        <li>
          <strong>{nameOf(source)}</strong> <span className="muted">{t.source(source)}</span>
        </li>
        {targets.map((lang) => {
          const count = texts.filter((x) => !tables[lang]?.[x.key]?.trim()).length;
          return (
            <li key={lang}>
              <button type="button" className={`btn btn-small ${lang === active ? "" : "btn-secondary"}`} aria-pressed={lang === active} onClick={() => setChosen(lang)}>
                {nameOf(lang)} ({lang})
              </button>{" "}
              <span className={count ? styles.missingCount : "muted"}>{count ? t.missingCount(count) : t.complete}</span>{" "}
              <button
                type="button" className="btn btn-secondary btn-small" aria-label={t.removeLanguage(nameOf(lang))}
                onClick={() => onChange(removeLanguage(def, lang))}
              >
                {t.remove}
              </button>
            </li>
          );
        })}
      </ul>
      <div className={styles.add}>
        <label htmlFor="translations-new">{t.addLanguage}</label>
        <input
          id="translations-new" list="translations-known" value={newLang} maxLength={2} size={4}
          onChange={(e) => setNewLang(e.target.value)} onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), add())}
        />
        <datalist id="translations-known">
          {candidates.map((l) => (
            <option key={l} value={l}>{nameOf(l)}</option>
          ))}
        </datalist>
        <button type="button" className="btn btn-secondary btn-small" onClick={add}>{t.add}</button>
      </div>

      {active && (
        <>
          <h3>
            {nameOf(source)} → {nameOf(active)}
          </h3>
          <p className={missing ? styles.missingCount : "muted"} role="status">
            {missing ? t.missing(missing, texts.length) : t.allDone(texts.length)}
          </p>
          <div className={styles.scroll}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{t.where}</th>
                  <th scope="col">{nameOf(source)}</th>
                  <th scope="col">{nameOf(active)}</th>
                </tr>
              </thead>
              <tbody>
                {texts.map((text) => {
                  const value = table[text.key] ?? "";
                  const isMissing = !value.trim();
                  const id = `tr-${active}-${text.key}`;
                  const props = {
                    id, value, lang: active, "aria-describedby": `${id}-src`,
                    onChange: (e: { target: { value: string } }) => onChange(setTranslation(def, active, text.key, e.target.value)),
                  };
                  return (
                    <tr key={text.key} className={isMissing ? styles.missing : undefined} data-key={text.key}>
                      <td className={styles.where}>
                        <label htmlFor={id}>{text.where}</label>
                        {isMissing && <span className={styles.badge}>{t.missingBadge}</span>}
                      </td>
                      <td id={`${id}-src`} lang={source}>{text.text}</td>
                      <td>{text.text.length > LONG_TEXT ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}

      {stale.length > 0 && (
        <section className={styles.stale} aria-labelledby="translations-stale">
          <h3 id="translations-stale">{t.staleTitle}</h3>
          <p className="muted">{t.staleHelp}</p>
          <ul>
            {stale.map((s) => (
              <li key={`${s.lang}:${s.key}`}>
                <code>{s.key}</code> ({s.lang}): {tables[s.lang]?.[s.key]}{" "}
                <button type="button" className="btn btn-secondary btn-small" onClick={() => onChange(removeTranslation(def, s.lang, s.key))}>
                  {t.remove}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
