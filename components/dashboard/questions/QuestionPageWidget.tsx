import type { TResultFilters } from "@/lib/analysis/filters";
import { getQuestionPage } from "@/lib/analysis/questions/service";
import type { TSurveyContext } from "@/lib/analysis/survey";
import { QuestionCard } from "./QuestionCard";
import type { TAdminLang } from "@/lib/i18n/admin";
import styles from "./questions.module.css";

/** The questions of one questionnaire page: one cached figure, its own Suspense boundary. */
export async function QuestionPageWidget({ survey, filters, pageId, filterSearch, lang = "nl" }: {
  survey: TSurveyContext; filters: TResultFilters; pageId: string; filterSearch: string; lang?: TAdminLang;
}) {
  const page = await getQuestionPage(survey, filters, pageId);
  const base = `/admin/s/${encodeURIComponent(survey.slug)}/questions`;
  const answersHref = (variable: string) => `${base}/${encodeURIComponent(variable)}${filterSearch ? `?${filterSearch}` : ""}`;
  return (
    <div className={styles.list}>
      {page.questions.map((q) => <QuestionCard key={q.id} q={q} answersHref={answersHref} lang={lang} />)}
    </div>
  );
}
