import { SMALL_CELL, type TBarFigure } from "@/lib/analysis/figures";
import type { TResultFilters } from "@/lib/analysis/filters";
import type { TReportItem } from "@/lib/analysis/report/run";
import { getSection } from "@/lib/analysis/service";
import type { TSurveyContext } from "@/lib/analysis/survey";
import { pick, type TAdminLang } from "@/lib/i18n/admin";
import { RESULTS } from "@/lib/i18n/admin/results";
import styles from "./dashboard.module.css";
import { BaseLine, FigureCard } from "./FigureCard";
import { RankTableCard } from "./RankTableCard";

/**
 * A section of the report (report.json, or the default summaries): one server component with
 * its own queries and Suspense boundary, rendering figures, ranking tables and panels as data.
 */
type TProps = { survey: TSurveyContext; filters: TResultFilters; sectionId: string; groupBy?: string; lang?: TAdminLang };

/** Many rows (a list of 34 competences) or long statements need the full width of the section. */
const isWide = (f: TBarFigure, inPanel = false) => f.rows.length > 10 || (!inPanel && f.unit === "mean");

function Item({ item, lang }: { item: TReportItem; lang: TAdminLang }) {
  const t = pick(RESULTS, lang);
  if (item.kind === "figure") return <FigureCard figure={item.figure} wide={isWide(item.figure)} lang={lang} />;
  if (item.kind === "ranking") return <RankTableCard table={item.table} lang={lang} />;
  const first = item.items[0];
  return (
    <section className={`${styles.card} ${styles.wide}`} aria-labelledby={`panel-${item.id}-title`} data-testid={`panel-${item.id}`}>
      <h3 id={`panel-${item.id}-title`}>{item.title}</h3>
      {first?.kind === "figure" && <BaseLine figure={first.figure} lang={lang} />}
      {item.n > 0 && item.n < SMALL_CELL && (
        <p className={styles.warning} role="note">
          {t.smallGroup(SMALL_CELL)}).{item.smallWarning ? ` ${item.smallWarning}` : ` ${t.smallGroupPanel}`}
        </p>
      )}
      <div className={styles.grid}>
        {item.items.map((child, i) =>
          child.kind === "figure" ? <FigureCard key={i} figure={child.figure} showWarning={false} wide={isWide(child.figure, true)} lang={lang} /> : <Item key={i} item={child} lang={lang} />,
        )}
      </div>
    </section>
  );
}

export async function SectionWidget({ survey, filters, sectionId, groupBy, lang = "nl" }: TProps) {
  const section = await getSection(survey, filters, sectionId, groupBy);
  return (
    <div className={styles.grid}>
      {section.items.map((item, i) => <Item key={i} item={item} lang={lang} />)}
    </div>
  );
}
