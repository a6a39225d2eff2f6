import Link from "next/link";
import type { ReactNode } from "react";
import type { TSessionUser } from "@/lib/auth/guard";
import { ADMIN_LANGUAGES, ADMIN_LANGUAGE_NAMES, pick, type TAdminLang } from "@/lib/i18n/admin";
import { SHELL } from "@/lib/i18n/admin/shell";
import { setAdminLanguageAction } from "@/app/admin/language-action";
import { AdminLanguageProvider } from "./AdminLanguage";
import { AdminNav } from "./AdminNav";
import { SignOutButton } from "./SignOutButton";
import styles from "./admin.module.css";

/** The researchers' frame: product name, navigation (Gebruikers and Auditlog for admins only), language, account and sign-out. */
export function AdminShell({ user, lang, children }: { user: TSessionUser; lang: TAdminLang; children: ReactNode }) {
  const t = pick(SHELL, lang);
  const links = [{ href: "/admin", label: t.overview }];
  if (user.role === "admin") links.push({ href: "/admin/users", label: t.users }, { href: "/admin/audit", label: t.audit });
  return (
    <AdminLanguageProvider lang={lang}>
      <div className={styles.shell} lang={lang}>
        <a href="#inhoud" className={styles.skip}>
          {t.skip}
        </a>
        <header className={styles.header}>
          <div className={styles.bar}>
            <Link href="/admin" className={styles.brand}>
              {t.brand}
            </Link>
            <AdminNav links={links} label={t.mainMenu} />
            <div className={styles.account}>
              <form action={setAdminLanguageAction} className={styles.language} aria-label={t.language}>
                {ADMIN_LANGUAGES.filter((l) => l !== lang).map((l) => (
                  <button key={l} type="submit" name="lang" value={l} lang={l} className={styles.languageButton}>
                    {ADMIN_LANGUAGE_NAMES[l]}
                  </button>
                ))}
              </form>
              <Link href="/admin/account" className={styles.email} title={t.myAccount(user.email)} data-testid="signed-in-email">
                {user.email}
              </Link>
              <SignOutButton label={t.signOut} />
            </div>
          </div>
        </header>
        <div id="inhoud" className={styles.content}>
          {children}
        </div>
      </div>
    </AdminLanguageProvider>
  );
}
