import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { findOpenQuestion } from "@/lib/analysis/questions/service";
import { getSurveyContext } from "@/lib/analysis/survey";
import { requireSurveyArea } from "@/lib/auth/survey-access";

/**
 * Whether the open question exists is decided here, above the page's loading boundary, so an
 * unknown one answers 404 instead of a streamed 200 (as the survey's layout does for the survey).
 */
export default async function OpenAnswersLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string; variable: string }> }) {
  const { slug, variable } = await params;
  await requireSurveyArea(slug, "questions");
  const survey = await getSurveyContext(slug);
  if (!survey || !(await findOpenQuestion(survey, variable))) notFound();
  return children;
}
