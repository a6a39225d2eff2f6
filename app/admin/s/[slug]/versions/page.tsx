import { notFound } from "next/navigation";
import { formatCount, formatDateTime } from "@/lib/format/nl";
import { findSurvey, getDraft, listVersions, reviewDraft } from "@/lib/survey/publish/service";
import { DraftUploadForm, PublishForm } from "@/components/dashboard/DraftForms";
import styles from "@/components/dashboard/dashboard.module.css";
import { TestLinkCard } from "@/components/dashboard/TestLinkCard";
import { getTestToken } from "@/lib/survey/test-link-service";
import { testLinkPath } from "@/lib/survey/test-link";
import { publishAction, renewTestLinkAction, startDraftAction, uploadDraftAction } from "./actions";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { pick } from "@/lib/i18n/admin";
import { adminLang } from "@/lib/i18n/admin-server";
import { VERSIONS } from "@/lib/i18n/admin/versions";

export const dynamic = "force-dynamic";
export async function generateMetadata() {
  return { title: pick(VERSIONS, await adminLang()).title };
}

const flowName = (mode: string, t: { sequential: string; choice: string }) =>
  mode === "sequential" ? t.sequential : mode === "choice" ? t.choice : mode;

/** The draft (upload, review against the live version, publish) and the version history. */
export default async function VersionsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireSurveyArea(slug, "versions");
  const survey = await findSurvey(slug);
  if (!survey) notFound();
  const lang = await adminLang();
  const [draft, review, versions, testToken] = await Promise.all([
    getDraft(survey.id), reviewDraft(survey.id, lang), listVersions(survey.id), getTestToken(survey.id),
  ]);
  const t = pick(VERSIONS, lang);
  const next = Math.max(0, ...versions.map((v) => v.version)) + 1;
  const base = `/api/admin/s/${encodeURIComponent(survey.slug)}/definition`;
  const warnings = review.state === "ready" ? review.changes.filter((c) => c.severity === "warning") : [];
  const infos = review.state === "ready" ? review.changes.filter((c) => c.severity === "info") : [];
  return (
    <main>
      <h2>{t.title}</h2>
      <p className="muted">
        {t.introBefore}<code>surveys/</code>{t.introMiddle}<a href="/schemas/survey-version.json">JSON Schema</a>{t.introAfter}
      </p>

      <section aria-labelledby="draft-heading" className={styles.card}>
        <h3 id="draft-heading">{t.draft}</h3>
        {draft ? (
          <p data-testid="draft-state">
            {t.draftState(draft.revision, draft.updatedBy, formatDateTime(draft.updatedAt))}{" "}
            <a href={`${base}?concept`}>{t.downloadDraft}</a>
          </p>
        ) : (
          <>
            <p data-testid="draft-state">{t.noDraft}</p>
            {versions.some((v) => !v.isImported) && (
              <form action={startDraftAction}>
                <input type="hidden" name="slug" value={survey.slug} />
                <button type="submit" className="btn btn-secondary">{t.startDraft}</button>
              </form>
            )}
          </>
        )}
        <DraftUploadForm slug={survey.slug} revision={draft?.revision ?? null} action={uploadDraftAction} />

        {review.state === "invalid" && (
          <div className={styles.warning} data-testid="draft-invalid">
            <p>{t.invalid}</p>
            <ul>{review.issues.map((i, n) => <li key={n}><code>{i.path}</code> {i.message}</li>)}</ul>
          </div>
        )}
        {review.state === "ready" && (
          <div data-testid="draft-review">
            <h4>{review.live ? t.differences(review.live) : t.firstVersion}</h4>
            {review.live && review.changes.length === 0 && <p>{t.same(review.live)}</p>}
            {warnings.length > 0 && (
              <>
                <p><strong>{t.notComparable(warnings.length)}</strong></p>
                <ul data-testid="diff-warnings">{warnings.map((c, n) => <li key={n}>{c.message}</li>)}</ul>
              </>
            )}
            {infos.length > 0 && (
              <>
                <p>{t.otherChanges(infos.length)}</p>
                <ul data-testid="diff-info">{infos.map((c, n) => <li key={n}>{c.message}</li>)}</ul>
              </>
            )}
            <PublishForm
              key={review.revision}
              slug={survey.slug} revision={review.revision} next={next} warnings={warnings.length}
              canPublish={!review.live || review.changes.length > 0} action={publishAction}
            />
          </div>
        )}
      </section>

      {review.state === "ready" && (
        <section aria-labelledby="preview-heading" className={styles.section}>
          <h3 id="preview-heading">{t.previewTitle}</h3>
          <p className="muted">{t.previewHelp}</p>
          <div className={styles.previews}>
            <iframe
              src={`/preview/${encodeURIComponent(survey.slug)}?revisie=${review.revision}`} title={t.previewPhone}
              width={390} height={720} className={styles.previewFrame}
            />
            <div className={styles.previewWide}>
              <iframe
                src={`/preview/${encodeURIComponent(survey.slug)}?revisie=${review.revision}`} title={t.previewComputer}
                width={1024} height={720} className={styles.previewFrame}
              />
            </div>
          </div>
        </section>
      )}

      {testToken && versions.some((v) => !v.isImported) && (
        <TestLinkCard slug={survey.slug} path={testLinkPath(survey.slug, testToken)} renewAction={renewTestLinkAction} />
      )}

      <h3>{t.history}</h3>
      {versions.length === 0 ? (
        <p>{t.noVersions}</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={`${styles.table} ${styles.versions}`} data-testid="versions">
            <thead>
              <tr>
                <th scope="col">{t.version}</th><th scope="col">{t.wave}</th><th scope="col">{t.flow}</th><th scope="col">{t.status}</th>
                <th scope="col">{t.published}</th><th scope="col" className={styles.num}>{t.started}</th><th scope="col" className={styles.num}>{t.finished}</th>
                <th scope="col">{t.definition}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.version} data-version={v.version}>
                  <th scope="row">{v.version}</th>
                  <td>{v.wave}</td>
                  <td>{flowName(v.flowMode, t)}</td>
                  <td>{v.isImported ? t.imported : v.isActive ? t.open : t.closed}</td>
                  <td>{v.publishedAt ? t.publishedBy(formatDateTime(v.publishedAt), v.publishedBy) : v.isImported ? "–" : t.fromFolder}</td>
                  <td className={styles.num}>{formatCount(v.started)}</td>
                  <td className={styles.num}>{formatCount(v.finished)}</td>
                  <td><a href={`${base}?versie=${v.version}`} download>JSON</a></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
