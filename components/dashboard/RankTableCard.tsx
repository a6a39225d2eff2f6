import { SMALL_CELL, type TRankTable } from "@/lib/analysis/figures";
import { formatCount, formatPct } from "@/lib/format/nl";
import { pick, type TAdminLang } from "@/lib/i18n/admin";
import { RESULTS } from "@/lib/i18n/admin/results";
import styles from "./dashboard.module.css";
import { BaseLine } from "./FigureCard";

/** Tabel 2–4: per sector group a ranked list, read down each column. */
export function RankTableCard({ table, lang = "nl" }: { table: TRankTable; lang?: TAdminLang }) {
  const t = pick(RESULTS, lang);
  const small = table.columns.filter((c) => c.n > 0 && c.n < SMALL_CELL);
  return (
    <section className={`${styles.card} ${styles.wide}`} aria-labelledby={`${table.id}-title`} data-testid={`table-${table.id}`}>
      <h3 id={`${table.id}-title`}>{table.title}</h3>
      <BaseLine figure={{ series: table.columns, base: table.base }} lang={lang} />
      {small.length > 0 && (
        <p className={styles.warning} role="note">
          {t.smallGroup(SMALL_CELL)}: {small.map((c) => c.label).join(", ")}): {t.smallGroupRank}
        </p>
      )}
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption className="visually-hidden">{table.title}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              {table.columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.label} (N = {formatCount(c.n)})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.ranks.map((row, i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                {row.map((cell, j) => (
                  <td key={table.columns[j].key}>
                    {cell ? `${cell.label} (${formatPct(cell.pct)}, n = ${formatCount(cell.n)})` : "–"}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.note && <p className={styles.n}>{table.note}</p>}
    </section>
  );
}
