import type { Metadata } from "next";
import { listMembers } from "@/lib/auth/members";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { roleLabels } from "@/lib/auth/survey-roles";
import { pick } from "@/lib/i18n/admin";
import { adminLang } from "@/lib/i18n/admin-server";
import { ACCESS } from "@/lib/i18n/admin/access";
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
  const lang = await adminLang();
  const t = pick(ACCESS, lang);
  return (
    <main>
      <h2>{t.title}</h2>
      <p className="muted">
        {t.intro}
        {members.length === 0 && t.introNoMembers}
      </p>
      {members.length > 0 && (
        <div className={styles.tableWrap}>
          <table className={styles.table} data-testid="members">
            <thead><tr><th scope="col">{t.colAccount}</th><th scope="col">{t.colRole}</th><th scope="col"><span className="visually-hidden">{t.colActions}</span></th></tr></thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.userId} data-email={m.email}>
                  <th scope="row">{m.name ? `${m.name} (${m.email})` : m.email}</th>
                  <td>{roleLabels(lang)[m.role]}</td>
                  <td><RemoveMemberButton slug={slug} userId={m.userId} email={m.email} action={removeMemberAction} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t.grantHeading}</h3>
      <MemberForm slug={slug} action={setMemberAction} />
    </main>
  );
}
