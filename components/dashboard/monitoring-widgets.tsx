import type { TResultFilters } from "@/lib/analysis/filters";
import { getBreakdowns, getCompletionTimes, getPageTimes, getPerDay, getTotals, getTrend } from "@/lib/analysis/service";
import type { TSurveyContext } from "@/lib/analysis/survey";
import { formatCount, formatDay, formatPct } from "@/lib/format/nl";
import { pick, type TAdminLang } from "@/lib/i18n/admin";
import { DASHBOARD } from "@/lib/i18n/admin/dashboard";
import { MONITORING } from "@/lib/i18n/admin/monitoring";
import styles from "./dashboard.module.css";
import { ChartExport } from "./ChartExport";
import { PerDayChart, TrendChart } from "./MonitoringCharts";

export { FunnelsWidget } from "./FunnelWidget";

/** Monitoring widgets: each an async server component with its own query and Suspense boundary, for the page's filters. */
type TProps = { survey: TSurveyContext; filters?: TResultFilters; lang?: TAdminLang };

/**
 * A widget's place while its query runs. The "Laden…" is text, not an aria-label: a div without
 * a role may not carry a name (axe: aria-prohibited-attr), and screen readers would skip it.
 */
export function WidgetSkeleton({ wide = false, lang = "nl" }: { wide?: boolean; lang?: TAdminLang }) {
  return (
    <div className={`${styles.skeleton} ${wide ? styles.wide : ""}`} aria-busy="true">
      <span className="visually-hidden">{pick(DASHBOARD, lang).loading}</span>
    </div>
  );
}

