import type { Metadata } from "next";
import { listMembers } from "@/lib/auth/members";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { SURVEY_ROLE_LABELS } from "@/lib/auth/survey-roles";
import { MemberForm, RemoveMemberButton } from "@/components/dashboard/MemberForms";
import styles from "@/components/dashboard/dashboard.module.css";
import { removeMemberAction, setMemberAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Toegang" };

/** Who works on this survey and as what (owners and admins). */
export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { access } = await requireSurveyArea(slug, "members");
  const members = await listMembers(access.surveyId);
  return (
    <main>
      <h2>Toegang</h2>
      <p className="muted">
        Kijkers zien de monitoring; analisten ook resultaten, alle vragen en exports; redacteuren ook versies, veldwerk, links, imports,
        verloting en deellinks; eigenaren ook wie toegang heeft, archiveren en verwijderen. Beheerders zien alles.
        {members.length === 0 && " Zolang niemand is toegevoegd, heeft elke onderzoeker toegang als eigenaar; wie de eerste toevoegt, wordt zelf eigenaar."}
      </p>
      {members.length > 0 && (
        <div className={styles.tableWrap}>
          <table className={styles.table} data-testid="members">
            <thead><tr><th scope="col">Account</th><th scope="col">Rol</th><th scope="col"><span className="visually-hidden">Acties</span></th></tr></thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.userId} data-email={m.email}>
                  <th scope="row">{m.name ? `${m.name} (${m.email})` : m.email}</th>
                  <td>{SURVEY_ROLE_LABELS[m.role]}</td>
                  <td><RemoveMemberButton slug={slug} userId={m.userId} email={m.email} action={removeMemberAction} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>Toegang geven of rol wijzigen</h3>
      <MemberForm slug={slug} action={setMemberAction} />
    </main>
  );
}
