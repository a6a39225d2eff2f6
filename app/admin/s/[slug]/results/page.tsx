import type { Metadata } from "next";
import { pick } from "@/lib/i18n/admin";
import { adminLang } from "@/lib/i18n/admin-server";
import { DASHBOARD } from "@/lib/i18n/admin/dashboard";
import { RESULTS } from "@/lib/i18n/admin/results";
import { notFound } from "next/navigation";
import { filterQuery, parseFiltersForPage, resultSettings } from "@/lib/analysis/filters";
import { listSavedViews } from "@/lib/analysis/saved-views";
import { listWaves, parseGroupBy } from "@/lib/analysis/service";
import { getSurveyContext } from "@/lib/analysis/survey";
import styles from "@/components/dashboard/dashboard.module.css";
import { FilterForm, filterDimensions } from "@/components/dashboard/FilterForm";
import { LiveRefresh } from "@/components/dashboard/LiveRefresh";
import { ResultsReport } from "@/components/dashboard/ResultsReport";
import { ResultsToolbar } from "@/components/dashboard/ResultsToolbar";
import { filtersInWords } from "@/lib/analysis/filter-words";
import { CompareSection } from "@/components/dashboard/CompareSection";
import { splitCompareSearch } from "@/lib/analysis/compare/schema";
import { SavedViews } from "@/components/dashboard/SavedViews";
import { deleteViewAction, saveViewAction } from "./actions";
import { requireSurveyArea } from "@/lib/auth/survey-access";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: pick(RESULTS, await adminLang()).title };
}

type TSearch = Promise<Record<string, string | string[] | undefined>>;

/** The survey's report (report.json) or, without one, the default summary of every element. */
export default async function ResultsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: TSearch }) {
  const { slug } = await params;
  const { user } = await requireSurveyArea(slug, "results");
  const survey = await getSurveyContext(slug);
  if (!survey) notFound();
  const { compare, rest } = splitCompareSearch(await searchParams);
  const { groupBy: rawGroupBy, ...search } = rest;
  const parsed = parseFiltersForPage(search, survey.dimensions);
  const { filterError } = parsed;
  // The results' defaults written out (who counts, group means), so the form, links and saved views state them.
  const filters = resultSettings(parsed.filters);
  const groupBy = survey.report ? undefined : parseGroupBy(survey, rawGroupBy);
  const [waves, views] = await Promise.all([listWaves(survey.id), listSavedViews(survey.id)]);
  const lang = await adminLang();
  const t = pick(RESULTS, lang);
  const action = `/admin/s/${encodeURIComponent(survey.slug)}/results`;
  const query = new URLSearchParams(filterQuery(filters));
  if (groupBy && groupBy !== "total") query.set("groupBy", groupBy);
  return (
    <main>
      <div className={styles.header}>
        <h2>{t.title}</h2>
        <LiveRefresh slug={survey.slug} />
      </div>
      {/* Keyed by the filters: a link to other filters (a saved view, a tab) shows them in the form. */}
      <FilterForm key={query.toString()} action={action} filters={filters} waves={waves} dimensions={filterDimensions(survey)} groupBy={groupBy} keep={compare} hasBaseSettings lang={lang} />
      {filterError && <p className="error" role="alert">{pick(DASHBOARD, lang).invalidFilter} {filterError}</p>}
      <ResultsToolbar slug={survey.slug} query={query} compare={compare} filters={filtersInWords(filters, filterDimensions(survey))} lang={lang} />
      <SavedViews
        slug={survey.slug} query={query.toString()} saveAction={saveViewAction} deleteAction={deleteViewAction}
        views={views.map((v) => ({ ...v, canDelete: user.role === "admin" || v.createdById === user.id }))}
      />
      <CompareSection survey={survey} filters={filters} search={compare} action={action} lang={lang} />
      <ResultsReport survey={survey} filters={filters} groupBy={groupBy} lang={lang} />
    </main>
  );
}
