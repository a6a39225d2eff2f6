"use client";

import Link from "next/link";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import { pick } from "@/lib/i18n/admin";
import { SURVEY_FRAME } from "@/lib/i18n/admin/survey-frame";

/** A page of a survey that notFound() refused; the survey's tabs stay. */
export default function SurveyNotFound() {
  const t = pick(SURVEY_FRAME, useAdminLang());
  return (
    <main data-testid="not-found">
      <h2>{t.notFound}</h2>
      <p>{t.notFoundSurvey}</p>
      <p>
        <Link href="/admin">{t.allSurveys}</Link>
      </p>
    </main>
  );
}
