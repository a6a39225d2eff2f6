import { getBeforeAfter, getExperimentFigures } from "@/lib/analysis/experiment-service";
import type { TSurveyContext } from "@/lib/analysis/survey";
import { formatCount, formatDate, formatDateTime } from "@/lib/format/nl";
import { pick, type TAdminLang } from "@/lib/i18n/admin";
import { MONITORING } from "@/lib/i18n/admin/monitoring";
import styles from "./dashboard.module.css";
import { GroupComparison } from "./GroupComparison";

/** Monitoring's experiment cards: per arm started, finished, dropout with intervals and the test. */
export async function ExperimentWidget({ survey, lang = "nl" }: { survey: TSurveyContext; lang?: TAdminLang }) {
  const figures = await getExperimentFigures(survey);
  const m = pick(MONITORING, lang);
  if (figures.length === 0) return null;
  return (
    <>
      {figures.map(({ experiment: e, comparison }) => (
        <section key={e.id} className={`${styles.card} ${styles.wide}`} aria-labelledby={`experiment-${e.id}`} data-testid="experiment-card">
          <h3 id={`experiment-${e.id}`}>
            {m.experiment} {e.stoppedAt ? m.stopped : m.running}: {e.arms.map((a) => m.versionN(a.version)).join(m.against)}
          </h3>
          <p className="muted">
            {m.experimentStarted(formatDateTime(e.startedAt, survey.timeZone))}{e.stoppedAt ? m.experimentStopped(formatDateTime(e.stoppedAt, survey.timeZone)) : ""};{" "}
            {m.assigned(formatCount(e.assigned), e.blockSize)}
          </p>
          <GroupComparison comparison={comparison} testId="experiment" groupHeader={m.arm} lang={lang} />
        </section>
      ))}
    </>
  );
}

/** Before and after a switch of the flow by a new version (no experiment): the versions compared the same way. */
export async function BeforeAfterWidget({ survey, lang = "nl" }: { survey: TSurveyContext; lang?: TAdminLang }) {
  const comparison = await getBeforeAfter(survey);
  if (!comparison) return null;
  const m = pick(MONITORING, lang);
  const period = (first: string | null, last: string | null) =>
    first ? m.startedPeriod(formatDate(first, survey.timeZone), formatDate(last, survey.timeZone)) : "";
  const details = Object.fromEntries(comparison.groups.map((g) => [g.key, period(g.first, g.last)]));
  return (
    <section className={`${styles.card} ${styles.wide}`} aria-labelledby="before-after-title" data-testid="before-after-card">
      <h3 id="before-after-title">{m.beforeAfter}</h3>
      <p className="muted">{m.beforeAfterIntro}</p>
      <GroupComparison comparison={comparison} testId="before-after" groupHeader={m.version} details={details} lang={lang} />
    </section>
  );
}
