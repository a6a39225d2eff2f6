import type { Metadata } from "next";
import { pick } from "@/lib/i18n/admin";
import { adminLang } from "@/lib/i18n/admin-server";
import { DASHBOARD } from "@/lib/i18n/admin/dashboard";
import { QUESTIONS } from "@/lib/i18n/admin/questions";
import Link from "next/link";
import { notFound } from "next/navigation";
import { filterQuery, parseFiltersForPage, resultSettings } from "@/lib/analysis/filters";
import { splitAnswersSearch, ZAnswersQuery } from "@/lib/analysis/questions/answers";
import { findOpenQuestion, getOpenAnswers } from "@/lib/analysis/questions/service";
import { listWaves } from "@/lib/analysis/service";
import { getSurveyContext } from "@/lib/analysis/survey";
import { formatCount, formatDateTime } from "@/lib/format/nl";
import dash from "@/components/dashboard/dashboard.module.css";
import { FilterForm, filterDimensions } from "@/components/dashboard/FilterForm";
import styles from "@/components/dashboard/questions/questions.module.css";
import { requireSurveyArea } from "@/lib/auth/survey-access";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: pick(QUESTIONS, await adminLang()).openTitle };
}

type TSearch = Promise<Record<string, string | string[] | undefined>>;

/** One open question's answers (a text question or "anders, namelijk"): newest first, 50 a page, searchable, as CSV. */
export default async function OpenAnswersPage({ params, searchParams }: { params: Promise<{ slug: string; variable: string }>; searchParams: TSearch }) {
  const { slug, variable } = await params;
  await requireSurveyArea(slug, "questions");
  const survey = await getSurveyContext(slug);
  if (!survey || !(await findOpenQuestion(survey, variable))) notFound();
  const { own, rest } = splitAnswersSearch(await searchParams);
  const filtered = parseFiltersForPage(rest, survey.dimensions);
  const { filterError } = filtered;
  // The results page's defaults (partial responses count for what they answered), written out.
  const filters = resultSettings(filtered.filters);
  const parsed = ZAnswersQuery.safeParse({ ...own, vraag: variable });
  const query = parsed.success ? parsed.data : ZAnswersQuery.parse({ vraag: variable });
  const [result, waves] = await Promise.all([getOpenAnswers(survey, filters, query), listWaves(survey.id)]);

  const base = `/admin/s/${encodeURIComponent(survey.slug)}/questions`;
  const filterSearch = filterQuery(filters);
  const pageHref = (n: number, search = query.q) => {
    const q = new URLSearchParams(filterSearch);
    if (search) q.set("q", search);
    if (n > 1) q.set("pagina", String(n));
    return `${base}/${encodeURIComponent(variable)}${q.size ? `?${q}` : ""}`;
  };
  const csv = new URLSearchParams(filterSearch);
  csv.set("vraag", variable);
  if (query.q) csv.set("q", query.q);
  const first = (result.page - 1) * result.perPage + 1;
  const lang = await adminLang();
  const t = pick(QUESTIONS, lang);

  return (
    <main>
      <p><Link href={`${base}${filterSearch ? `?${filterSearch}` : ""}`}>{t.backToAll}</Link></p>
      <h2>{result.questionTitle}</h2>
      <p className={styles.text}>{result.label}</p>
      <FilterForm key={filterSearch} action={`${base}/${encodeURIComponent(variable)}`} filters={filters} waves={waves} dimensions={filterDimensions(survey)} keep={{ q: query.q }} hasBaseSettings lang={lang} />
      {filterError && <p className="error" role="alert">{pick(DASHBOARD, lang).invalidFilter} {filterError}</p>}
      {!parsed.success && <p className="error" role="alert">{parsed.error.issues.map((i) => i.message).join(" ")}</p>}
      <form method="get" className={styles.search} role="search" aria-label={t.searchLabel}>
        {[...new URLSearchParams(filterSearch)].map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
        <div>
          <label className="field" htmlFor="answers-q">{t.searchField}</label>
          <br />
          <input id="answers-q" type="search" name="q" defaultValue={query.q} maxLength={200} />
        </div>
        <button type="submit" className="btn">{t.search}</button>
        {query.q && <Link href={pageHref(1, "")} className="btn btn-secondary">{t.clear}</Link>}
        <a className="btn btn-secondary" href={`/api/admin/s/${encodeURIComponent(survey.slug)}/answers?${csv}`} data-testid="answers-csv" download>
          {t.csv}
        </a>
      </form>
      <p data-testid="answers-total" role="status">
        {result.total === 0
          ? query.q ? t.noneWith(query.q) : t.noneYet
          : t.total(formatCount(result.total), result.total === 1, query.q ?? "", formatCount(first), formatCount(first + result.answers.length - 1))}
      </p>
      {result.answers.length > 0 && (
        <div className={`${dash.card} ${dash.tableWrap} ${styles.wrap}`}>
          <table className={`${dash.table} ${styles.answers}`}>
            <caption className="visually-hidden">{t.answersTo(result.questionTitle)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.answer}</th>
                <th scope="col">{t.date}</th>
                <th scope="col">{t.wave}</th>
                <th scope="col">{t.source}</th>
                <th scope="col">{t.response}</th>
              </tr>
            </thead>
            <tbody>
              {result.answers.map((a) => (
                <tr key={a.responseId} data-testid="answer-row">
                  <td className={styles.answer}>{a.text}</td>
                  <td className={dash.nowrap}>{formatDateTime(a.at)}</td>
                  <td>{a.wave}</td>
                  <td>{a.source ?? "–"}</td>
                  <td className={styles.id}>{a.responseId}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result.pages > 1 && (
        <nav className={styles.pager} aria-label={t.pagesOfAnswers}>
          {result.page > 1 && <Link className="btn btn-secondary" href={pageHref(result.page - 1)} rel="prev">{t.newer}</Link>}
          <span>{t.pageOf(formatCount(result.page), formatCount(result.pages))}</span>
          {result.page < result.pages && <Link className="btn btn-secondary" href={pageHref(result.page + 1)} rel="next">{t.older}</Link>}
        </nav>
      )}
    </main>
  );
}
