import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Fragment } from "react";
import { getSurveyContext } from "@/lib/analysis/survey";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { formatCount, formatDateTime } from "@/lib/format/nl";
import { getResponseDetail } from "@/lib/responses/detail";
import { pick } from "@/lib/i18n/admin";
import { RESPONSES } from "@/lib/i18n/admin/responses";
import { adminLang } from "@/lib/i18n/admin-server";
import { DeletionForm } from "@/components/dashboard/responses/DeletionForm";
import { ResponsesNav } from "@/components/dashboard/responses/ResponsesNav";
import { ReviewForm } from "@/components/dashboard/responses/ReviewForm";
import styles from "@/components/dashboard/dashboard.module.css";
import { deleteAction, reviewAction } from "../actions";

export const dynamic = "force-dynamic";
export const generateMetadata = async (): Promise<Metadata> => ({ title: pick(RESPONSES, await adminLang()).responseTitle });

const seconds = (ms: number) => `${formatCount(Math.round(ms / 1000))} s`;

/** One response: its facts, answers, pages with their times, the orders shown; exclude, restore or delete it. */
export default async function ResponsePage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  await requireSurveyArea(slug, "responses");
  const survey = await getSurveyContext(slug);
  if (!survey) notFound();
  const r = await getResponseDetail(survey.id, id);
  if (!r) notFound();
  const tz = survey.timeZone;
  const lang = await adminLang();
  const t = pick(RESPONSES, lang);
  const parts = Object.entries(r.partsFinished);
  const orders = Object.entries(r.displayOrder);
  return (
    <main>
      <h2>{t.responseTitle} <span className={styles.mono}>{r.id}</span></h2>
      <ResponsesNav slug={survey.slug} current="detail" lang={lang} />
      <dl className={styles.facts} data-testid="response-facts">
        <dt>{t.factCounts}</dt>
        <dd>{t.review(r)}{r.reviewReason && <> — {r.reviewReason}</>}{r.reviewedAt && <span className="muted"> ({formatDateTime(r.reviewedAt, tz)}{r.reviewedBy ? `, ${r.reviewedBy}` : ""})</span>}</dd>
        <dt>{t.factStatus}</dt><dd>{t.progress(r)}</dd>
        <dt>{t.factVersion}</dt><dd>{r.version} · {r.flowMode === "choice" ? t.flowChoice : t.flowSequential} · {t.wave} {r.wave}{r.isImported ? t.imported : ""}</dd>
        <dt>{t.factSource}</dt><dd>{r.source ?? "–"}{r.externalId ? t.externalId(r.externalId) : ""}</dd>
        <dt>{t.factStarted}</dt><dd>{formatDateTime(r.startedAt, tz)}</dd>
        <dt>{t.factSaved}</dt><dd>{formatDateTime(r.updatedAt, tz)}</dd>
        <dt>{t.factFinished}</dt><dd>{r.finishedAt ? formatDateTime(r.finishedAt, tz) : "–"}</dd>
        {parts.length > 0 && <><dt>{t.factParts}</dt><dd>{parts.map(([p, at]) => `${p}: ${formatDateTime(at, tz)}`).join(" · ")}</dd></>}
        <dt>{t.factDuplicate}</dt>
        <dd>{r.hasIpHash ? <Link href={`/admin/s/${encodeURIComponent(survey.slug)}/responses/duplicates`}>{t.seeDuplicates}</Link> : r.isIpDuplicate === null ? t.ipUnknown : r.isIpDuplicate ? t.ipMaybe : t.ipNo}</dd>
      </dl>

      <h3>{r.isExcluded ? t.restore : t.exclude}</h3>
      <ReviewForm slug={survey.slug} responseId={r.id} isExcluded={r.isExcluded} action={reviewAction} canKeep />

      <h3>{t.answers(r.answers.length)}</h3>
      {r.answers.length === 0 ? <p>{t.noAnswers}</p> : (
        <div className={styles.tableWrap}>
          <table className={styles.collectors} data-testid="response-answers">
            <thead><tr><th>{t.colQuestion}</th><th>{t.colVariable}</th><th>{t.colPage}</th><th>{t.colAnswer}</th></tr></thead>
            <tbody>
              {r.answers.map((a) => (
                <tr key={a.variable}><td>{a.label}</td><td className={styles.mono}>{a.variable}</td><td>{a.pageId}</td><td>{a.value}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3>{t.pagesTitle}</h3>
      {r.visits.length === 0 ? <p>{t.noPages}</p> : (
        <div className={styles.tableWrap}>
          <table className={styles.collectors} data-testid="response-visits">
            <thead><tr><th>{t.colPage}</th><th>{t.colShown}</th><th>{t.colSubmitted}</th><th>{t.colTime}</th><th>{t.colSaves}</th></tr></thead>
            <tbody>
              {r.visits.map((v) => (
                <tr key={v.pageId}><td>{v.pageId}</td><td>{formatDateTime(v.enteredAt, tz)}</td><td>{formatDateTime(v.submittedAt, tz)}</td><td>{seconds(v.durationMs)}</td><td>{v.saveCount}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3>{t.orderTitle}</h3>
      {orders.length === 0 ? <p>{t.noOrder}</p> : (
        <dl className={styles.facts} data-testid="response-order">
          {orders.map(([group, codes]) => <Fragment key={group}><dt>{group}</dt><dd>{codes.join(", ")}</dd></Fragment>)}
        </dl>
      )}

      <h3>{t.deleteTitle}</h3>
      <p className="muted">{t.deleteHint}</p>
      <DeletionForm slug={survey.slug} action={deleteAction} responseId={r.id} />
    </main>
  );
}
