import type { TResultFilters } from "@/lib/analysis/filters";
import { getDevelopment, getFactors, getOther, getSample, getTop5 } from "@/lib/analysis/service";
import type { TSurveyContext } from "@/lib/analysis/survey";
import styles from "./dashboard.module.css";
import { FigureCard, nLine } from "./FigureCard";
import { RankTableCard } from "./RankTableCard";
import { SMALL_CELL } from "@/lib/analysis/figures";

/** Result widgets: one query each, shaped into the report's figures; each has its own Suspense. */
type TProps = { survey: TSurveyContext; filters: TResultFilters };

export async function SampleWidget({ survey, filters }: TProps) {
  const s = await getSample(survey, filters);
  return (
    <div className={styles.grid}>
      <FigureCard figure={s.figure1} />
      <FigureCard figure={s.figure2} />
      <FigureCard figure={s.figure3p1} />
      <FigureCard figure={s.figure3p2} />
      <FigureCard figure={s.figure4} />
      <RankTableCard table={s.table2} />
    </div>
  );
}

export async function FactorsWidget({ survey, filters }: TProps) {
  const figures = await getFactors(survey, filters);
  return (
    <div className={styles.grid}>
      {figures.map((f) => <FigureCard key={f.id} figure={f} wide />)}
    </div>
  );
}

export async function Top5Widget({ survey, filters }: TProps) {
  const { figures, table3 } = await getTop5(survey, filters);
  return (
    <div className={styles.grid}>
      {figures.map((f) => <FigureCard key={f.id} figure={f} />)}
      <RankTableCard table={table3} />
    </div>
  );
}

export async function OtherP1Widget({ survey, filters }: TProps) {
  const { figure, table4 } = await getOther(survey, filters, "p1");
  return (
    <div className={styles.grid}>
      <FigureCard figure={figure} wide />
      <RankTableCard table={table4} />
    </div>
  );
}

export async function OtherP2Widget({ survey, filters }: TProps) {
  const { figure } = await getOther(survey, filters, "p2");
  return (
    <div className={styles.grid}>
      <FigureCard figure={figure} wide />
    </div>
  );
}

export async function DevelopmentWidget({ survey, filters }: TProps) {
  const activities = await getDevelopment(survey, filters);
  return (
    <div className={styles.grid}>
      {activities.map((a) => (
        <section key={a.activity} className={`${styles.card} ${styles.wide}`} aria-labelledby={`dev-${a.activity}`} data-testid={`development-${a.activity}`}>
          <h3 id={`dev-${a.activity}`}>{a.label}</h3>
          <p className={styles.n}>{nLine(a.clusters)}</p>
          {a.n > 0 && a.n < SMALL_CELL && (
            <p className={styles.warning} role="note">
              ⚠ Kleine groep (N &lt; {SMALL_CELL}). Het rapport liet een activiteit met N = 5 buiten de analyse: interpreteer met voorzichtigheid.
            </p>
          )}
          <div className={styles.grid}>
            <FigureCard figure={a.clusters} showWarning={false} />
            <FigureCard figure={a.top} showWarning={false} />
          </div>
        </section>
      ))}
    </div>
  );
}
