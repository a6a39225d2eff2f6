"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { TAdminLang } from "@/lib/i18n/admin";

const AdminLangContext = createContext<TAdminLang>("nl");

/** The admin interface's language for client components below the shell. */
export function AdminLanguageProvider({ lang, children }: { lang: TAdminLang; children: ReactNode }) {
  return <AdminLangContext.Provider value={lang}>{children}</AdminLangContext.Provider>;
}

export const useAdminLang = () => useContext(AdminLangContext);
