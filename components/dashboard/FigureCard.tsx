import { smallSeries, SMALL_CELL, type TBarFigure } from "@/lib/analysis/figures";
import { BarFigureChart } from "./BarFigureChart";
import styles from "./dashboard.module.css";

const fmt = (v: number | null, unit: TBarFigure["unit"]) =>
  v === null ? "–" : `${v.toLocaleString("nl-NL", { maximumFractionDigits: unit === "mean" ? 2 : 1 })}${unit === "pct" ? "%" : ""}`;

export function nLine(figure: Pick<TBarFigure, "series">): string {
  return figure.series.length === 1 ? `N = ${figure.series[0].n}` : figure.series.map((s) => `${s.label}: N = ${s.n}`).join(" · ");
}

/** A figure of the report: title, N, small-cell warning, chart, and the exact numbers as a table. */
export function FigureCard({ figure, wide = false, showWarning = true }: { figure: TBarFigure; wide?: boolean; showWarning?: boolean }) {
  const small = showWarning ? smallSeries(figure) : [];
  const hasData = figure.rows.some((r) => figure.series.some((s) => r.values[s.key] !== null));
  const valueHeader = figure.unit === "pct" ? "%" : figure.unit === "mean" ? "gemiddelde" : "aantal";
  return (
    <section className={`${styles.card} ${wide ? styles.wide : ""}`} aria-labelledby={`${figure.id}-title`} data-testid={`figure-${figure.id}`}>
      <h3 id={`${figure.id}-title`}>{figure.title}</h3>
      <p className={styles.n} data-testid="figure-n">{nLine(figure)}</p>
      {small.length > 0 && (
        <p className={styles.warning} role="note">
          ⚠ Kleine groep (N &lt; {SMALL_CELL}{figure.series.length > 1 ? `: ${small.map((s) => s.label).join(", ")}` : ""}): interpreteer deze uitkomst met voorzichtigheid.
        </p>
      )}
      {hasData ? <BarFigureChart figure={figure} /> : <p className="muted">Nog geen antwoorden voor deze selectie.</p>}
      {figure.note && <p className={styles.n}>{figure.note}</p>}
      <details className={styles.details}>
        <summary>Tabel met de cijfers</summary>
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption>
              {figure.title} ({nLine(figure)})
            </caption>
            <thead>
              <tr>
                <th scope="col">Categorie</th>
                {figure.series.map((s) => (
                  <th key={s.key} scope="col" className={styles.num}>
                    {figure.series.length > 1 ? `${s.label}: ` : ""}
                    {valueHeader} (n)
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {figure.rows.map((r) => (
                <tr key={r.code}>
                  <th scope="row">{r.label}</th>
                  {figure.series.map((s) => (
                    <td key={s.key} className={`${styles.num} ${figure.unit === "mean" && r.ns[s.key] < SMALL_CELL ? styles.small : ""}`}>
                      {fmt(r.values[s.key], figure.unit)} ({r.ns[s.key]})
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
