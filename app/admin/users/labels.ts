import type { TRole } from "@/lib/auth/schemas";
import type { TAdminLang } from "@/lib/i18n/admin";
import { pick } from "@/lib/i18n/admin";
import { ACCOUNTS } from "@/lib/i18n/admin/accounts";

export const ROLE_LABELS: Record<TRole, string> = { admin: "Beheerder", researcher: "Onderzoeker" };

/** The account roles in the admin interface's language. */
export function accountRoleLabels(lang: TAdminLang): Record<TRole, string> {
  const t = pick(ACCOUNTS, lang);
  return { admin: t.roleAdmin, researcher: t.roleResearcher };
}
