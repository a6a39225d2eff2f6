import { smallSeries, SMALL_CELL, type TBarFigure } from "@/lib/analysis/figures";
import { baseDetails, nText } from "@/lib/analysis/titles";
import { formatCount, formatMean, formatPct } from "@/lib/format/nl";
import { BarFigureChart } from "./BarFigureChart";
import { ChartExport } from "./ChartExport";
import { pick, type TAdminLang } from "@/lib/i18n/admin";
import { RESULTS } from "@/lib/i18n/admin/results";
import styles from "./dashboard.module.css";

const fmt = (v: number | null, unit: TBarFigure["unit"]) => (unit === "pct" ? formatPct(v) : unit === "mean" ? formatMean(v) : formatCount(v));

/** N of a figure with its waves ("N = 30 (2023)"); per group where there are groups. */
export function nLine(figure: Pick<TBarFigure, "series" | "base">, lang: TAdminLang = "nl"): string {
  if (figure.base) return nText(figure.series, figure.base, lang);
  return figure.series.length === 1 ? `N = ${formatCount(figure.series[0].n)}` : figure.series.map((s) => `${s.label}: N = ${formatCount(s.n)}`).join(" · ");
}

/** The base line under a title: N and waves, then filters, partial responses, groups without respondents. */
export function BaseLine({ figure, lang = "nl" }: { figure: Pick<TBarFigure, "series" | "base">; lang?: TAdminLang }) {
  return (
    <p className={styles.n} data-testid="figure-base">
      <span data-testid="figure-n">{nLine(figure, lang)}</span>
      {figure.base && baseDetails(figure.base, figure.series, lang).map((d) => <span key={d}> · {d}</span>)}
    </p>
  );
}

/** A figure of the report: title, N, small-cell warning, chart, and the exact numbers as a table. */
export function FigureCard({ figure, wide = false, showWarning = true, lang = "nl" }: { figure: TBarFigure; wide?: boolean; showWarning?: boolean; lang?: TAdminLang }) {
  const t = pick(RESULTS, lang);
  const small = showWarning ? smallSeries(figure) : [];
  const hasData = figure.rows.some((r) => figure.series.some((s) => r.values[s.key] !== null));
  const valueHeader = figure.unit === "pct" ? "%" : figure.unit === "mean" ? t.unitMean : t.unitCount;
  return (
    <section className={`${styles.card} ${wide ? styles.wide : ""}`} aria-labelledby={`${figure.id}-title`} data-testid={`figure-${figure.id}`}>
      <h3 id={`${figure.id}-title`}>{figure.title}</h3>
      <BaseLine figure={figure} lang={lang} />
      {small.length > 0 && (
        <p className={styles.warning} role="note">
          {t.smallGroup(SMALL_CELL)}{figure.series.length > 1 ? `: ${small.map((s) => s.label).join(", ")}` : ""}): {t.smallGroupFigure}
        </p>
      )}
      {hasData ? <BarFigureChart figure={figure} /> : <p className="muted">{t.noData}</p>}
      {hasData && <ChartExport name={figure.id} title={figure.title} />}
      {figure.note && <p className={styles.n}>{figure.note}</p>}
      <details className={styles.details}>
        <summary>{t.numbersTable}</summary>
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption>
              {figure.title} ({nLine(figure, lang)})
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.category}</th>
                {figure.series.map((s) => (
                  <th key={s.key} scope="col" className={styles.num}>
                    {figure.series.length > 1 ? <>{s.label}<br /></> : ""}
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
                    <td key={s.key} className={`${styles.num} ${figure.series.length > 1 ? styles.numWrap : ""} ${figure.unit === "mean" && r.ns[s.key] < SMALL_CELL ? styles.small : ""}`}>
                      <span className={styles.nowrap}>{fmt(r.values[s.key], figure.unit)}</span>{" "}
                      <span className={styles.nowrap}>({formatCount(r.ns[s.key])})</span>
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
