import type { Metadata } from "next";
import Link from "next/link";
import { listSurveySummaries } from "@/lib/analysis/survey";
import { requireResearcher } from "@/lib/auth/guard";
import styles from "@/components/dashboard/dashboard.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Dashboard" };

export default async function AdminOverview() {
  const user = await requireResearcher();
  const surveys = await listSurveySummaries();
  return (
    <main className={styles.page}>
      <h1>Vragenlijsten</h1>
      <p className="muted">
        Aangemeld als {user.name ?? user.email}.{" "}
        {user.role === "admin" && <Link href="/admin/users">Onderzoekers beheren</Link>}
      </p>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption className="visually-hidden">Vragenlijsten met het aantal gestarte en afgeronde antwoorden</caption>
          <thead>
            <tr>
              <th scope="col">Vragenlijst</th>
              <th scope="col" className={styles.num}>Gestart</th>
              <th scope="col" className={styles.num}>Afgerond</th>
              <th scope="col">Laatste activiteit</th>
              <th scope="col">Ga naar</th>
            </tr>
          </thead>
          <tbody>
            {surveys.map((s) => {
              const base = `/admin/s/${encodeURIComponent(s.slug)}`;
              return (
                <tr key={s.slug}>
                  <th scope="row"><Link href={base}>{s.title}</Link></th>
                  <td className={styles.num} data-testid={`overview-started-${s.slug}`}>{s.started}</td>
                  <td className={styles.num} data-testid={`overview-finished-${s.slug}`}>{s.finished}</td>
                  <td>{s.lastActivity ? s.lastActivity.toLocaleString("nl-NL", { timeZone: "Europe/Amsterdam" }) : "–"}</td>
                  <td>
                    <Link href={base}>Monitoring</Link> · <Link href={`${base}/results`}>Resultaten</Link> ·{" "}
                    <Link href={`${base}/export`}>Export</Link> · <Link href={`${base}/import`}>Import</Link> ·{" "}
                    <Link href={`/s/${encodeURIComponent(s.slug)}`}>Vragenlijst openen</Link>
                  </td>
                </tr>
              );
            })}
            {surveys.length === 0 && <tr><td colSpan={5}>Er zijn nog geen vragenlijsten.</td></tr>}
          </tbody>
        </table>
      </div>
    </main>
  );
}
