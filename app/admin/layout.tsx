import type { ReactNode } from "react";
import { AdminShell } from "@/components/admin/AdminShell";
import { requireResearcher } from "@/lib/auth/guard";

/** Every page under /admin: signed-in researchers only (each page and handler checks again). */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireResearcher();
  return <AdminShell user={user}>{children}</AdminShell>;
}
