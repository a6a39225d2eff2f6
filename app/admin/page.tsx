import type { Metadata } from "next";
import Link from "next/link";
import { listSurveySummaries, type TSurveySummary } from "@/lib/analysis/survey";
import { requireResearcher } from "@/lib/auth/guard";
import { surveyRoles } from "@/lib/auth/survey-access";
import { mayUse, SURVEY_ROLE_LABELS, type TSurveyRole } from "@/lib/auth/survey-roles";
import { formatDateTime } from "@/lib/format/nl";
import { isFolderSurvey } from "@/lib/survey/publish/service";
import styles from "@/components/dashboard/dashboard.module.css";
import { DeleteSurveyButton, NewSurveyForm } from "@/components/dashboard/NewSurveyForm";
import { archiveAction, createSurveyAction, deleteSurveyAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Dashboard" };

type TRow = TSurveySummary & { role: TSurveyRole };

function SurveyRows({ surveys, isArchive }: { surveys: TRow[]; isArchive: boolean }) {
  return (
    <div className={styles.tableWrap}>
      <table className={`${styles.table} ${styles.overview}`} data-testid={isArchive ? "archived-surveys" : "surveys"}>
        <caption className="visually-hidden">
          {isArchive ? "Gearchiveerde vragenlijsten" : "Vragenlijsten met het aantal gestarte en afgeronde antwoorden"}
        </caption>
        <thead>
          <tr>
            <th scope="col">Vragenlijst</th>
            <th scope="col" className={styles.num}>Gestart</th>
            <th scope="col" className={styles.num}>Afgerond</th>
            <th scope="col">Laatste activiteit</th>
            <th scope="col">Ga naar</th>
            <th scope="col">Beheer</th>
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
                      <Link href={base}>Monitoring</Link>
                      {mayUse(s.role, "results") && <> · <Link href={`${base}/results`}>Resultaten</Link> · <Link href={`${base}/export`}>Export</Link></>}
                      {mayUse(s.role, "versions") && <> · <Link href={`${base}/import`}>Import</Link> · <Link href={`${base}/versions`}>Versies</Link></>}
                      {" · "}<Link href={`/s/${encodeURIComponent(s.slug)}`}>Vragenlijst openen</Link>
                    </>
                  ) : (
                    <><Link href={`${base}/versions`}>Concept</Link> (nog niet gepubliceerd)</>
                  )}
                </td>
                <td>
                  {mayUse(s.role, "members") ? <div className={styles.rowActions}>
                    <form action={archiveAction} className={styles.inline}>
                      <input type="hidden" name="slug" value={s.slug} />
                      <input type="hidden" name="archive" value={String(!isArchive)} />
                      <button type="submit" className="btn btn-secondary" aria-label={`${isArchive ? "Terugzetten" : "Archiveren"}: ${s.title}`}>
                        {isArchive ? "Terugzetten" : "Archiveren"}
                      </button>
                    </form>
                    {s.responses === 0 && !isFolderSurvey(s.slug) && <DeleteSurveyButton slug={s.slug} title={s.title} action={deleteSurveyAction} />}
                  </div> : SURVEY_ROLE_LABELS[s.role]}
                </td>
              </tr>
            );
          })}
          {surveys.length === 0 && <tr><td colSpan={6}>Er zijn nog geen vragenlijsten.</td></tr>}
        </tbody>
      </table>
    </div>
  );
}

export default async function AdminOverview() {
  const user = await requireResearcher();
  const [all, roles] = await Promise.all([listSurveySummaries(), surveyRoles(user)]);
  const surveys = all.flatMap((s) => (roles.has(s.slug) ? [{ ...s, role: roles.get(s.slug)! }] : []));
  const current = surveys.filter((s) => !s.archivedAt);
  const archived = surveys.filter((s) => s.archivedAt);
  return (
    <main className={styles.page}>
      <h1>Vragenlijsten</h1>
      <p className="muted">
        Aangemeld als {user.name ?? user.email}.{" "}
        {user.role === "admin" && <Link href="/admin/users">Onderzoekers beheren</Link>}
      </p>
      <SurveyRows surveys={current} isArchive={false} />
      {archived.length > 0 && (
        <details>
          <summary>Archief ({archived.length})</summary>
          <SurveyRows surveys={archived} isArchive />
        </details>
      )}
      <section aria-labelledby="new-survey-heading" className={styles.card}>
        <h2 id="new-survey-heading">Nieuwe vragenlijst</h2>
        <p className="muted">
          Begin leeg, met een kopie van een bestaande vragenlijst (bijvoorbeeld als sjabloon), of met een definitiebestand. Je krijgt een concept;
          deelnemers zien pas iets als je het publiceert.
        </p>
        <NewSurveyForm sources={surveys.filter((s) => s.hasVersions && mayUse(s.role, "versions")).map(({ slug, title }) => ({ slug, title }))} action={createSurveyAction} />
      </section>
    </main>
  );
}
