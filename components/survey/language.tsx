"use client";

import { createContext, useContext } from "react";
import { messages, translateMessage } from "@/lib/survey/i18n/messages";

/** The respondent's language for the interface's own texts, below SurveyApp. */
export const LanguageContext = createContext<string>("nl");

export const useMessages = () => messages(useContext(LanguageContext));

/** A validation message of the element modules in the respondent's language. */
export function useTranslatedMessage(message: string | undefined): string | undefined {
  const lang = useContext(LanguageContext);
  return message === undefined ? undefined : translateMessage(lang, message);
}
