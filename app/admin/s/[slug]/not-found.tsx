import Link from "next/link";
import { pick } from "@/lib/i18n/admin";
import { adminLang } from "@/lib/i18n/admin-server";
import { SURVEY_FRAME } from "@/lib/i18n/admin/survey-frame";

/** A page of a survey that notFound() refused; the survey's tabs stay. */
export default async function SurveyNotFound() {
  const t = pick(SURVEY_FRAME, await adminLang());
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
