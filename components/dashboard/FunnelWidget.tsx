import { getFunnels } from "@/lib/analysis/service";
import type { TFunnelArm, TFunnelSection } from "@/lib/analysis/shape-funnels";
import type { TResultFilters } from "@/lib/analysis/filters";
import type { TSurveyContext } from "@/lib/analysis/survey";
import { formatCount, formatPct } from "@/lib/format/nl";
import styles from "./dashboard.module.css";
import f from "./funnel.module.css";

/**
 * Dropout per page, per route: a table per section whose first column carries a bar of the share
 * reached (of the section's base), so the funnel reads on a phone without a chart library.
 */
function SectionTable({ arm, section }: { arm: TFunnelArm; section: TFunnelSection }) {
  const isAfter = section.kind === "after" || section.kind === "extra";
  return (
    <div className={styles.tableWrap}>
      <table className={`${styles.table} ${f.table}`} data-testid={`funnel-${arm.key}-${section.key}`}>
        <caption>
          {section.title} <span className={f.caption}>(N {section.baseLabel} = {formatCount(section.base)})</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Pagina</th>
            <th scope="col" className={styles.num}>Bereikt</th>
            <th scope="col" className={styles.num}>{isAfter ? "Gesloten hier" : "Gestopt hier"}</th>
            <th scope="col" className={styles.num}>{isAfter ? "% gesloten" : "% uitval"}</th>
          </tr>
        </thead>
        <tbody>
          {section.steps.map((s) => (
            <tr key={s.key} data-step={s.key} className={s.isFinish ? f.finishRow : undefined}>
              <th scope="row">
                {s.label}
                <span className={f.bar} aria-hidden="true">
                  <span className={s.isFinish ? f.barFinish : f.barFill} style={{ width: `${Math.min(100, s.basePct ?? 0)}%` }} />
                </span>
              </th>
              <td className={styles.num} data-col="reached">
                {formatCount(s.reached)} <span className={f.share}>({formatPct(s.basePct, 0)})</span>
              </td>
              <td className={styles.num} data-col="left">{s.left === null ? "–" : formatCount(s.left)}</td>
              <td className={styles.num} data-col="dropout">{formatPct(s.dropoutPct)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Arm({ arm }: { arm: TFunnelArm }) {
  const start = arm.sections.filter((s) => s.kind === "start");
  const branches = [...new Set(arm.sections.filter((s) => s.kind !== "start").map((s) => s.branch ?? ""))];
  return (
    <div className={f.arm} data-testid={`funnel-${arm.key}`}>
      <h4>{arm.label}</h4>
      <p className={styles.n}>
        {formatCount(arm.started)} gestart · <span data-testid={`funnel-${arm.key}-finished`}>{formatCount(arm.finished)}</span> afgerond
        ({formatPct(arm.finishRate)})
      </p>
      {start.map((s) => <SectionTable key={s.key} arm={arm} section={s} />)}
      <div className={styles.grid}>
        {branches.map((b) => (
          <div key={b} className={f.route}>
            {arm.sections.filter((s) => s.kind !== "start" && (s.branch ?? "") === b).map((s) => (
              <SectionTable key={s.key} arm={arm} section={s} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

export async function FunnelsWidget({ survey, filters, split }: { survey: TSurveyContext; filters: TResultFilters; split?: string }) {
  const { arms } = await getFunnels(survey, filters, split);
  return (
    <section className={`${styles.card} ${styles.wide} ${f.widget}`} aria-labelledby="funnel-title">
      <h3 id="funnel-title">Uitval per pagina</h3>
      <p className={styles.n}>
        Per route: wie een deel kiest, volgt alleen de pagina&apos;s van dat deel. Bereikt = kwam minstens tot deze pagina
        (verzonden of er nu op). Gestopt hier = niet afgerond en niet verder gekomen. Afgerond = afgeronde antwoorden, zoals in de
        totalen. Wat na het afronden komt (verloting, bedankpagina, een extra deel) telt alleen afgeronde antwoorden.
      </p>
      {arms.length === 0 && <p className="muted">Nog geen antwoorden.</p>}
      {arms.map((arm) => <Arm key={arm.key} arm={arm} />)}
    </section>
  );
}
