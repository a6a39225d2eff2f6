import type { Metadata } from "next";
import Link from "next/link";
import { listSurveySummaries, type TSurveySummary } from "@/lib/analysis/survey";
import { requireResearcher } from "@/lib/auth/guard";
import { surveyRoles } from "@/lib/auth/survey-access";
import { mayUse, type TSurveyRole } from "@/lib/auth/survey-roles";
import { formatDateTime } from "@/lib/format/nl";
import { pick, type TAdminLang } from "@/lib/i18n/admin";
import { adminLang } from "@/lib/i18n/admin-server";
import { OVERVIEW } from "@/lib/i18n/admin/overview";
import { roleLabels } from "@/lib/auth/survey-roles";
import { isFolderSurvey } from "@/lib/survey/publish/service";
import styles from "@/components/dashboard/dashboard.module.css";
import { DeleteSurveyButton, NewSurveyForm } from "@/components/dashboard/NewSurveyForm";
import { archiveAction, createSurveyAction, deleteSurveyAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Dashboard" };

type TRow = TSurveySummary & { role: TSurveyRole };

function SurveyRows({ surveys, isArchive, lang }: { surveys: TRow[]; isArchive: boolean; lang: TAdminLang }) {
  const t = pick(OVERVIEW, lang);
  return (
    <div className={styles.tableWrap}>
      <table className={`${styles.table} ${styles.overview}`} data-testid={isArchive ? "archived-surveys" : "surveys"}>
        <caption className="visually-hidden">
          {isArchive ? t.captionArchive : t.captionCurrent}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.colSurvey}</th>
            <th scope="col" className={styles.num}>{t.colStarted}</th>
            <th scope="col" className={styles.num}>{t.colFinished}</th>
            <th scope="col">{t.colLastActivity}</th>
            <th scope="col">{t.colGoTo}</th>
            <th scope="col">{t.colManage}</th>
          </tr>
        </thead>
        <tbody>
          {surveys.map((s) => {
            const base = `/admin/s/${encodeURIComponent(s.slug)}`;
            return (
              <tr key={s.slug} data-slug={s.slug}>
                <th scope="row"><Link href={s.hasVersions ? base : `${base}/versions`}>{s.title}</Link></th>
                <td className={styles.num} data-testid={`overview-started-${s.slug}`}>{s.started}</td>
                <td className={styles.num} data-testid={`overview-finished-${s.slug}`}>{s.finished}</td>
                <td>{s.lastActivity ? formatDateTime(s.lastActivity) : "–"}</td>
                <td>
                  {s.hasVersions ? (
                    <>
                      <Link href={base}>{t.monitoring}</Link>
                      {mayUse(s.role, "results") && <> · <Link href={`${base}/results`}>{t.results}</Link> · <Link href={`${base}/export`}>{t.export}</Link></>}
                      {mayUse(s.role, "versions") && <> · <Link href={`${base}/import`}>{t.import}</Link> · <Link href={`${base}/versions`}>{t.versions}</Link></>}
                      {" · "}<Link href={`/s/${encodeURIComponent(s.slug)}`}>{t.openSurvey}</Link>
                    </>
                  ) : (
                    <><Link href={`${base}/versions`}>{t.draft}</Link> {t.notPublished}</>
                  )}
                </td>
                <td>
                  {mayUse(s.role, "members") ? <div className={styles.rowActions}>
                    <form action={archiveAction} className={styles.inline}>
                      <input type="hidden" name="slug" value={s.slug} />
                      <input type="hidden" name="archive" value={String(!isArchive)} />
                      <button type="submit" className="btn btn-secondary" aria-label={`${isArchive ? t.restore : t.archive}: ${s.title}`}>
                        {isArchive ? t.restore : t.archive}
                      </button>
                    </form>
                    {s.responses === 0 && !isFolderSurvey(s.slug) && <DeleteSurveyButton slug={s.slug} title={s.title} action={deleteSurveyAction} />}
                  </div> : roleLabels(lang)[s.role]}
                </td>
              </tr>
            );
          })}
          {surveys.length === 0 && <tr><td colSpan={6}>{t.noSurveys}</td></tr>}
        </tbody>
      </table>
    </div>
  );
}

export default async function AdminOverview() {
  const user = await requireResearcher();
  const [all, roles, lang] = await Promise.all([listSurveySummaries(), surveyRoles(user), adminLang()]);
  const t = pick(OVERVIEW, lang);
  const surveys = all.flatMap((s) => (roles.has(s.slug) ? [{ ...s, role: roles.get(s.slug)! }] : []));
  const current = surveys.filter((s) => !s.archivedAt);
  const archived = surveys.filter((s) => s.archivedAt);
  return (
    <main className={styles.page}>
      <h1>{t.title}</h1>
      <p className="muted">
        {t.signedInAs(user.name ?? user.email)}{" "}
        {user.role === "admin" && <Link href="/admin/users">{t.manageResearchers}</Link>}
      </p>
      <SurveyRows surveys={current} isArchive={false} lang={lang} />
      {archived.length > 0 && (
        <details>
          <summary>{t.archiveSummary(archived.length)}</summary>
          <SurveyRows surveys={archived} isArchive lang={lang} />
        </details>
      )}
      <section aria-labelledby="new-survey-heading" className={styles.card}>
        <h2 id="new-survey-heading">{t.newSurvey}</h2>
        <p className="muted">{t.newSurveyIntro}</p>
        <NewSurveyForm sources={surveys.filter((s) => s.hasVersions && mayUse(s.role, "versions")).map(({ slug, title }) => ({ slug, title }))} action={createSurveyAction} />
      </section>
    </main>
  );
}
