import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getSurveyContext } from "@/lib/analysis/survey";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { formatCount, formatDateTime } from "@/lib/format/nl";
import { listResponses, responseCounts } from "@/lib/responses/manage";
import { enforceIpHashRetention, getRetention } from "@/lib/responses/retention";
import { listFilter, pageNumber, RESPONSES_PAGE_SIZE, type TListFilter } from "@/lib/responses/review";
import { pick } from "@/lib/i18n/admin";
import { RESPONSES } from "@/lib/i18n/admin/responses";
import { adminLang } from "@/lib/i18n/admin-server";
import { DeleteTestsForm } from "@/components/dashboard/responses/DeleteTestsForm";
import { DeletionForm } from "@/components/dashboard/responses/DeletionForm";
import { ResponsesNav } from "@/components/dashboard/responses/ResponsesNav";
import { RetentionForm } from "@/components/dashboard/responses/RetentionForm";
import styles from "@/components/dashboard/dashboard.module.css";
import { deleteAction, deleteIpHashesAction, deleteTestsAction, retentionAction } from "./actions";

export const dynamic = "force-dynamic";
export const generateMetadata = async (): Promise<Metadata> => ({ title: pick(RESPONSES, await adminLang()).title });

/** Every response of the survey, page by page; a deletion request; what is kept and how long. */
export default async function ResponsesPage({ params, searchParams }: {
  params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  await requireSurveyArea(slug, "responses");
  const survey = await getSurveyContext(slug);
  if (!survey) notFound();
  const query = await searchParams;
  const lang = await adminLang();
  const t = pick(RESPONSES, lang);
  const FILTER_LABELS: Record<TListFilter, string> = { all: t.filterAll, included: t.filterIncluded, excluded: t.filterExcluded, test: t.filterTest };
  const filter = listFilter(query.toon);
  const page = pageNumber(query.pagina);
  await enforceIpHashRetention(survey.id);
  const [{ rows, total }, counts, retention] = await Promise.all([
    listResponses(survey.id, { page, pageSize: RESPONSES_PAGE_SIZE, filter }), responseCounts(survey.id), getRetention(survey.id),
  ]);
  const base = `/admin/s/${encodeURIComponent(survey.slug)}/responses`;
  const pages = Math.max(1, Math.ceil(total / RESPONSES_PAGE_SIZE));
  const href = (p: number, f: TListFilter = filter) => `${base}?${new URLSearchParams({ ...(f !== "all" ? { toon: f } : {}), ...(p > 1 ? { pagina: String(p) } : {}) })}`;
  const deleted = typeof query.verwijderd === "string" ? query.verwijderd : undefined;
  return (
    <main>
      <h2>{t.title}</h2>
      <ResponsesNav slug={survey.slug} current="list" lang={lang} />
      {deleted && <p role="status" className={styles.newLink}>{t.deleted(deleted)}</p>}
      <p data-testid="response-counts">
        <strong>{formatCount(counts.all)}</strong> {t.responses(counts.all)}, {t.ofWhich} <strong>{formatCount(counts.excluded)}</strong> {t.excluded}
        {counts.test > 0 && <> {t.and} <strong>{formatCount(counts.test)}</strong> {t.test}</>}.{" "}
        <span className="muted">{t.countsHint}</span>
      </p>
      <p className={styles.subnav}>
        {(["all", "included", "excluded", "test"] as const).map((f) => (
          <Link key={f} href={href(1, f)} aria-current={f === filter ? "true" : undefined}>{FILTER_LABELS[f]}</Link>
        ))}
      </p>
      {rows.length === 0 ? (
        <p>{t.noResponses}{filter !== "all" ? t.inSelection : ""}.</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.collectors} data-testid="responses">
            <thead>
              <tr><th>{t.colResponse}</th><th>{t.colStarted}</th><th>{t.colFinished}</th><th>{t.colVersion}</th><th>{t.colSource}</th><th>{t.colStatus}</th><th>{t.colCounts}</th></tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-response={r.id} className={r.isExcluded || r.isTest ? styles.excludedRow : undefined} data-test={r.isTest ? "" : undefined}>
                  <td>
                    <Link href={`${base}/${r.id}`} className={styles.mono}>{r.id.slice(0, 8)}…</Link>
                    {r.isTest && <> <span className={styles.testTag} data-testid="test-tag">{t.testTag}</span></>}
                  </td>
                  <td>{formatDateTime(r.startedAt, survey.timeZone)}</td>
                  <td>{r.finishedAt ? formatDateTime(r.finishedAt, survey.timeZone) : "–"}</td>
                  <td>{r.version}{r.isImported ? ` (import ${r.wave})` : ""}</td>
                  <td>{r.source ?? "–"}</td>
                  <td>{t.progress(r)}</td>
                  <td>{t.review(r)}{r.reviewReason && <><br /><span className="muted">{r.reviewReason}</span></>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav className={styles.pager} aria-label={t.pages}>
          {page > 1 && <Link href={href(page - 1)}>{t.previous}</Link>}
          <span>{t.pageOf(page, pages)}</span>
          {page < pages && <Link href={href(page + 1)}>{t.next}</Link>}
        </nav>
      )}

      <h3 id="testantwoorden">{t.testTitle}</h3>
      <p className="muted">{t.testHint}</p>
      <DeleteTestsForm slug={survey.slug} count={counts.test} action={deleteTestsAction} />

      <h3 id="verwijderverzoek">{t.deletionTitle}</h3>
      <p className="muted">{t.deletionHint}</p>
      <DeletionForm slug={survey.slug} action={deleteAction} />

      <h3 id="bewaren">{t.retentionTitle}</h3>
      <ul>
        <li>{t.raffleRetention}</li>
        <li>
          {t.ipHashes}{" "}
          {retention?.ipHashingClosedAt
            ? t.ipDeleted(formatDateTime(retention.ipHashingClosedAt, survey.timeZone))
            : t.ipCount(retention?.hashedResponses ?? 0, formatCount(retention?.hashedResponses ?? 0))}
        </li>
      </ul>
      {retention && (
        <RetentionForm
          slug={survey.slug} retention={retention.ipHashRetention} isClosed={retention.ipHashingClosedAt !== null}
          action={retentionAction} deleteAction={deleteIpHashesAction}
        />
      )}
    </main>
  );
}
