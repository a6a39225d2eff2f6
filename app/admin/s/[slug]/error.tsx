"use client";

import { PageError } from "@/components/admin/PageError";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import { pick } from "@/lib/i18n/admin";
import { SURVEY_FRAME } from "@/lib/i18n/admin/survey-frame";

/** A survey page that failed to render: the survey's title and tabs stay usable. */
export default function SurveyPageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError reset={reset} backHref="/admin" backLabel={pick(SURVEY_FRAME, useAdminLang()).allSurveys} />;
}
