import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { filtersInWords } from "@/lib/analysis/filter-words";
import { parseFiltersForPage, resultSettings } from "@/lib/analysis/filters";
import { listWaves, parseGroupBy } from "@/lib/analysis/service";
import { getSurveyContext } from "@/lib/analysis/survey";
import { formatDate } from "@/lib/format/nl";
import { openShareLink } from "@/lib/share/service";
import styles from "@/components/dashboard/dashboard.module.css";
import { FilterForm, filterDimensions } from "@/components/dashboard/FilterForm";
import { ResultsReport } from "@/components/dashboard/ResultsReport";

export const dynamic = "force-dynamic";
/** Not for search engines, and the token never leaves in a Referer header. */
export const metadata: Metadata = { title: "Gedeelde resultaten", robots: { index: false, follow: false }, referrer: "no-referrer" };

type TSearch = Promise<Record<string, string | string[] | undefined>>;

const queryRecord = (q: string) => {
  const sp = new URLSearchParams(q);
  return Object.fromEntries([...new Set(sp.keys())].map((k) => [k, sp.getAll(k)]));
};

/**
 * The results of one survey for someone with a share link and no account: the report's figures
 * (components/dashboard/ResultsReport.tsx, as on the researchers' page), read-only. No admin
 * navigation, no monitoring, export, comparison or saved views. A revoked, expired or unknown
 * link shows the same "niet (meer) geldig" page (404), so nobody learns which tokens existed.
 */
export default async function SharedResultsPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: TSearch }) {
  const { token } = await params;
  const opened = await openShareLink(token);
  if (opened.status !== "active") notFound();
  const survey = await getSurveyContext(opened.link.slug);
  if (!survey) notFound();
  const { link } = opened;
  const isFixed = link.query !== null;
  const { groupBy: rawGroupBy, ...search } = isFixed ? queryRecord(link.query!) : await searchParams;
  const parsed = parseFiltersForPage(search, survey.dimensions);
  const { filterError } = parsed;
  // The results page's defaults (who counts), as on the researchers' own results page.
  const filters = resultSettings(parsed.filters);
  const groupBy = survey.report ? undefined : parseGroupBy(survey, rawGroupBy);
  const dims = filterDimensions(survey);
  return (
    <div className={styles.page} data-testid="shared-results">
      <header>
        <p className="muted">Gedeelde resultaten · alleen lezen{link.expiresAt ? ` · link geldig t/m ${formatDate(new Date(link.expiresAt.getTime() - 1))}` : ""}</p>
        <h1>{survey.title}</h1>
        {link.label && <p>{link.label}</p>}
      </header>
      <main>
        {isFixed ? (
          <p data-testid="shared-filters"><strong>Selectie:</strong> {filtersInWords(filters, dims)}</p>
        ) : (
          <FilterForm action={`/r/${token}`} filters={filters} waves={await listWaves(survey.id)} dimensions={dims} groupBy={groupBy} hasBaseSettings />
        )}
        {filterError && <p className="error" role="alert">Ongeldige filter genegeerd: {filterError}</p>}
        <ResultsReport survey={survey} filters={filters} groupBy={groupBy} />
      </main>
    </div>
  );
}
