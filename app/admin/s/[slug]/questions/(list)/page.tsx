import type { Metadata } from "next";
import { pick } from "@/lib/i18n/admin";
import { adminLang } from "@/lib/i18n/admin-server";
import { DASHBOARD } from "@/lib/i18n/admin/dashboard";
import { QUESTIONS } from "@/lib/i18n/admin/questions";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { filterQuery, parseFiltersForPage, resultSettings } from "@/lib/analysis/filters";
import { listQuestionPages } from "@/lib/analysis/questions/service";
import { listWaves } from "@/lib/analysis/service";
import { getSurveyContext } from "@/lib/analysis/survey";
import { WidgetBoundary } from "@/components/admin/WidgetBoundary";
import styles from "@/components/dashboard/dashboard.module.css";
import { FilterForm, filterDimensions } from "@/components/dashboard/FilterForm";
import { LiveRefresh } from "@/components/dashboard/LiveRefresh";
import { WidgetSkeleton } from "@/components/dashboard/monitoring-widgets";
import { QuestionPageWidget } from "@/components/dashboard/questions/QuestionPageWidget";
import { requireSurveyArea } from "@/lib/auth/survey-access";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: pick(QUESTIONS, await adminLang()).title };
}

type TSearch = Promise<Record<string, string | string[] | undefined>>;

/** Every question of the survey, page by page, summarised by its element type, under the results page's filters. */
export default async function QuestionsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: TSearch }) {
  const { slug } = await params;
  await requireSurveyArea(slug, "questions");
  const survey = await getSurveyContext(slug);
  if (!survey) notFound();
  const parsed = parseFiltersForPage(await searchParams, survey.dimensions);
  const { filterError } = parsed;
  // The results page's defaults (partial responses count for what they answered), written out.
  const filters = resultSettings(parsed.filters);
  const waves = await listWaves(survey.id);
  const lang = await adminLang();
  const t = pick(QUESTIONS, lang);
  const action = `/admin/s/${encodeURIComponent(survey.slug)}/questions`;
  const query = filterQuery(filters);
  // Pages of one part share a title: one heading (and one entry in the list) per run of equal titles.
  const pages = (await listQuestionPages(survey)).map((p, i, all) => ({ ...p, isNewTitle: i === 0 || all[i - 1].title !== p.title }));
  return (
    <main>
      <div className={styles.header}>
        <h2>{t.title}</h2>
        <LiveRefresh slug={survey.slug} />
      </div>
      <FilterForm key={query} action={action} filters={filters} waves={waves} dimensions={filterDimensions(survey)} hasBaseSettings lang={lang} />
      {filterError && <p className="error" role="alert">{pick(DASHBOARD, lang).invalidFilter} {filterError}</p>}
      <p className="muted">
        {t.introBefore} <strong>{t.seenWord}</strong>{t.seenText} <strong>{t.skippedWord}</strong>{t.skippedText}{" "}
        {filters.includePartial ? t.inclPartial : t.onlyFinished}
      </p>
      <nav aria-label={t.pagesNav}>
        <ul className={styles.tabs}>
          {pages.filter((p) => p.isNewTitle).map((p) => <li key={p.id}><a href={`#pagina-${p.id}`}>{p.title}</a></li>)}
        </ul>
      </nav>
      {pages.map((p) => (
        <section key={p.id} className={styles.section} id={`pagina-${p.id}`} aria-label={p.title}>
          {p.isNewTitle && <h2>{p.title}</h2>}
          <WidgetBoundary title={t.thisPage}>
            <Suspense fallback={<WidgetSkeleton wide lang={lang} />}>
              <QuestionPageWidget survey={survey} filters={filters} pageId={p.id} filterSearch={query} lang={lang} />
            </Suspense>
          </WidgetBoundary>
        </section>
      ))}
    </main>
  );
}
