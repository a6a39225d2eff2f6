import { getFunnels } from "@/lib/analysis/service";
import type { TFunnelArm, TFunnelSection } from "@/lib/analysis/shape-funnels";
import type { TResultFilters } from "@/lib/analysis/filters";
import type { TSurveyContext } from "@/lib/analysis/survey";
import { formatCount, formatPct } from "@/lib/format/nl";
import { pick, type TAdminLang } from "@/lib/i18n/admin";
import { MONITORING } from "@/lib/i18n/admin/monitoring";
import styles from "./dashboard.module.css";
import f from "./funnel.module.css";

/**
 * Dropout per page, per route: a table per section whose first column carries a bar of the share
 * reached (of the section's base), so the funnel reads on a phone without a chart library.
 */
function SectionTable({ arm, section, lang }: { arm: TFunnelArm; section: TFunnelSection; lang: TAdminLang }) {
  const m = pick(MONITORING, lang);
  const isAfter = section.kind === "after" || section.kind === "extra";
  return (
    <div className={styles.tableWrap}>
      <table className={`${styles.table} ${f.table}`} data-testid={`funnel-${arm.key}-${section.key}`}>
        <caption>
          {section.title} <span className={f.caption}>(N {section.baseLabel} = {formatCount(section.base)})</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{m.page}</th>
            <th scope="col" className={styles.num}>{m.reached}</th>
            <th scope="col" className={styles.num}>{isAfter ? m.closedHere : m.stoppedHere}</th>
            <th scope="col" className={styles.num}>{isAfter ? m.pctClosed : m.pctDropout}</th>
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

function Arm({ arm, lang }: { arm: TFunnelArm; lang: TAdminLang }) {
  const m = pick(MONITORING, lang);
  const start = arm.sections.filter((s) => s.kind === "start");
  const branches = [...new Set(arm.sections.filter((s) => s.kind !== "start").map((s) => s.branch ?? ""))];
  return (
    <div className={f.arm} data-testid={`funnel-${arm.key}`}>
      <h4>{arm.label}</h4>
      <p className={styles.n}>
        {formatCount(arm.started)} {m.armStarted} · <span data-testid={`funnel-${arm.key}-finished`}>{formatCount(arm.finished)}</span> {m.armFinished}
        ({formatPct(arm.finishRate)})
      </p>
      {start.map((s) => <SectionTable key={s.key} arm={arm} section={s} lang={lang} />)}
      <div className={styles.grid}>
        {branches.map((b) => (
          <div key={b} className={f.route}>
            {arm.sections.filter((s) => s.kind !== "start" && (s.branch ?? "") === b).map((s) => (
              <SectionTable key={s.key} arm={arm} section={s} lang={lang} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

export async function FunnelsWidget({ survey, filters, split, lang = "nl" }: { survey: TSurveyContext; filters: TResultFilters; split?: string; lang?: TAdminLang }) {
  const { arms } = await getFunnels(survey, filters, split);
  const m = pick(MONITORING, lang);
  return (
    <section className={`${styles.card} ${styles.wide} ${f.widget}`} aria-labelledby="funnel-title">
      <h3 id="funnel-title">{m.funnel}</h3>
      <p className={styles.n}>{m.funnelIntro}</p>
      {arms.length === 0 && <p className="muted">{m.noResponses}</p>}
      {arms.map((arm) => <Arm key={arm.key} arm={arm} lang={lang} />)}
    </section>
  );
}
