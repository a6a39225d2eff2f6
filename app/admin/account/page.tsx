import type { Metadata } from "next";
import { pick } from "@/lib/i18n/admin";
import { adminLang } from "@/lib/i18n/admin-server";
import { ACCOUNTS } from "@/lib/i18n/admin/accounts";
import { requireResearcher } from "@/lib/auth/guard";
import { accountRoleLabels } from "../users/labels";
import { PasswordForm } from "./password-form";
import styles from "./account.module.css";

export const metadata: Metadata = { title: "Mijn account" };

/** Every researcher: their own account and a new password (e.g. after the generated first one). */
export default async function AccountPage() {
  const user = await requireResearcher();
  const lang = await adminLang();
  const t = pick(ACCOUNTS, lang);
  return (
    <main className={styles.page}>
      <h1>{t.myAccount}</h1>
      <dl className={styles.facts}>
        <dt>{t.email}</dt>
        <dd>{user.email}</dd>
        <dt>{t.name}</dt>
        <dd>{user.name ?? "–"}</dd>
        <dt>{t.role}</dt>
        <dd>{accountRoleLabels(lang)[user.role]}</dd>
      </dl>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading">{t.changePassword}</h2>
        <PasswordForm />
      </section>
    </main>
  );
}
