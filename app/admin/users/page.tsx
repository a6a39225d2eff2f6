import type { Metadata } from "next";
import { listAccounts } from "@/lib/auth/accounts";
import { requireAdmin } from "@/lib/auth/guard";
import { AddUserForm } from "./add-user-form";
import { RemoveUserButton } from "./remove-user-button";
import { pick, type TAdminLang } from "@/lib/i18n/admin";
import { adminLang } from "@/lib/i18n/admin-server";
import { ACCOUNTS } from "@/lib/i18n/admin/accounts";
import { accountRoleLabels } from "./labels";
import styles from "./users.module.css";

export const metadata: Metadata = { title: "Gebruikers" };

const dateFormat = (lang: TAdminLang) => new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "nl-NL", { dateStyle: "medium", timeZone: "Europe/Amsterdam" });

/** Admins only: who can sign in to the dashboard. */
export default async function UsersPage() {
  const me = await requireAdmin();
  const lang = await adminLang();
  const t = pick(ACCOUNTS, lang);
  const roles = accountRoleLabels(lang);
  const users = await listAccounts();
  const adminCount = users.filter((u) => u.role === "admin").length;
  return (
    <main className={styles.page}>
      <h1>{t.users}</h1>
      <p className="muted">{t.usersIntro}</p>

      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">{t.accounts(users.length)}</h2>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t.email}</th>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.role}</th>
              <th scope="col">{t.added}</th>
              <th scope="col">
                <span className="visually-hidden">{t.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => {
              const isMe = user.id === me.id;
              const isLastAdmin = user.role === "admin" && adminCount <= 1;
              return (
                <tr key={user.id} data-testid="user-row">
                  <td data-label={t.email} className={styles.email}>
                    <span>
                      {user.email}
                      {isMe && <span className={styles.badge}>{t.you}</span>}
                    </span>
                  </td>
                  <td data-label={t.name}>
                    <span>{user.name ?? <span className="muted">–</span>}</span>
                  </td>
                  <td data-label={t.role}>{roles[user.role]}</td>
                  <td data-label={t.added}>{dateFormat(lang).format(new Date(user.createdAt))}</td>
                  <td className={styles.actions}>
                    {isMe || isLastAdmin ? (
                      <span className="muted">{isMe ? t.ownAccount : t.lastAdmin}</span>
                    ) : (
                      <RemoveUserButton id={user.id} email={user.email} />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="add-heading" className={styles.addSection}>
        <h2 id="add-heading">{t.addAccount}</h2>
        <p className="muted">{t.addIntro}</p>
        <AddUserForm />
      </section>
    </main>
  );
}
