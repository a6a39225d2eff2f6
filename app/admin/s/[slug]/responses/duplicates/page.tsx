import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getSurveyContext } from "@/lib/analysis/survey";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { formatDateTime } from "@/lib/format/nl";
import { findDuplicates, type TDuplicateGroup } from "@/lib/responses/duplicates";
import type { TResponseRow } from "@/lib/responses/manage";
import { enforceIpHashRetention } from "@/lib/responses/retention";
import { NEAR_IDENTICAL_MIN_ANSWERS } from "@/lib/responses/review";
import type { TAdminLang } from "@/lib/i18n/admin";
import { pick } from "@/lib/i18n/admin";
import { RESPONSES } from "@/lib/i18n/admin/responses";
import { adminLang } from "@/lib/i18n/admin-server";
import { ResponsesNav } from "@/components/dashboard/responses/ResponsesNav";
import { ReviewForm } from "@/components/dashboard/responses/ReviewForm";
import styles from "@/components/dashboard/dashboard.module.css";
import { reviewAction } from "../actions";

export const dynamic = "force-dynamic";
export const generateMetadata = async (): Promise<Metadata> => ({ title: pick(RESPONSES, await adminLang()).duplicatesTitle });

function Member({ slug, r, timeZone, lang }: { slug: string; r: TResponseRow; timeZone: string; lang: TAdminLang }) {
  const t = pick(RESPONSES, lang);
  return (
    <div className={styles.member} data-response={r.id}>
      <div>
        <Link href={`/admin/s/${encodeURIComponent(slug)}/responses/${r.id}`} className={styles.mono}>{r.id.slice(0, 8)}…</Link>{" "}
        · {t.started} {formatDateTime(r.startedAt, timeZone)} · {t.version} {r.version} · {r.source ?? t.noSource} · {t.progress(r)}
        <br />
        <strong data-testid="review-state">{t.review(r)}</strong>{r.reviewReason && <span className="muted"> — {r.reviewReason}</span>}
      </div>
      <ReviewForm slug={slug} responseId={r.id} isExcluded={r.isExcluded} action={reviewAction} canKeep />
    </div>
  );
}

function Groups({ slug, groups, title, timeZone, testId, lang }: {
  slug: string; groups: TDuplicateGroup[]; title: string; timeZone: string; testId: string; lang: TAdminLang;
}) {
  const t = pick(RESPONSES, lang);
  if (groups.length === 0) return <p>{t.noGroups}</p>;
  return (
    <div data-testid={testId}>
      {groups.map((g, i) => (
        <section key={g.key} className={styles.group} aria-label={`${title} ${i + 1}`}>
          <h4>{t.groupTitle(title, i + 1, g.members.length)}</h4>
          {g.members.map((r) => <Member key={r.id} slug={slug} r={r} timeZone={timeZone} lang={lang} />)}
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
  const lang = await adminLang();
  const t = pick(RESPONSES, lang);
  return (
    <main>
      <h2>{t.duplicatesTitle}</h2>
      <ResponsesNav slug={survey.slug} current="duplicates" lang={lang} />
      <p className="muted">{t.duplicatesHint}</p>
      <h3>{t.sameIp}</h3>
      {d.ipHashingClosedAt ? (
        <>
          <p>{t.ipHashesDeleted(formatDateTime(d.ipHashingClosedAt, tz), d.flagged.length)}</p>
          {d.flagged.length > 0 && (
            <section className={styles.group} data-testid="flagged">
              {d.flagged.map((r) => <Member key={r.id} slug={survey.slug} r={r} timeZone={tz} lang={lang} />)}
            </section>
          )}
        </>
      ) : (
        <Groups slug={survey.slug} groups={d.byIp} title={t.ipGroup} timeZone={tz} testId="ip-groups" lang={lang} />
      )}
      <h3>{t.sameAnswers}</h3>
      <p className="muted">{t.sameAnswersHint(NEAR_IDENTICAL_MIN_ANSWERS)}</p>
      <Groups slug={survey.slug} groups={d.byAnswers} title={t.answerGroup} timeZone={tz} testId="answer-groups" lang={lang} />
    </main>
  );
}
