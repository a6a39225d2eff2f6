"use server";

import { cookies } from "next/headers";
import { ADMIN_LANG_COOKIE, isAdminLang } from "@/lib/i18n/admin";
import { requireResearcher } from "@/lib/auth/guard";

/** Sets the admin interface's language for this browser (a year); the page is drawn again in it. */
export async function setAdminLanguageAction(form: FormData): Promise<void> {
  await requireResearcher();
  const lang = form.get("lang");
  if (!isAdminLang(lang)) return;
  (await cookies()).set(ADMIN_LANG_COOKIE, lang, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 365 * 24 * 3600 });
}
