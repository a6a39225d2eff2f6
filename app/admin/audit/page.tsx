import type { Metadata } from "next";
import Link from "next/link";
import { AUDIT_LABELS, AUDIT_PAGE_SIZE, listAudit, ZAuditQuery } from "@/lib/audit/log";
import { AUDIT_ACTIONS } from "@/lib/audit/service";
import { requireAdmin } from "@/lib/auth/guard";
import { listSurveys } from "@/lib/survey/service";
import { formatDateTime } from "@/lib/format/nl";
import { pick } from "@/lib/i18n/admin";
import { adminLang } from "@/lib/i18n/admin-server";
import { ACCOUNTS, accountMessage, AUDIT_LABELS_EN } from "@/lib/i18n/admin/accounts";
import own from "./audit.module.css";
import styles from "../users/users.module.css";

export const metadata: Metadata = { title: "Auditlog" };
export const dynamic = "force-dynamic";

type TSearch = Promise<Record<string, string | string[] | undefined>>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** Admins only: what researchers and visitors did, newest first, filterable and downloadable. */
export default async function AuditPage({ searchParams }: { searchParams: TSearch }) {
  await requireAdmin();
  const lang = await adminLang();
  const t = pick(ACCOUNTS, lang);
  const labels = lang === "en" ? AUDIT_LABELS_EN : AUDIT_LABELS;
  const raw = await searchParams;
  const parsed = ZAuditQuery.safeParse({ action: one(raw.action), survey: one(raw.survey), before: one(raw.before) });
  const query = parsed.success ? parsed.data : {};
  const [rows, surveys] = await Promise.all([listAudit(query), listSurveys()]);
  const filterParams = new URLSearchParams(Object.entries({ action: query.action, survey: query.survey }).filter((e): e is [string, string] => !!e[1]));
  const next = rows.length === AUDIT_PAGE_SIZE ? `?${new URLSearchParams({ ...Object.fromEntries(filterParams), before: rows[rows.length - 1].id })}` : undefined;
  return (
    <main className={styles.page}>
      <h1>{t.audit}</h1>
      <p className="muted">{t.auditIntro}</p>
      <form method="get" className={own.filters} aria-label={t.auditFilter}>
        <label>
          {t.action}{" "}
          <select name="action" defaultValue={query.action ?? ""}>
            <option value="">{t.allActions}</option>
            {AUDIT_ACTIONS.map((a) => <option key={a} value={a}>{labels[a]}</option>)}
          </select>
        </label>
        <label>
          {t.survey}{" "}
          <select name="survey" defaultValue={query.survey ?? ""}>
            <option value="">{t.all}</option>
            {surveys.map((s) => <option key={s.slug} value={s.slug}>{s.title}</option>)}
          </select>
        </label>
        <button type="submit" className="btn btn-secondary">{t.filter}</button>
        <a className="btn btn-secondary" href={`/api/admin/audit${filterParams.size ? `?${filterParams}` : ""}`} download>{t.downloadCsv}</a>
      </form>
      {!parsed.success && <p className="error" role="alert">{t.invalidFilter} {parsed.error.issues.map((i) => accountMessage(i.message, lang)).join(" ")}</p>}
      {rows.length === 0 ? (
        <p>{t.noEvents}</p>
      ) : (
        <div className={own.tableWrap}>
          <table className={styles.table} data-testid="audit-log">
            <thead>
              <tr><th scope="col">{t.time}</th><th scope="col">{t.action}</th><th scope="col">{t.who}</th><th scope="col">{t.survey}</th><th scope="col">{t.details}</th></tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-action={r.action}>
                  <td data-label={t.time}>{formatDateTime(r.at)}</td>
                  <td data-label={t.action}>{labels[r.action as keyof typeof labels] ?? r.action}</td>
                  <td data-label={t.who}>{r.actorEmail ?? (r.actorId ? t.deletedAccount : t.visitor)}</td>
                  <td data-label={t.survey}>{r.surveySlug ?? ""}</td>
                  <td data-label={t.details}><code className={own.details}>{JSON.stringify(r.details)}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next && <p><Link href={`/admin/audit${next}`}>{t.older}</Link></p>}
    </main>
  );
}
