import type { TResultFilters } from "@/lib/analysis/filters";
import { getBreakdowns, getCompletionTimes, getPageTimes, getPerDay, getTotals, getTrend } from "@/lib/analysis/service";
import type { TSurveyContext } from "@/lib/analysis/survey";
import { formatCount, formatDay, formatPct } from "@/lib/format/nl";
import styles from "./dashboard.module.css";
import { ChartExport } from "./ChartExport";
import { PerDayChart, TrendChart } from "./MonitoringCharts";

export { FunnelsWidget } from "./FunnelWidget";

/** Monitoring widgets: each an async server component with its own query and Suspense boundary, for the page's filters. */
type TProps = { survey: TSurveyContext; filters?: TResultFilters };

/**
 * A widget's place while its query runs. The "Laden…" is text, not an aria-label: a div without
 * a role may not carry a name (axe: aria-prohibited-attr), and screen readers would skip it.
 */
export function WidgetSkeleton({ wide = false }: { wide?: boolean }) {
  return (
    <div className={`${styles.skeleton} ${wide ? styles.wide : ""}`} aria-busy="true">
      <span className="visually-hidden">Laden…</span>
    </div>
  );
}

export async function TotalsWidget({ survey, filters }: TProps) {
  const t = await getTotals(survey, filters);
  const parts = (survey.structure.def.parts?.items ?? []).map((p) => ({ id: p.id, label: p.title }));
  return (
    <section aria-labelledby="totals-title">
      <h3 id="totals-title" className="visually-hidden">Totalen</h3>
      <dl className={styles.stats}>
        <div className={styles.stat}><dt>Gestart</dt><dd data-testid="stat-started">{formatCount(t.overall.started)}</dd></div>
        <div className={styles.stat}><dt>Afgerond</dt><dd data-testid="stat-finished">{formatCount(t.overall.finished)}</dd></div>
        <div className={styles.stat}><dt>Afrondingspercentage</dt><dd data-testid="stat-rate">{formatPct(t.overall.finishRate)}</dd></div>
        {parts.map((p) => (
          <div key={p.id} className={styles.stat}>
            <dt>{p.label}: afgerond</dt><dd data-testid={`stat-part-${p.id}`}>{formatCount(t.overall.partsFinished[p.id] ?? 0)}</dd>
          </div>
        ))}
      </dl>
      {t.byVersion.length > 0 && (
        <div className={styles.tableWrap}>
          <table className={styles.table} style={{ marginTop: ".75rem" }}>
            <caption>Per versie en verloop</caption>
            <thead>
              <tr>
                <th scope="col">Versie</th><th scope="col" className={styles.num}>Gestart</th>
                <th scope="col" className={styles.num}>Afgerond</th><th scope="col" className={styles.num}>Afronding</th>
                {parts.map((p) => <th key={p.id} scope="col" className={styles.num}>{p.label}: af</th>)}
              </tr>
            </thead>
            <tbody>
              {t.byVersion.map((v) => (
                <tr key={v.key}>
                  <th scope="row">{v.label}</th><td className={styles.num}>{formatCount(v.started)}</td><td className={styles.num}>{formatCount(v.finished)}</td>
                  <td className={styles.num}>{formatPct(v.finishRate)}</td>
                  {parts.map((p) => <td key={p.id} className={styles.num}>{formatCount(v.partsFinished[p.id] ?? 0)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export async function PerDayWidget({ survey, filters }: TProps) {
  const rows = await getPerDay(survey, filters);
  return (
    <section className={styles.card} aria-labelledby="perday-title">
      <h3 id="perday-title">Antwoorden per dag</h3>
      {rows.length === 0 ? <p className="muted">Nog geen antwoorden.</p> : <PerDayChart rows={rows} />}
      {rows.length > 0 && <ChartExport name="antwoorden-per-dag" title="Antwoorden per dag" />}
      <details className={styles.details}>
        <summary>Tabel per dag</summary>
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption>Gestart en afgerond per dag</caption>
            <thead><tr><th scope="col">Dag</th><th scope="col" className={styles.num}>Gestart</th><th scope="col" className={styles.num}>Afgerond</th></tr></thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.day}><th scope="row">{formatDay(r.day)}</th><td className={styles.num}>{formatCount(r.started)}</td><td className={styles.num}>{formatCount(r.finished)}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

/** Running totals over the fieldwork (the period filter narrows it), overall and per source. */
export async function TrendWidget({ survey, filters }: TProps) {
  const trend = await getTrend(survey, filters);
  return (
    <section className={styles.card} aria-labelledby="trend-title">
      <h3 id="trend-title">Respons cumulatief, per bron</h3>
      {trend.rows.length === 0 ? <p className="muted">Nog geen antwoorden.</p> : <TrendChart trend={trend} />}
      {trend.rows.length > 0 && <ChartExport name="respons-cumulatief" title="Respons cumulatief, per bron" />}
      <details className={styles.details}>
        <summary>Tabel cumulatief</summary>
        <div className={styles.tableWrap}>
          <table className={styles.table} data-testid="trend-table">
            <caption>Gestart en afgerond tot en met elke dag, en gestart per bron</caption>
            <thead>
              <tr>
                <th scope="col">Dag</th><th scope="col" className={styles.num}>Gestart</th><th scope="col" className={styles.num}>Afgerond</th>
                {trend.series.map((s) => <th key={s.key} scope="col" className={styles.num}>via {s.label}</th>)}
              </tr>
            </thead>
            <tbody>
              {trend.rows.map((r) => (
                <tr key={r.day}>
                  <th scope="row">{formatDay(r.day)}</th>
                  <td className={styles.num}>{formatCount(r.started)}</td>
                  <td className={styles.num}>{formatCount(r.finished)}</td>
                  {trend.series.map((s) => <td key={s.key} className={styles.num} data-source={s.label}>{formatCount(Number(r[s.key]))}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

export async function CompletionWidget({ survey, filters }: TProps) {
  const rows = await getCompletionTimes(survey, filters);
  return (
    <section className={styles.card} aria-labelledby="ttc-title">
      <h3 id="ttc-title">Mediane invultijd</h3>
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Mediane invultijd">
        <table className={styles.table}>
          <caption className="visually-hidden">Mediane tijd van start tot afronden</caption>
          <thead><tr><th scope="col">Groep</th><th scope="col" className={styles.num}>N</th><th scope="col" className={styles.num}>Mediaan</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}><th scope="row">{r.label}</th><td className={styles.num}>{formatCount(r.n)}</td><td className={styles.num}>{r.median}</td></tr>
            ))}
            {rows.length === 0 && <tr><td colSpan={3} className="muted">Nog niemand heeft afgerond.</td></tr>}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export async function PageTimesWidget({ survey, filters }: TProps) {
  const rows = await getPageTimes(survey, filters);
  return (
    <section className={styles.card} aria-labelledby="pagetime-title">
      <h3 id="pagetime-title">Mediane tijd per pagina</h3>
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Mediane tijd per pagina">
        <table className={styles.table}>
          <caption className="visually-hidden">Mediane tijd per pagina</caption>
          <thead><tr><th scope="col">Pagina</th><th scope="col" className={styles.num}>N</th><th scope="col" className={styles.num}>Mediaan</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.page}><th scope="row">{r.label}</th><td className={styles.num}>{formatCount(r.n)}</td><td className={styles.num}>{r.median}</td></tr>
            ))}
            {rows.length === 0 && <tr><td colSpan={3} className="muted">Nog geen pagina&apos;s verzonden.</td></tr>}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export async function BreakdownsWidget({ survey, filters }: TProps) {
  const dims = await getBreakdowns(survey, filters);
  return (
    <section className={`${styles.card} ${styles.wide}`} aria-labelledby="breakdown-title">
      <h3 id="breakdown-title">Herkomst en achtergrond</h3>
      <div className={styles.grid}>
        {dims.map((d) => (
          <div key={d.key} className={styles.tableWrap} tabIndex={0} role="region" aria-label={d.title}>
            <table className={styles.table} data-testid={`breakdown-${d.key}`}>
              <caption>{d.title}</caption>
              <thead><tr><th scope="col">{d.title}</th><th scope="col" className={styles.num}>Gestart</th><th scope="col" className={styles.num}>Afgerond</th></tr></thead>
              <tbody>
                {d.rows.map((r) => (
                  <tr key={r.code}><th scope="row">{r.label}</th><td className={styles.num}>{formatCount(r.started)}</td><td className={styles.num}>{formatCount(r.finished)}</td></tr>
                ))}
                {d.rows.length === 0 && <tr><td colSpan={3} className="muted">Nog geen antwoorden.</td></tr>}
              </tbody>
            </table>
          </div>
        ))}
      </div>
    </section>
  );
}
