import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getSurveyContext } from "@/lib/analysis/survey";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { formatDateTime } from "@/lib/format/nl";
import { findDuplicates, type TDuplicateGroup } from "@/lib/responses/duplicates";
import type { TResponseRow } from "@/lib/responses/manage";
import { enforceIpHashRetention } from "@/lib/responses/retention";
import { NEAR_IDENTICAL_MIN_ANSWERS, progressLabel, reviewLabel } from "@/lib/responses/review";
import { ResponsesNav } from "@/components/dashboard/responses/ResponsesNav";
import { ReviewForm } from "@/components/dashboard/responses/ReviewForm";
import styles from "@/components/dashboard/dashboard.module.css";
import { reviewAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Dubbele antwoorden" };

function Member({ slug, r, timeZone }: { slug: string; r: TResponseRow; timeZone: string }) {
  return (
    <div className={styles.member} data-response={r.id}>
      <div>
        <Link href={`/admin/s/${encodeURIComponent(slug)}/responses/${r.id}`} className={styles.mono}>{r.id.slice(0, 8)}…</Link>{" "}
        · gestart {formatDateTime(r.startedAt, timeZone)} · versie {r.version} · {r.source ?? "geen bron"} · {progressLabel(r)}
        <br />
        <strong data-testid="review-state">{reviewLabel(r)}</strong>{r.reviewReason && <span className="muted"> — {r.reviewReason}</span>}
      </div>
      <ReviewForm slug={slug} responseId={r.id} isExcluded={r.isExcluded} action={reviewAction} canKeep />
    </div>
  );
}

function Groups({ slug, groups, title, timeZone, testId }: { slug: string; groups: TDuplicateGroup[]; title: string; timeZone: string; testId: string }) {
  if (groups.length === 0) return <p>Geen groepen gevonden.</p>;
  return (
    <div data-testid={testId}>
      {groups.map((g, i) => (
        <section key={g.key} className={styles.group} aria-label={`${title} ${i + 1}`}>
          <h4>{title} {i + 1}: {g.members.length} antwoorden</h4>
          {g.members.map((r) => <Member key={r.id} slug={slug} r={r} timeZone={timeZone} />)}
        </section>
      ))}
    </div>
  );
}

/** Groups of responses that may be one person twice: same IP hash, or identical answers; keep or exclude each. */
export default async function DuplicatesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireSurveyArea(slug, "responses");
  const survey = await getSurveyContext(slug);
  if (!survey) notFound();
  await enforceIpHashRetention(survey.id);
  const d = await findDuplicates(survey.id);
  const tz = survey.timeZone;
  return (
    <main>
      <h2>Dubbele antwoorden</h2>
      <ResponsesNav slug={survey.slug} current="duplicates" />
      <p className="muted">
        Beoordeel elk antwoord in een groep: uitsluiten (telt niet meer mee in cijfers en exports) of behouden, met een reden.
        Een groep is een signaal, geen bewijs: deelnemers op één schoolnetwerk delen een IP-adres.
      </p>
      <h3>Zelfde IP-adres</h3>
      {d.ipHashingClosedAt ? (
        <>
          <p>
            De IP-hashes zijn verwijderd op {formatDateTime(d.ipHashingClosedAt, tz)}. Bewaard is alleen of een eerder antwoord (in dezelfde
            wave) van hetzelfde adres kwam: {d.flagged.length} {d.flagged.length === 1 ? "antwoord is" : "antwoorden zijn"} zo gemarkeerd.
          </p>
          {d.flagged.length > 0 && (
            <section className={styles.group} data-testid="flagged">
              {d.flagged.map((r) => <Member key={r.id} slug={survey.slug} r={r} timeZone={tz} />)}
            </section>
          )}
        </>
      ) : (
        <Groups slug={survey.slug} groups={d.byIp} title="IP-groep" timeZone={tz} testId="ip-groups" />
      )}
      <h3>(Bijna) dezelfde antwoorden</h3>
      <p className="muted">
        Antwoorden op dezelfde versie met precies dezelfde gecodeerde antwoorden (keuzes, schalen, schuifjes, rangordes; open tekst telt
        niet mee), met minstens {NEAR_IDENTICAL_MIN_ANSWERS} zulke antwoorden.
      </p>
      <Groups slug={survey.slug} groups={d.byAnswers} title="Antwoordgroep" timeZone={tz} testId="answer-groups" />
    </main>
  );
}
