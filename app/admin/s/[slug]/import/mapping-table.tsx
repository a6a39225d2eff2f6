"use client";

import { useMemo, useState } from "react";
import type { TImportMapping } from "@/lib/import/mapping";
import type { TAnalysis, TTargetOption } from "@/lib/import/service";
import styles from "./import.module.css";

const PERSONAL = /^(Collector ID|Email Address|First Name|Last Name|Custom Data( \d+)?)$/;

function TargetSelect({ id, label, value, targets, onChange }: {
  id: string; label: string; value: string | null; targets: TTargetOption[]; onChange: (v: string | null) => void;
}) {
  const groups = useMemo(() => {
    const out = new Map<string, TTargetOption[]>();
    for (const t of targets) out.set(t.group, [...(out.get(t.group) ?? []), t]);
    return [...out];
  }, [targets]);
  return (
    <select id={id} aria-label={label} value={value ?? ""} onChange={(e) => onChange(e.target.value || null)} className={styles.select}>
      <option value="">— niet importeren —</option>
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
  const targets = useMemo(() => new Map(analysis.targets.map((t) => [t.id, t])), [analysis.targets]);
  const update = (index: number, patch: Partial<TImportMapping["columns"][number]>) =>
    onChange({ columns: mapping.columns.map((c) => (c.index === index ? { ...c, ...patch } : c)) });
  const rows = mapping.columns.filter((c) => !onlyUnmapped || !c.target);

  return (
    <>
      <label className={styles.check}>
        <input type="checkbox" checked={onlyUnmapped} onChange={(e) => setOnlyUnmapped(e.target.checked)} />
        Alleen kolommen zonder koppeling tonen
      </label>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.num}>#</th>
              <th>Kolom in het bestand</th>
              <th>Voorbeelden</th>
              <th>Importeren als</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => {
              const col = analysis.columns[c.index];
              const target = c.target ? targets.get(c.target) : undefined;
              const isPersonal = !col.sub && PERSONAL.test(col.question);
              return (
                <tr key={c.index} data-testid={`column-${c.index}`} className={c.target ? undefined : styles.unmapped}>
                  <td className={styles.num}>{c.index + 1}</td>
                  <td className={styles.colLabel}>
                    {col.sub && col.question ? (
                      <>
                        <span className={styles.question} title={col.question}>{col.question}</span>
                        <strong>{col.sub}</strong>
                      </>
                    ) : (
                      <strong>{col.label}</strong>
                    )}
                    <span className="muted"> ({col.filled} ingevuld)</span>
                  </td>
                  <td className={styles.samples}>{col.samples.slice(0, 3).join(" · ")}</td>
                  <td>
                    {isPersonal ? (
                      <span className="muted">Persoonsgegevens: nooit importeren</span>
                    ) : (
                      <TargetSelect
                        id={`target-${c.index}`}
                        label={`Importeren als, kolom ${c.index + 1}: ${col.sub || col.question}`}
                        value={c.target}
                        targets={analysis.targets}
                        onChange={(v) => update(c.index, { target: v, values: undefined })}
                      />
                    )}
                    {target?.options && (
                      <details className={styles.values}>
                        <summary>Antwoorden koppelen</summary>
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
                              <option value="">(automatisch: code, nummer of gelijke tekst)</option>
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
