"use client";

import { useMemo, useState } from "react";
import { addLanguage, removeLanguage, removeTranslation, setTranslation, translationTables } from "@/lib/survey/i18n/edit";
import { LANGUAGE_NAMES } from "@/lib/survey/i18n/messages";
import { languagesOf, staleTranslations, translatableTexts } from "@/lib/survey/i18n/texts";
import type { TVersionInput } from "@/lib/survey/version/schema";
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
      <h2 id="translations-title">Talen en vertalingen</h2>
      <ul className={styles.languages}>
        <li>
          <strong>{nameOf(source)}</strong> <span className="muted">({source}, brontaal: de teksten in de vragenlijst)</span>
        </li>
        {targets.map((lang) => {
          const count = texts.filter((t) => !tables[lang]?.[t.key]?.trim()).length;
          return (
            <li key={lang}>
              <button type="button" className={`btn btn-small ${lang === active ? "" : "btn-secondary"}`} aria-pressed={lang === active} onClick={() => setChosen(lang)}>
                {nameOf(lang)} ({lang})
              </button>{" "}
              <span className={count ? styles.missingCount : "muted"}>{count ? `${count} ontbreken` : "compleet"}</span>{" "}
              <button
                type="button" className="btn btn-secondary btn-small" aria-label={`${nameOf(lang)} verwijderen`}
                onClick={() => onChange(removeLanguage(def, lang))}
              >
                Verwijderen
              </button>
            </li>
          );
        })}
      </ul>
      <div className={styles.add}>
        <label htmlFor="translations-new">Taal toevoegen (ISO 639-1)</label>
        <input
          id="translations-new" list="translations-known" value={newLang} maxLength={2} size={4}
          onChange={(e) => setNewLang(e.target.value)} onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), add())}
        />
        <datalist id="translations-known">
          {candidates.map((l) => (
            <option key={l} value={l}>{nameOf(l)}</option>
          ))}
        </datalist>
        <button type="button" className="btn btn-secondary btn-small" onClick={add}>Toevoegen</button>
      </div>

      {active && (
        <>
          <h3>
            {nameOf(source)} → {nameOf(active)}
          </h3>
          <p className={missing ? styles.missingCount : "muted"} role="status">
            {missing ? `${missing} van ${texts.length} teksten nog niet vertaald; daar ziet de deelnemer de brontekst.` : `Alle ${texts.length} teksten vertaald.`}
          </p>
          <div className={styles.scroll}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">Waar</th>
                  <th scope="col">{nameOf(source)}</th>
                  <th scope="col">{nameOf(active)}</th>
                </tr>
              </thead>
              <tbody>
                {texts.map((t) => {
                  const value = table[t.key] ?? "";
                  const isMissing = !value.trim();
                  const id = `tr-${active}-${t.key}`;
                  const props = {
                    id, value, lang: active, "aria-describedby": `${id}-src`,
                    onChange: (e: { target: { value: string } }) => onChange(setTranslation(def, active, t.key, e.target.value)),
                  };
                  return (
                    <tr key={t.key} className={isMissing ? styles.missing : undefined} data-key={t.key}>
                      <td className={styles.where}>
                        <label htmlFor={id}>{t.where}</label>
                        {isMissing && <span className={styles.badge}>ontbreekt</span>}
                      </td>
                      <td id={`${id}-src`} lang={source}>{t.text}</td>
                      <td>{t.text.length > LONG_TEXT ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}</td>
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
          <h3 id="translations-stale">Vertalingen zonder tekst</h3>
          <p className="muted">De tekst bij deze vertalingen bestaat niet meer (verwijderd element, optie of tekst).</p>
          <ul>
            {stale.map((s) => (
              <li key={`${s.lang}:${s.key}`}>
                <code>{s.key}</code> ({s.lang}): {tables[s.lang]?.[s.key]}{" "}
                <button type="button" className="btn btn-secondary btn-small" onClick={() => onChange(removeTranslation(def, s.lang, s.key))}>
                  Verwijderen
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
