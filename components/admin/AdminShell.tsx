import Link from "next/link";
import type { ReactNode } from "react";
import type { TSessionUser } from "@/lib/auth/guard";
import { AdminNav } from "./AdminNav";
import { SignOutButton } from "./SignOutButton";
import styles from "./admin.module.css";

/** The researchers' frame: product name, navigation (Gebruikers and Auditlog for admins only), account and sign-out. */
export function AdminShell({ user, children }: { user: TSessionUser; children: ReactNode }) {
  const links = [{ href: "/admin", label: "Overzicht" }];
  if (user.role === "admin") links.push({ href: "/admin/users", label: "Gebruikers" }, { href: "/admin/audit", label: "Auditlog" });
  return (
    <div className={styles.shell}>
      <a href="#inhoud" className={styles.skip}>
        Naar de inhoud
      </a>
      <header className={styles.header}>
        <div className={styles.bar}>
          <Link href="/admin" className={styles.brand}>
            Enquête
          </Link>
          <AdminNav links={links} />
          <div className={styles.account}>
            <Link href="/admin/account" className={styles.email} title={`${user.email}: mijn account`} data-testid="signed-in-email">
              {user.email}
            </Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <div id="inhoud" className={styles.content}>
        {children}
      </div>
    </div>
  );
}
