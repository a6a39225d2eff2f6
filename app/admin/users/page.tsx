import type { Metadata } from "next";
import { listAccounts } from "@/lib/auth/accounts";
import { requireAdmin } from "@/lib/auth/guard";
import { AddUserForm } from "./add-user-form";
import { RemoveUserButton } from "./remove-user-button";
import { ROLE_LABELS } from "./labels";
import styles from "./users.module.css";

export const metadata: Metadata = { title: "Gebruikers" };

const dateFormat = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeZone: "Europe/Amsterdam" });

/** Admins only: who can sign in to the dashboard. */
export default async function UsersPage() {
  const me = await requireAdmin();
  const users = await listAccounts();
  const adminCount = users.filter((u) => u.role === "admin").length;
  return (
    <main className={styles.page}>
      <h1>Gebruikers</h1>
      <p className="muted">Onderzoekers kunnen de resultaten bekijken en exporteren; beheerders kunnen daarnaast accounts beheren.</p>

      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">Accounts ({users.length})</h2>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">E-mailadres</th>
              <th scope="col">Naam</th>
              <th scope="col">Rol</th>
              <th scope="col">Toegevoegd</th>
              <th scope="col">
                <span className="visually-hidden">Acties</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => {
              const isMe = user.id === me.id;
              const isLastAdmin = user.role === "admin" && adminCount <= 1;
              return (
                <tr key={user.id} data-testid="user-row">
                  <td data-label="E-mailadres" className={styles.email}>
                    <span>
                      {user.email}
                      {isMe && <span className={styles.badge}>jij</span>}
                    </span>
                  </td>
                  <td data-label="Naam">
                    <span>{user.name ?? <span className="muted">–</span>}</span>
                  </td>
                  <td data-label="Rol">{ROLE_LABELS[user.role]}</td>
                  <td data-label="Toegevoegd">{dateFormat.format(new Date(user.createdAt))}</td>
                  <td className={styles.actions}>
                    {isMe || isLastAdmin ? (
                      <span className="muted">{isMe ? "Je eigen account" : "Laatste beheerder"}</span>
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
        <h2 id="add-heading">Account toevoegen</h2>
        <p className="muted">Geef het beginwachtwoord op een veilige manier door aan de nieuwe gebruiker.</p>
        <AddUserForm />
      </section>
    </main>
  );
}