export async function TotalsWidget({ survey, filters, lang = "nl" }: TProps) {
  const t = await getTotals(survey, filters);
  const m = pick(MONITORING, lang);
  const parts = (survey.structure.def.parts?.items ?? []).map((p) => ({ id: p.id, label: p.title }));
  return (
    <section aria-labelledby="totals-title">
      <h3 id="totals-title" className="visually-hidden">{m.totals}</h3>
      <dl className={styles.stats}>
        <div className={styles.stat}><dt>{m.started}</dt><dd data-testid="stat-started">{formatCount(t.overall.started)}</dd></div>
        <div className={styles.stat}><dt>{m.finished}</dt><dd data-testid="stat-finished">{formatCount(t.overall.finished)}</dd></div>
        <div className={styles.stat}><dt>{m.finishRate}</dt><dd data-testid="stat-rate">{formatPct(t.overall.finishRate)}</dd></div>
        {parts.map((p) => (
          <div key={p.id} className={styles.stat}>
            <dt>{m.partFinished(p.label)}</dt><dd data-testid={`stat-part-${p.id}`}>{formatCount(t.overall.partsFinished[p.id] ?? 0)}</dd>
          </div>
        ))}
      </dl>
      {t.byVersion.length > 0 && (
        <div className={styles.tableWrap}>
          <table className={styles.table} style={{ marginTop: ".75rem" }}>
            <caption>{m.byVersion}</caption>
            <thead>
              <tr>
                <th scope="col">{m.version}</th><th scope="col" className={styles.num}>{m.started}</th>
                <th scope="col" className={styles.num}>{m.finished}</th><th scope="col" className={styles.num}>{m.finishing}</th>
                {parts.map((p) => <th key={p.id} scope="col" className={styles.num}>{m.partDone(p.label)}</th>)}
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

export async function PerDayWidget({ survey, filters, lang = "nl" }: TProps) {
  const rows = await getPerDay(survey, filters);
  const m = pick(MONITORING, lang);
  return (
    <section className={styles.card} aria-labelledby="perday-title">
      <h3 id="perday-title">{m.perDay}</h3>
      {rows.length === 0 ? <p className="muted">{m.noResponses}</p> : <PerDayChart rows={rows} />}
      {rows.length > 0 && <ChartExport name={m.perDayFile} title={m.perDay} />}
      <details className={styles.details}>
        <summary>{m.perDayTable}</summary>
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption>{m.perDayCaption}</caption>
            <thead><tr><th scope="col">{m.day}</th><th scope="col" className={styles.num}>{m.started}</th><th scope="col" className={styles.num}>{m.finished}</th></tr></thead>
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
export async function TrendWidget({ survey, filters, lang = "nl" }: TProps) {
  const trend = await getTrend(survey, filters);
  const m = pick(MONITORING, lang);
  return (
    <section className={styles.card} aria-labelledby="trend-title">
      <h3 id="trend-title">{m.trend}</h3>
      {trend.rows.length === 0 ? <p className="muted">{m.noResponses}</p> : <TrendChart trend={trend} />}
      {trend.rows.length > 0 && <ChartExport name={m.trendFile} title={m.trend} />}
      <details className={styles.details}>
        <summary>{m.trendTable}</summary>
        <div className={styles.tableWrap}>
          <table className={styles.table} data-testid="trend-table">
            <caption>{m.trendCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.day}</th><th scope="col" className={styles.num}>{m.started}</th><th scope="col" className={styles.num}>{m.finished}</th>
                {trend.series.map((s) => <th key={s.key} scope="col" className={styles.num}>{m.via(s.label)}</th>)}
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

export async function CompletionWidget({ survey, filters, lang = "nl" }: TProps) {
  const rows = await getCompletionTimes(survey, filters);
  const m = pick(MONITORING, lang);
  return (
    <section className={styles.card} aria-labelledby="ttc-title">
      <h3 id="ttc-title">{m.medianTime}</h3>
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={m.medianTime}>
        <table className={styles.table}>
          <caption className="visually-hidden">{m.medianTimeCaption}</caption>
          <thead><tr><th scope="col">{m.group}</th><th scope="col" className={styles.num}>N</th><th scope="col" className={styles.num}>{m.median}</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}><th scope="row">{r.label}</th><td className={styles.num}>{formatCount(r.n)}</td><td className={styles.num}>{r.median}</td></tr>
            ))}
            {rows.length === 0 && <tr><td colSpan={3} className="muted">{m.noneFinished}</td></tr>}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export async function PageTimesWidget({ survey, filters, lang = "nl" }: TProps) {
  const rows = await getPageTimes(survey, filters);
  const m = pick(MONITORING, lang);
  return (
    <section className={styles.card} aria-labelledby="pagetime-title">
      <h3 id="pagetime-title">{m.pageTime}</h3>
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={m.pageTime}>
        <table className={styles.table}>
          <caption className="visually-hidden">{m.pageTime}</caption>
          <thead><tr><th scope="col">{m.page}</th><th scope="col" className={styles.num}>N</th><th scope="col" className={styles.num}>{m.median}</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.page}><th scope="row">{r.label}</th><td className={styles.num}>{formatCount(r.n)}</td><td className={styles.num}>{r.median}</td></tr>
            ))}
            {rows.length === 0 && <tr><td colSpan={3} className="muted">{m.noPages}</td></tr>}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export async function BreakdownsWidget({ survey, filters, lang = "nl" }: TProps) {
  const dims = await getBreakdowns(survey, filters);
  const m = pick(MONITORING, lang);
  return (
    <section className={`${styles.card} ${styles.wide}`} aria-labelledby="breakdown-title">
      <h3 id="breakdown-title">{m.breakdown}</h3>
      <div className={styles.grid}>
        {dims.map((d) => (
          <div key={d.key} className={styles.tableWrap} tabIndex={0} role="region" aria-label={d.title}>
            <table className={styles.table} data-testid={`breakdown-${d.key}`}>
              <caption>{d.title}</caption>
              <thead><tr><th scope="col">{d.title}</th><th scope="col" className={styles.num}>{m.started}</th><th scope="col" className={styles.num}>{m.finished}</th></tr></thead>
              <tbody>
                {d.rows.map((r) => (
                  <tr key={r.code}><th scope="row">{r.label}</th><td className={styles.num}>{formatCount(r.started)}</td><td className={styles.num}>{formatCount(r.finished)}</td></tr>
                ))}
                {d.rows.length === 0 && <tr><td colSpan={3} className="muted">{m.noResponses}</td></tr>}
              </tbody>
            </table>
          </div>
        ))}
      </div>
    </section>
  );
}
