import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Fragment } from "react";
import { getSurveyContext } from "@/lib/analysis/survey";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { formatCount, formatDateTime } from "@/lib/format/nl";
import { getResponseDetail } from "@/lib/responses/detail";
import { progressLabel, reviewLabel } from "@/lib/responses/review";
import { DeletionForm } from "@/components/dashboard/responses/DeletionForm";
import { ResponsesNav } from "@/components/dashboard/responses/ResponsesNav";
import { ReviewForm } from "@/components/dashboard/responses/ReviewForm";
import styles from "@/components/dashboard/dashboard.module.css";
import { deleteAction, reviewAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Antwoord" };

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
  const parts = Object.entries(r.partsFinished);
  const orders = Object.entries(r.displayOrder);
  return (
    <main>
      <h2>Antwoord <span className={styles.mono}>{r.id}</span></h2>
      <ResponsesNav slug={survey.slug} current="detail" />
      <dl className={styles.facts} data-testid="response-facts">
        <dt>Telt mee</dt>
        <dd>{reviewLabel(r)}{r.reviewReason && <> — {r.reviewReason}</>}{r.reviewedAt && <span className="muted"> ({formatDateTime(r.reviewedAt, tz)}{r.reviewedBy ? `, ${r.reviewedBy}` : ""})</span>}</dd>
        <dt>Status</dt><dd>{progressLabel(r)}</dd>
        <dt>Versie</dt><dd>{r.version} · {r.flowMode === "choice" ? "één deel naar keuze" : "alle delen na elkaar"} · wave {r.wave}{r.isImported ? " · geïmporteerd" : ""}</dd>
        <dt>Bron</dt><dd>{r.source ?? "–"}{r.externalId ? ` · ID in bronbestand ${r.externalId}` : ""}</dd>
        <dt>Gestart</dt><dd>{formatDateTime(r.startedAt, tz)}</dd>
        <dt>Laatst opgeslagen</dt><dd>{formatDateTime(r.updatedAt, tz)}</dd>
        <dt>Afgerond</dt><dd>{r.finishedAt ? formatDateTime(r.finishedAt, tz) : "–"}</dd>
        {parts.length > 0 && <><dt>Delen afgerond</dt><dd>{parts.map(([p, at]) => `${p}: ${formatDateTime(at, tz)}`).join(" · ")}</dd></>}
        <dt>Dubbel (IP)</dt>
        <dd>{r.hasIpHash ? <Link href={`/admin/s/${encodeURIComponent(survey.slug)}/responses/duplicates`}>zie Dubbele</Link> : r.isIpDuplicate === null ? "onbekend (geen IP-hash)" : r.isIpDuplicate ? "mogelijk dubbel (eerder antwoord van hetzelfde adres)" : "nee"}</dd>
      </dl>

      <h3>{r.isExcluded ? "Herstellen" : "Uitsluiten"}</h3>
      <ReviewForm slug={survey.slug} responseId={r.id} isExcluded={r.isExcluded} action={reviewAction} canKeep />

      <h3>Antwoorden ({r.answers.length})</h3>
      {r.answers.length === 0 ? <p>Nog geen antwoorden.</p> : (
        <div className={styles.tableWrap}>
          <table className={styles.collectors} data-testid="response-answers">
            <thead><tr><th>Vraag</th><th>Variabele</th><th>Pagina</th><th>Antwoord</th></tr></thead>
            <tbody>
              {r.answers.map((a) => (
                <tr key={a.variable}><td>{a.label}</td><td className={styles.mono}>{a.variable}</td><td>{a.pageId}</td><td>{a.value}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3>Pagina&apos;s en tijden</h3>
      {r.visits.length === 0 ? <p>Geen pagina&apos;s opgeslagen.</p> : (
        <div className={styles.tableWrap}>
          <table className={styles.collectors} data-testid="response-visits">
            <thead><tr><th>Pagina</th><th>Eerst getoond</th><th>Laatst verstuurd</th><th>Tijd op pagina</th><th>Keren verstuurd</th></tr></thead>
            <tbody>
              {r.visits.map((v) => (
                <tr key={v.pageId}><td>{v.pageId}</td><td>{formatDateTime(v.enteredAt, tz)}</td><td>{formatDateTime(v.submittedAt, tz)}</td><td>{seconds(v.durationMs)}</td><td>{v.saveCount}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3>Getoonde volgorde</h3>
      {orders.length === 0 ? <p>Geen willekeurige volgorde in deze versie.</p> : (
        <dl className={styles.facts} data-testid="response-order">
          {orders.map(([group, codes]) => <Fragment key={group}><dt>{group}</dt><dd>{codes.join(", ")}</dd></Fragment>)}
        </dl>
      )}

      <h3>Verwijderen</h3>
      <p className="muted">Op verzoek van de deelnemer: het antwoord met alle antwoorden en paginatijden verdwijnt definitief.</p>
      <DeletionForm slug={survey.slug} action={deleteAction} responseId={r.id} />
    </main>
  );
}
