import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { filtersInWords } from "@/lib/analysis/filter-words";
import { filterQuery, parseFilters, parseFiltersForPage } from "@/lib/analysis/filters";
import { parseGroupBy } from "@/lib/analysis/service";
import { getSurveyContext } from "@/lib/analysis/survey";
import { formatDate, formatDateTime } from "@/lib/format/nl";
import { listShareLinks } from "@/lib/share/service";
import { today } from "@/lib/share/token";
import styles from "@/components/dashboard/dashboard.module.css";
import { filterDimensions } from "@/components/dashboard/FilterForm";
import { ShareLinkForm } from "@/components/dashboard/ShareLinkForm";
import { createShareLinkAction, revokeShareLinkAction } from "./actions";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { pick } from "@/lib/i18n/admin";
import { SHARE } from "@/lib/i18n/admin/fieldwork";
import { adminLang } from "@/lib/i18n/admin-server";

export const dynamic = "force-dynamic";
export const generateMetadata = async (): Promise<Metadata> => ({ title: pick(SHARE, await adminLang()).title });

type TSearch = Promise<Record<string, string | string[] | undefined>>;

/** Read-only links to the results for people without an account: make, list, revoke. */
export default async function SharePage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: TSearch }) {
  const { slug } = await params;
  await requireSurveyArea(slug, "share");
  const survey = await getSurveyContext(slug);
  if (!survey) notFound();
  const { groupBy: rawGroupBy, ...search } = await searchParams;
  const { filters, filterError } = parseFiltersForPage(search, survey.dimensions);
  const groupBy = survey.report ? undefined : parseGroupBy(survey, rawGroupBy);
  const query = new URLSearchParams(filterQuery(filters));
  if (groupBy && groupBy !== "total") query.set("groupBy", groupBy);
  const dims = filterDimensions(survey);
  const links = await listShareLinks(survey.id);
  const t = pick(SHARE, await adminLang());
  const fixed = (q: string | null) => {
    if (q === null) return t.free;
    try {
      return filtersInWords(parseFilters(new URLSearchParams(q), survey.dimensions), dims);
    } catch {
      return q;
    }
  };
  return (
    <main>
      <h2>{t.title}</h2>
      <p>{t.intro}</p>
      {filterError && <p className="error" role="alert">{t.invalidFilter(filterError)}</p>}
      <ShareLinkForm slug={survey.slug} query={query.toString()} filtersText={filtersInWords(filters, dims)} minDate={today()} createAction={createShareLinkAction} />
      <section aria-labelledby="share-list-title" data-testid="share-list">
        <h3 id="share-list-title">{t.links}</h3>
        {links.length === 0 ? (
          <p className="muted">{t.none}</p>
        ) : (
          <div className={styles.tableWrap}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{t.colLink}</th><th scope="col">{t.colFilters}</th><th scope="col">{t.colCreated}</th>
                  <th scope="col">{t.colValid}</th><th scope="col">{t.colLastOpened}</th>
                </tr>
              </thead>
              <tbody>
                {links.map((l) => (
                  <tr key={l.id} data-testid="share-row" data-status={l.status}>
                    <th scope="row" className={styles.linkCell}>
                      {l.label ?? <span className="muted">{t.noLabel}</span>}
                      <br />
                      <span className={styles.status} data-testid="share-status">{t.status[l.status]}</span>
                      {l.status !== "revoked" && (
                        <form action={revokeShareLinkAction} className={styles.inline}>
                          <input type="hidden" name="slug" value={survey.slug} />
                          <input type="hidden" name="id" value={l.id} />
                          <button type="submit" className="btn btn-secondary btn-small" aria-label={t.revokeLabel(l.label)}>{t.revoke}</button>
                        </form>
                      )}
                    </th>
                    <td>{fixed(l.query)}</td>
                    <td>{formatDate(l.createdAt)}{l.createdBy && <span className="muted">{t.by(l.createdBy)}</span>}</td>
                    <td>{l.expiresAt ? formatDate(new Date(l.expiresAt.getTime() - 1)) : t.unlimited}</td>
                    <td>{l.lastUsedAt ? formatDateTime(l.lastUsedAt) : t.never}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}
