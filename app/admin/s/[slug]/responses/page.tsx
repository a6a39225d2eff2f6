import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getSurveyContext } from "@/lib/analysis/survey";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { formatCount, formatDateTime } from "@/lib/format/nl";
import { listResponses, responseCounts } from "@/lib/responses/manage";
import { enforceIpHashRetention, getRetention } from "@/lib/responses/retention";
import { listFilter, pageNumber, progressLabel, RESPONSES_PAGE_SIZE, reviewLabel, type TListFilter } from "@/lib/responses/review";
import { DeleteTestsForm } from "@/components/dashboard/responses/DeleteTestsForm";
import { DeletionForm } from "@/components/dashboard/responses/DeletionForm";
import { ResponsesNav } from "@/components/dashboard/responses/ResponsesNav";
import { RetentionForm } from "@/components/dashboard/responses/RetentionForm";
import styles from "@/components/dashboard/dashboard.module.css";
import { deleteAction, deleteIpHashesAction, deleteTestsAction, retentionAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Antwoorden" };

const FILTER_LABELS: Record<TListFilter, string> = { all: "Alle", included: "Tellen mee", excluded: "Uitgesloten", test: "Test" };

/** Every response of the survey, page by page; a deletion request; what is kept and how long. */
export default async function ResponsesPage({ params, searchParams }: {
  params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  await requireSurveyArea(slug, "responses");
  const survey = await getSurveyContext(slug);
  if (!survey) notFound();
  const query = await searchParams;
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
      <h2>Antwoorden</h2>
      <ResponsesNav slug={survey.slug} current="list" />
      {deleted && <p role="status" className={styles.newLink}>Antwoord {deleted} is verwijderd, met al zijn antwoorden en paginatijden.</p>}
      <p data-testid="response-counts">
        <strong>{formatCount(counts.all)}</strong> {counts.all === 1 ? "antwoord" : "antwoorden"}, waarvan <strong>{formatCount(counts.excluded)}</strong> uitgesloten
        {counts.test > 0 && <> en <strong>{formatCount(counts.test)}</strong> test</>}.{" "}
        <span className="muted">Uitgesloten antwoorden tellen niet mee in monitoring, resultaten en exports, tenzij het filter
        &quot;Ook uitgesloten antwoorden&quot; aan staat. Testantwoorden (via de testlink op het tabblad Versies) tellen nergens mee;
        alleen een export met &quot;Ook testantwoorden&quot; bevat ze.</span>
      </p>
      <p className={styles.subnav}>
        {(["all", "included", "excluded", "test"] as const).map((f) => (
          <Link key={f} href={href(1, f)} aria-current={f === filter ? "true" : undefined}>{FILTER_LABELS[f]}</Link>
        ))}
      </p>
      {rows.length === 0 ? (
        <p>Geen antwoorden{filter !== "all" ? " in deze selectie" : ""}.</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.collectors} data-testid="responses">
            <thead>
              <tr><th>Antwoord</th><th>Gestart</th><th>Afgerond</th><th>Versie</th><th>Bron</th><th>Status</th><th>Telt mee</th></tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-response={r.id} className={r.isExcluded || r.isTest ? styles.excludedRow : undefined} data-test={r.isTest ? "" : undefined}>
                  <td>
                    <Link href={`${base}/${r.id}`} className={styles.mono}>{r.id.slice(0, 8)}…</Link>
                    {r.isTest && <> <span className={styles.testTag} data-testid="test-tag">test</span></>}
                  </td>
                  <td>{formatDateTime(r.startedAt, survey.timeZone)}</td>
                  <td>{r.finishedAt ? formatDateTime(r.finishedAt, survey.timeZone) : "–"}</td>
                  <td>{r.version}{r.isImported ? ` (import ${r.wave})` : ""}</td>
                  <td>{r.source ?? "–"}</td>
                  <td>{progressLabel(r)}</td>
                  <td>{reviewLabel(r)}{r.reviewReason && <><br /><span className="muted">{r.reviewReason}</span></>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav className={styles.pager} aria-label="Pagina's">
          {page > 1 && <Link href={href(page - 1)}>← Vorige</Link>}
          <span>Pagina {page} van {pages}</span>
          {page < pages && <Link href={href(page + 1)}>Volgende →</Link>}
        </nav>
      )}

      <h3 id="testantwoorden">Testantwoorden</h3>
      <p className="muted">
        Antwoorden via de testlink, om de vragenlijst en de exports te proberen. Verwijder ze voordat de resultaten gedeeld worden; de
        cijfers veranderen er niet door, want testantwoorden tellen nergens mee.
      </p>
      <DeleteTestsForm slug={survey.slug} count={counts.test} action={deleteTestsAction} />

      <h3 id="verwijderverzoek">Verwijderverzoek</h3>
      <p className="muted">
        Vraagt een deelnemer om verwijdering, plak dan de hervatlink die hij of zij heeft (die eindigt op #hervat=…) of vul het
        antwoord-ID in. Het antwoord wordt definitief verwijderd, met alle antwoorden en paginatijden; de cijfers passen zich aan.
        Een inzending voor de verloting is niet aan antwoorden gekoppeld en wordt bij de trekking verwijderd.
      </p>
      <DeletionForm slug={survey.slug} action={deleteAction} />

      <h3 id="bewaren">Bewaren</h3>
      <ul>
        <li>Inzendingen voor de verloting (e-mailadressen): worden verwijderd bij de trekking, altijd (zie Verloting).</li>
        <li>
          IP-hashes (voor de controle op dubbele antwoorden):{" "}
          {retention?.ipHashingClosedAt
            ? <>verwijderd op {formatDateTime(retention.ipHashingClosedAt, survey.timeZone)}; alleen de markering &quot;mogelijk dubbel&quot; is bewaard.</>
            : <>{formatCount(retention?.hashedResponses ?? 0)} {retention?.hashedResponses === 1 ? "antwoord heeft" : "antwoorden hebben"} er een.</>}
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
