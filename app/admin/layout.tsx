import type { ReactNode } from "react";
import { AdminShell } from "@/components/admin/AdminShell";
import { requireResearcher } from "@/lib/auth/guard";
import { adminLang } from "@/lib/i18n/admin-server";

/** Every page under /admin: signed-in researchers only (each page and handler checks again). */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const [user, lang] = await Promise.all([requireResearcher(), adminLang()]);
  return <AdminShell user={user} lang={lang}>{children}</AdminShell>;
}
