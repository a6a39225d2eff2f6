import { Suspense, type ReactNode } from "react";
import type { TResultFilters } from "@/lib/analysis/filters";
import { reportOf } from "@/lib/analysis/service";
import type { TSurveyContext } from "@/lib/analysis/survey";
import { WidgetBoundary } from "@/components/admin/WidgetBoundary";
import { pick, type TAdminLang } from "@/lib/i18n/admin";
import { RESULTS } from "@/lib/i18n/admin/results";
import styles from "./dashboard.module.css";
import { WidgetSkeleton } from "./monitoring-widgets";
import { SectionWidget } from "./result-widgets";

function Section({ id, title, intro, children, lang }: { id: string; title: string; intro?: string; children: ReactNode; lang: TAdminLang }) {
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro && <p className="muted">{intro}</p>}
      <WidgetBoundary title={pick(RESULTS, lang).thisSection}>
        <Suspense fallback={<WidgetSkeleton wide lang={lang} />}>{children}</Suspense>
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
/** `lang`: the admin interface's language; the shared view (app/r) passes none and stays Dutch. */
export function ResultsReport({ survey, filters, groupBy, lang = "nl" }: { survey: TSurveyContext; filters: TResultFilters; groupBy?: string; lang?: TAdminLang }) {
  const t = pick(RESULTS, lang);
  return (
    <>
      <p className="muted">
        {filters.includePartial ? t.basePartial : t.baseFinished} {t.offeredNote}
      </p>
      {reportOf(survey, groupBy).sections.map((section) => (
        <Section key={section.id} id={section.id} title={section.title} intro={section.intro} lang={lang}>
          <SectionWidget survey={survey} filters={filters} sectionId={section.id} groupBy={groupBy} lang={lang} />
        </Section>
      ))}
    </>
  );
}
