import { Suspense } from "react";
import { parseCompareForPage } from "@/lib/analysis/compare/schema";
import { compareOptions } from "@/lib/analysis/compare/service";
import type { TResultFilters } from "@/lib/analysis/filters";
import type { TSurveyContext } from "@/lib/analysis/survey";
import { WidgetBoundary } from "@/components/admin/WidgetBoundary";
import { pick, type TAdminLang } from "@/lib/i18n/admin";
import { RESULTS } from "@/lib/i18n/admin/results";
import { builtInLabel } from "./FilterForm";
import styles from "./dashboard.module.css";
import { CompareForm } from "./CompareForm";
import { CompareResult } from "./CompareResult";
import { WidgetSkeleton } from "./monitoring-widgets";

type TProps = { survey: TSurveyContext; filters: TResultFilters; search: Record<string, string | string[] | undefined>; action: string; lang?: TAdminLang };

/**
 * "Vergelijk op": a question compared across the groups of a dimension, wave, version or flow
 * mode, under the page's filters. Its own card, Suspense boundary and error boundary.
 */
export function CompareSection({ survey, filters, search, action, lang = "nl" }: TProps) {
  const t = pick(RESULTS, lang);
  const { questions, groupings } = compareOptions(survey);
  const { params, error } = parseCompareForPage(search, groupings, questions);
  return (
    <section className={`${styles.section} ${styles.card} ${params ? "" : "no-print"}`} aria-labelledby="vergelijk-op" data-testid="compare-section">
      <h2 id="vergelijk-op">{t.compare}</h2>
      <CompareForm action={action} filters={filters} questions={questions} groupings={groupings.map((g) => ({ ...g, label: builtInLabel(g, lang) }))} chosen={params ?? {}} lang={lang} />
      {error && <p className="error" role="alert">{t.invalidCompare} {error}</p>}
      {params && (
        <WidgetBoundary title={t.theComparison}>
          <Suspense fallback={<WidgetSkeleton wide lang={lang} />}>
            <CompareResult survey={survey} filters={filters} params={params} lang={lang} />
          </Suspense>
        </WidgetBoundary>
      )}
    </section>
  );
}
