import { getBeforeAfter, getExperimentFigures } from "@/lib/analysis/experiment-service";
import type { TSurveyContext } from "@/lib/analysis/survey";
import { formatCount, formatDate, formatDateTime } from "@/lib/format/nl";
import styles from "./dashboard.module.css";
import { GroupComparison } from "./GroupComparison";

/** Monitoring's experiment cards: per arm started, finished, dropout with intervals and the test. */
export async function ExperimentWidget({ survey }: { survey: TSurveyContext }) {
  const figures = await getExperimentFigures(survey);
  if (figures.length === 0) return null;
  return (
    <>
      {figures.map(({ experiment: e, comparison }) => (
        <section key={e.id} className={`${styles.card} ${styles.wide}`} aria-labelledby={`experiment-${e.id}`} data-testid="experiment-card">
          <h3 id={`experiment-${e.id}`}>
            Experiment {e.stoppedAt ? "(gestopt)" : "(loopt)"}: {e.arms.map((a) => `versie ${a.version}`).join(" tegen ")}
          </h3>
          <p className="muted">
            Gestart {formatDateTime(e.startedAt, survey.timeZone)}{e.stoppedAt ? `, gestopt ${formatDateTime(e.stoppedAt, survey.timeZone)}` : ""};{" "}
            {formatCount(e.assigned)} nieuwe deelnemers willekeurig toegewezen in blokken van {e.blockSize}. De filters hierboven gelden hier niet.
          </p>
          <GroupComparison comparison={comparison} testId="experiment" groupHeader="Arm" />
        </section>
      ))}
    </>
  );
}

/** Before and after a switch of the flow by a new version (no experiment): the versions compared the same way. */
export async function BeforeAfterWidget({ survey }: { survey: TSurveyContext }) {
  const comparison = await getBeforeAfter(survey);
  if (!comparison) return null;
  const period = (first: string | null, last: string | null) =>
    first ? `gestart ${formatDate(first, survey.timeZone)} – ${formatDate(last, survey.timeZone)}` : "";
  const details = Object.fromEntries(comparison.groups.map((g) => [g.key, period(g.first, g.last)]));
  return (
    <section className={`${styles.card} ${styles.wide}`} aria-labelledby="before-after-title" data-testid="before-after-card">
      <h3 id="before-after-title">Voor en na de wissel van versie</h3>
      <p className="muted">
        Deelnemers buiten een experiment, per versie in de volgorde waarin ze begonnen. Niet willekeurig toegewezen: een verschil kan ook
        aan de periode liggen. De filters hierboven gelden hier niet.
      </p>
      <GroupComparison comparison={comparison} testId="before-after" groupHeader="Versie" details={details} />
    </section>
  );
}
