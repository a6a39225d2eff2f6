import { getBreakdowns, getCompletionTimes, getFunnels, getPageTimes, getPerDay, getTotals } from "@/lib/analysis/service";
import type { TFunnel } from "@/lib/analysis/shape-monitoring";
import type { TSurveyContext } from "@/lib/analysis/survey";
import styles from "./dashboard.module.css";
import { FunnelChart, PerDayChart } from "./MonitoringCharts";

/** Monitoring widgets: each an async server component with its own query and Suspense boundary. */
type TProps = { survey: TSurveyContext };
const nl = (v: number | null, suffix = "") => (v === null ? "–" : `${v.toLocaleString("nl-NL")}${suffix}`);

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

export async function TotalsWidget({ survey }: TProps) {
  const t = await getTotals(survey);
  const parts = (survey.structure.def.parts?.items ?? []).map((p) => ({ id: p.id, label: p.title }));
  return (
    <section aria-labelledby="totals-title">
      <h3 id="totals-title" className="visually-hidden">Totalen</h3>
      <dl className={styles.stats}>
        <div className={styles.stat}><dt>Gestart</dt><dd data-testid="stat-started">{nl(t.overall.started)}</dd></div>
        <div className={styles.stat}><dt>Afgerond</dt><dd data-testid="stat-finished">{nl(t.overall.finished)}</dd></div>
        <div className={styles.stat}><dt>Afrondingspercentage</dt><dd data-testid="stat-rate">{nl(t.overall.finishRate, "%")}</dd></div>
        {parts.map((p) => (
          <div key={p.id} className={styles.stat}>
            <dt>{p.label}: afgerond</dt><dd data-testid={`stat-part-${p.id}`}>{nl(t.overall.partsFinished[p.id] ?? 0)}</dd>
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
                  <th scope="row">{v.label}</th><td className={styles.num}>{nl(v.started)}</td><td className={styles.num}>{nl(v.finished)}</td>
                  <td className={styles.num}>{nl(v.finishRate, "%")}</td>
                  {parts.map((p) => <td key={p.id} className={styles.num}>{nl(v.partsFinished[p.id] ?? 0)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function FunnelTable({ funnel }: { funnel: TFunnel }) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} data-testid={`funnel-${funnel.key}`}>
        <caption>Trechter: {funnel.label} (N gestart = {funnel.started})</caption>
        <thead>
          <tr>
            <th scope="col">Pagina</th><th scope="col" className={styles.num}>Bereikt</th>
            <th scope="col" className={styles.num}>% van gestart</th><th scope="col" className={styles.num}>Gestopt hier</th>
          </tr>
        </thead>
        <tbody>
          {funnel.steps.map((s) => (
            <tr key={s.page} data-page={s.page}>
              <th scope="row">{s.label}</th><td className={styles.num} data-col="reached">{nl(s.reached)}</td>
              <td className={styles.num}>{nl(s.reachedPct, "%")}</td><td className={styles.num} data-col="stopped">{nl(s.stopped)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export async function FunnelsWidget({ survey }: TProps) {
  const f = await getFunnels(survey);
  const groups = [
    { title: "Per verloop", funnels: f.byMode },
    { title: "Keuzeverloop per gekozen deel", funnels: f.byPart },
    ...(f.byVersion.length > f.byMode.length ? [{ title: "Per versie", funnels: f.byVersion }] : []),
  ].filter((g) => g.funnels.length > 0);
  return (
    <section className={`${styles.card} ${styles.wide}`} aria-labelledby="funnel-title">
      <h3 id="funnel-title">Uitval per pagina</h3>
      <p className={styles.n}>Bereikt = pagina verzonden of er nu op; gestopt = niet afgerond en staat nog op deze pagina.</p>
      {groups.length === 0 && <p className="muted">Nog geen antwoorden.</p>}
      {groups.map((g) => (
        <div key={g.title}>
          <h4>{g.title}</h4>
          <div className={styles.grid}>
            {g.funnels.map((fun) => (
              <div key={fun.key}>
                <FunnelChart funnel={fun} />
                <details className={styles.details} open={g.title === "Per verloop"}>
                  <summary>Tabel: {fun.label}</summary>
                  <FunnelTable funnel={fun} />
                </details>
              </div>
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}

export async function PerDayWidget({ survey }: TProps) {
  const rows = await getPerDay(survey);
  return (
    <section className={styles.card} aria-labelledby="perday-title">
      <h3 id="perday-title">Antwoorden per dag</h3>
      {rows.length === 0 ? <p className="muted">Nog geen antwoorden.</p> : <PerDayChart rows={rows} />}
      <details className={styles.details}>
        <summary>Tabel per dag</summary>
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption>Gestart en afgerond per dag</caption>
            <thead><tr><th scope="col">Dag</th><th scope="col" className={styles.num}>Gestart</th><th scope="col" className={styles.num}>Afgerond</th></tr></thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.day}><th scope="row">{r.day}</th><td className={styles.num}>{r.started}</td><td className={styles.num}>{r.finished}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

export async function CompletionWidget({ survey }: TProps) {
  const rows = await getCompletionTimes(survey);
  return (
    <section className={styles.card} aria-labelledby="ttc-title">
      <h3 id="ttc-title">Mediane invultijd</h3>
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Mediane invultijd">
        <table className={styles.table}>
          <caption className="visually-hidden">Mediane tijd van start tot afronden</caption>
          <thead><tr><th scope="col">Groep</th><th scope="col" className={styles.num}>N</th><th scope="col" className={styles.num}>Mediaan</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}><th scope="row">{r.label}</th><td className={styles.num}>{r.n}</td><td className={styles.num}>{r.median}</td></tr>
            ))}
            {rows.length === 0 && <tr><td colSpan={3} className="muted">Nog niemand heeft afgerond.</td></tr>}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export async function PageTimesWidget({ survey }: TProps) {
  const rows = await getPageTimes(survey);
  return (
    <section className={styles.card} aria-labelledby="pagetime-title">
      <h3 id="pagetime-title">Mediane tijd per pagina</h3>
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Mediane tijd per pagina">
        <table className={styles.table}>
          <caption className="visually-hidden">Mediane tijd per pagina</caption>
          <thead><tr><th scope="col">Pagina</th><th scope="col" className={styles.num}>N</th><th scope="col" className={styles.num}>Mediaan</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.page}><th scope="row">{r.label}</th><td className={styles.num}>{r.n}</td><td className={styles.num}>{r.median}</td></tr>
            ))}
            {rows.length === 0 && <tr><td colSpan={3} className="muted">Nog geen pagina&apos;s verzonden.</td></tr>}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export async function BreakdownsWidget({ survey }: TProps) {
  const dims = await getBreakdowns(survey);
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
                  <tr key={r.code}><th scope="row">{r.label}</th><td className={styles.num}>{r.started}</td><td className={styles.num}>{r.finished}</td></tr>
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
