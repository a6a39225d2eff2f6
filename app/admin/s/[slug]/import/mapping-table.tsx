"use client";

import { useMemo, useState } from "react";
import { isGenericSub, type TImportMapping } from "@/lib/import/mapping";
import type { TAnalysis, TTargetOption } from "@/lib/import/service";
import { pick } from "@/lib/i18n/admin";
import { IMPORT } from "@/lib/i18n/admin/import";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import styles from "./import.module.css";

/** The select's value for the researcher's explicit "niet importeren" (the mapping's `skip`). */
const SKIP = "__skip";

function TargetSelect({ id, label, value, targets, onChange }: {
  id: string; label: string; value: string; targets: TTargetOption[]; onChange: (v: string) => void;
}) {
  const groups = useMemo(() => {
    const out = new Map<string, TTargetOption[]>();
    for (const t of targets) out.set(t.group, [...(out.get(t.group) ?? []), t]);
    return [...out];
  }, [targets]);
  const t = pick(IMPORT, useAdminLang());
  return (
    <select id={id} aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} className={styles.select}>
      <option value="">{t.chooseQuestion}</option>
      <option value={SKIP}>{t.skip}</option>
      {groups.map(([group, items]) => (
        <optgroup key={group} label={group}>
          {items.map((t) => (
            <option key={t.id} value={t.id}>
              {t.id.startsWith("_") ? t.label : `${t.id} · ${t.label}`}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

export function MappingTable({ analysis, mapping, onChange }: {
  analysis: TAnalysis; mapping: TImportMapping; onChange: (m: TImportMapping) => void;
}) {
  const [onlyUnmapped, setOnlyUnmapped] = useState(false);
  const t = pick(IMPORT, useAdminLang());
  const targets = useMemo(() => new Map(analysis.targets.map((t) => [t.id, t])), [analysis.targets]);
  const update = (index: number, patch: Partial<TImportMapping["columns"][number]>) =>
    onChange({ columns: mapping.columns.map((c) => (c.index === index ? { ...c, ...patch } : c)) });
  const rows = mapping.columns.filter((c) => !onlyUnmapped || (!c.target && !c.skip));
  const choose = (index: number, value: string) =>
    update(index, value === SKIP ? { target: null, skip: true, values: undefined } : { target: value || null, skip: undefined, values: undefined });

  return (
    <>
      <label className={styles.check}>
        <input type="checkbox" checked={onlyUnmapped} onChange={(e) => setOnlyUnmapped(e.target.checked)} />
        {t.onlyUnmapped}
      </label>
      <div className={styles.tableWrap}>
        <table className={`${styles.table} ${styles.mappingTable}`}>
          <colgroup>
            <col className={styles.colIndex} />
            <col className={styles.colText} />
            <col className={styles.colSamples} />
            <col className={styles.colTarget} />
          </colgroup>
          <thead>
            <tr>
              <th className={styles.num}>#</th>
              <th>{t.colColumn}</th>
              <th>{t.colSamples}</th>
              <th>{t.colTarget}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c, i) => {
              const col = analysis.columns[c.index];
              const target = c.target ? targets.get(c.target) : undefined;
              // A statement asked as its own question has "Response" below it: the question is the text.
              const ownText = col.sub && !isGenericSub(col.sub) ? col.sub : "";
              const name = ownText || col.question || col.label;
              // "Other (please specify)" and the like: shown after the question they belong to.
              const detail = !ownText && col.sub && !/response$/i.test(col.sub) ? col.sub : "";
              // The question above a block of option or item columns is shown once, in full.
              const previous = rows[i - 1] && analysis.columns[rows[i - 1].index];
              const isSameQuestion = Boolean(ownText && previous && previous.question === col.question);
              const isOpen = !c.target && !c.skip && col.isQuestion && col.filled > 0;
              const rowClass = col.isPersonal || c.skip ? styles.skipped : isOpen ? styles.unmapped : undefined;
              return (
                <tr key={c.index} data-testid={`column-${c.index}`} className={rowClass}>
                  <td className={styles.num}>{c.index + 1}</td>
                  <td className={styles.colLabel}>
                    {ownText && col.question && !isSameQuestion && <span className={styles.question}>{col.question}</span>}
                    <strong>{name}</strong>
                    {detail && <span> · {detail}</span>}
                    <span className="muted"> {t.filled(col.filled)}</span>
                  </td>
                  <td className={styles.samples}>{col.samples.slice(0, 3).join(" · ")}</td>
                  <td>
                    {col.isPersonal ? (
                      <span className="muted">{t.personal}</span>
                    ) : (
                      <TargetSelect
                        id={`target-${c.index}`}
                        label={t.targetLabel(c.index + 1, `${name}${detail ? ` · ${detail}` : ""}`)}
                        value={c.skip ? SKIP : (c.target ?? "")}
                        targets={analysis.targets}
                        onChange={(v) => choose(c.index, v)}
                      />
                    )}
                    {target && <span className={styles.targetText}>{target.id.startsWith("_") ? target.label : `${target.id}: ${target.label}`}</span>}
                    {isOpen && <span className={styles.needsChoice}>{t.needsChoice}</span>}
                    {target?.options && (
                      <details className={styles.values}>
                        <summary>{t.mapValues}</summary>
                        {col.samples.map((sample) => (
                          <label key={sample} className={styles.valueRow}>
                            <span>{sample}</span>
                            <select
                              value={c.values?.[sample] ?? ""}
                              onChange={(e) => {
                                const values = { ...c.values };
                                if (e.target.value) values[sample] = e.target.value;
                                else delete values[sample];
                                update(c.index, { values });
                              }}
                            >
                              <option value="">{t.autoValue}</option>
                              {target.options!.map((o) => (
                                <option key={o.code} value={o.code}>
                                  {o.label}
                                </option>
                              ))}
                            </select>
                          </label>
                        ))}
                      </details>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
