import "server-only";
import { cookies } from "next/headers";
import { ADMIN_LANG_COOKIE, isAdminLang, type TAdminLang } from "./admin";

/** The language of the researchers' interface for this request (Dutch unless English was chosen). */
export async function adminLang(): Promise<TAdminLang> {
  const value = (await cookies()).get(ADMIN_LANG_COOKIE)?.value;
  return isAdminLang(value) ? value : "nl";
}
