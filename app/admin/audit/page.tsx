import type { Metadata } from "next";
import Link from "next/link";
import { AUDIT_LABELS, AUDIT_PAGE_SIZE, listAudit, ZAuditQuery } from "@/lib/audit/log";
import { AUDIT_ACTIONS } from "@/lib/audit/service";
import { requireAdmin } from "@/lib/auth/guard";
import { listSurveys } from "@/lib/survey/service";
import { formatDateTime } from "@/lib/format/nl";
import own from "./audit.module.css";
import styles from "../users/users.module.css";

export const metadata: Metadata = { title: "Auditlog" };
export const dynamic = "force-dynamic";

type TSearch = Promise<Record<string, string | string[] | undefined>>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** Admins only: what researchers and visitors did, newest first, filterable and downloadable. */
export default async function AuditPage({ searchParams }: { searchParams: TSearch }) {
  await requireAdmin();
  const raw = await searchParams;
  const parsed = ZAuditQuery.safeParse({ action: one(raw.action), survey: one(raw.survey), before: one(raw.before) });
  const query = parsed.success ? parsed.data : {};
  const [rows, surveys] = await Promise.all([listAudit(query), listSurveys()]);
  const filterParams = new URLSearchParams(Object.entries({ action: query.action, survey: query.survey }).filter((e): e is [string, string] => !!e[1]));
  const next = rows.length === AUDIT_PAGE_SIZE ? `?${new URLSearchParams({ ...Object.fromEntries(filterParams), before: rows[rows.length - 1].id })}` : undefined;
  return (
    <main className={styles.page}>
      <h1>Auditlog</h1>
      <p className="muted">
        Elke handeling van onderzoekers en beheerders (aanmelden, export met filters, import, veldwerk, links, accounts) en van bezoekers
        van deellinks. Alleen toevoegen: niets kan worden gewijzigd of verwijderd. Tijden in Europe/Amsterdam.
      </p>
      <form method="get" className={own.filters} aria-label="Auditlog filteren">
        <label>
          Actie{" "}
          <select name="action" defaultValue={query.action ?? ""}>
            <option value="">Alle acties</option>
            {AUDIT_ACTIONS.map((a) => <option key={a} value={a}>{AUDIT_LABELS[a]}</option>)}
          </select>
        </label>
        <label>
          Vragenlijst{" "}
          <select name="survey" defaultValue={query.survey ?? ""}>
            <option value="">Alle</option>
            {surveys.map((s) => <option key={s.slug} value={s.slug}>{s.title}</option>)}
          </select>
        </label>
        <button type="submit" className="btn btn-secondary">Filteren</button>
        <a className="btn btn-secondary" href={`/api/admin/audit${filterParams.size ? `?${filterParams}` : ""}`} download>CSV downloaden</a>
      </form>
      {!parsed.success && <p className="error" role="alert">Ongeldige filter genegeerd: {parsed.error.issues.map((i) => i.message).join(" ")}</p>}
      {rows.length === 0 ? (
        <p>Geen gebeurtenissen.</p>
      ) : (
        <div className={own.tableWrap}>
          <table className={styles.table} data-testid="audit-log">
            <thead>
              <tr><th scope="col">Tijdstip</th><th scope="col">Actie</th><th scope="col">Wie</th><th scope="col">Vragenlijst</th><th scope="col">Details</th></tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-action={r.action}>
                  <td data-label="Tijdstip">{formatDateTime(r.at)}</td>
                  <td data-label="Actie">{AUDIT_LABELS[r.action as keyof typeof AUDIT_LABELS] ?? r.action}</td>
                  <td data-label="Wie">{r.actorEmail ?? (r.actorId ? "(verwijderd account)" : "bezoeker / systeem")}</td>
                  <td data-label="Vragenlijst">{r.surveySlug ?? ""}</td>
                  <td data-label="Details"><code className={own.details}>{JSON.stringify(r.details)}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next && <p><Link href={`/admin/audit${next}`}>Oudere gebeurtenissen</Link></p>}
    </main>
  );
}
