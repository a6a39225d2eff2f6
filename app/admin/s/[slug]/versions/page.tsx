import type { Metadata } from "next";
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

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Versies" };

const FLOW = { sequential: "delen na elkaar", choice: "deel kiezen" } as Record<string, string>;

/** The draft (upload, review against the live version, publish) and the version history. */
export default async function VersionsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireSurveyArea(slug, "versions");
  const survey = await findSurvey(slug);
  if (!survey) notFound();
  const [draft, review, versions, testToken] = await Promise.all([
    getDraft(survey.id), reviewDraft(survey.id), listVersions(survey.id), getTestToken(survey.id),
  ]);
  const next = Math.max(0, ...versions.map((v) => v.version)) + 1;
  const base = `/api/admin/s/${encodeURIComponent(survey.slug)}/definition`;
  const warnings = review.state === "ready" ? review.changes.filter((c) => c.severity === "warning") : [];
  const infos = review.state === "ready" ? review.changes.filter((c) => c.severity === "info") : [];
  return (
    <main>
      <h2>Versies</h2>
      <p className="muted">
        Je werkt aan een concept; &ldquo;Publiceren&rdquo; maakt er een vaste versie van. Nieuwe deelnemers krijgen vanaf dat moment de nieuwe
        versie, wie al begonnen is maakt de eigen versie af. Elk antwoord onthoudt zijn versie. Een definitiebestand is JSON in het formaat van
        de versiebestanden in de map <code>surveys/</code>; editors kunnen het controleren met het{" "}
        <a href="/schemas/survey-version.json">JSON Schema</a>.
      </p>

      <section aria-labelledby="draft-heading" className={styles.card}>
        <h3 id="draft-heading">Concept</h3>
        {draft ? (
          <p data-testid="draft-state">
            Revisie {draft.revision}, laatst gewijzigd door {draft.updatedBy ?? "onbekend"} op {formatDateTime(draft.updatedAt)}.{" "}
            <a href={`${base}?concept`}>Concept downloaden</a>
          </p>
        ) : (
          <>
            <p data-testid="draft-state">Er is geen concept.</p>
            {versions.some((v) => !v.isImported) && (
              <form action={startDraftAction}>
                <input type="hidden" name="slug" value={survey.slug} />
                <button type="submit" className="btn btn-secondary">Concept maken van de laatste versie</button>
              </form>
            )}
          </>
        )}
        <DraftUploadForm slug={survey.slug} revision={draft?.revision ?? null} action={uploadDraftAction} />

        {review.state === "invalid" && (
          <div className={styles.warning} data-testid="draft-invalid">
            <p>Het concept is nog niet geldig en kan niet worden gepubliceerd:</p>
            <ul>{review.issues.map((i, n) => <li key={n}><code>{i.path}</code> {i.message}</li>)}</ul>
          </div>
        )}
        {review.state === "ready" && (
          <div data-testid="draft-review">
            <h4>{review.live ? `Verschillen met versie ${review.live}` : "Eerste versie"}</h4>
            {review.live && review.changes.length === 0 && <p>Het concept is gelijk aan versie {review.live}.</p>}
            {warnings.length > 0 && (
              <>
                <p><strong>Niet vergelijkbaar ({warnings.length}):</strong></p>
                <ul data-testid="diff-warnings">{warnings.map((c, n) => <li key={n}>{c.message}</li>)}</ul>
              </>
            )}
            {infos.length > 0 && (
              <>
                <p>Overige wijzigingen ({infos.length}):</p>
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
          <h3 id="preview-heading">Voorbeeld van het concept</h3>
          <p className="muted">De echte vragenlijst met het concept, op een telefoon en op een computer; er wordt niets opgeslagen.</p>
          <div className={styles.previews}>
            <iframe
              src={`/preview/${encodeURIComponent(survey.slug)}?revisie=${review.revision}`} title="Voorbeeld op een telefoon (390 px)"
              width={390} height={720} className={styles.previewFrame}
            />
            <div className={styles.previewWide}>
              <iframe
                src={`/preview/${encodeURIComponent(survey.slug)}?revisie=${review.revision}`} title="Voorbeeld op een computer (1024 px)"
                width={1024} height={720} className={styles.previewFrame}
              />
            </div>
          </div>
        </section>
      )}

      {testToken && versions.some((v) => !v.isImported) && (
        <TestLinkCard slug={survey.slug} path={testLinkPath(survey.slug, testToken)} renewAction={renewTestLinkAction} />
      )}

      <h3>Geschiedenis</h3>
      {versions.length === 0 ? (
        <p>Nog geen versies: publiceer het concept om de vragenlijst open te stellen.</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={`${styles.table} ${styles.versions}`} data-testid="versions">
            <thead>
              <tr>
                <th scope="col">Versie</th><th scope="col">Meting</th><th scope="col">Stroom</th><th scope="col">Status</th>
                <th scope="col">Gepubliceerd</th><th scope="col" className={styles.num}>Gestart</th><th scope="col" className={styles.num}>Afgerond</th>
                <th scope="col">Definitie</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.version} data-version={v.version}>
                  <th scope="row">{v.version}</th>
                  <td>{v.wave}</td>
                  <td>{FLOW[v.flowMode] ?? v.flowMode}</td>
                  <td>{v.isImported ? "geïmporteerd" : v.isActive ? "open" : "gesloten"}</td>
                  <td>{v.publishedAt ? `${formatDateTime(v.publishedAt)} door ${v.publishedBy ?? "onbekend"}` : v.isImported ? "–" : "uit de map surveys/"}</td>
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
