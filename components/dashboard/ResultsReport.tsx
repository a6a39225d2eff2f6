import { Suspense, type ReactNode } from "react";
import type { TResultFilters } from "@/lib/analysis/filters";
import { reportOf } from "@/lib/analysis/service";
import type { TSurveyContext } from "@/lib/analysis/survey";
import { WidgetBoundary } from "@/components/admin/WidgetBoundary";
import styles from "./dashboard.module.css";
import { WidgetSkeleton } from "./monitoring-widgets";
import { SectionWidget } from "./result-widgets";

function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro && <p className="muted">{intro}</p>}
      <WidgetBoundary title="Dit onderdeel">
        <Suspense fallback={<WidgetSkeleton wide />}>{children}</Suspense>
      </WidgetBoundary>
    </section>
  );
}

/**
 * The report's figures under the given filters: the body of the results page, also what a
 * share link (app/r/[token]) and the PDF show. Figures and tables of counts only: nothing here
 * shows a respondent's own words, and nothing that does may be added here (the shared view is
 * seen by people without an account).
 */
export function ResultsReport({ survey, filters, groupBy }: { survey: TSurveyContext; filters: TResultFilters; groupBy?: string }) {
  return (
    <>
      <p className="muted">
        {filters.includePartial
          ? "Wie telt mee: iedereen die de vraag beantwoordde, ook wie de vragenlijst niet afrondde (zoals de vraagoverzichten van SurveyMonkey tellen). Dit is de standaard."
          : "Wie telt mee: alleen afgeronde antwoorden (per deel: wie dat deel heeft afgerond)."}
        {" "}Een aandeel bij een optie die niet iedereen te zien kreeg, is een aandeel van wie de optie te zien kreeg.
      </p>
      {reportOf(survey, groupBy).sections.map((section) => (
        <Section key={section.id} id={section.id} title={section.title} intro={section.intro}>
          <SectionWidget survey={survey} filters={filters} sectionId={section.id} groupBy={groupBy} />
        </Section>
      ))}
    </>
  );
}
