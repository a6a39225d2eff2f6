import type { Metadata } from "next";
import { requireResearcher } from "@/lib/auth/guard";
import { ROLE_LABELS } from "../users/labels";
import { PasswordForm } from "./password-form";
import styles from "./account.module.css";

export const metadata: Metadata = { title: "Mijn account" };

/** Every researcher: their own account and a new password (e.g. after the generated first one). */
export default async function AccountPage() {
  const user = await requireResearcher();
  return (
    <main className={styles.page}>
      <h1>Mijn account</h1>
      <dl className={styles.facts}>
        <dt>E-mailadres</dt>
        <dd>{user.email}</dd>
        <dt>Naam</dt>
        <dd>{user.name ?? "–"}</dd>
        <dt>Rol</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
      </dl>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading">Wachtwoord wijzigen</h2>
        <PasswordForm />
      </section>
    </main>
  );
}
