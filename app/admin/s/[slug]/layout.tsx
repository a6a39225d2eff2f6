import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { findSurvey } from "@/lib/survey/publish/service";
import styles from "@/components/dashboard/dashboard.module.css";
import { SurveyTabs } from "@/components/dashboard/SurveyTabs";
import { ArchivedNotice, BackToSurveys } from "@/components/dashboard/SurveyFrame";
import { isSurveySlug } from "@/lib/survey/slug";

export default async function SurveyLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!isSurveySlug(slug)) notFound();
  const { access } = await requireSurveyArea(slug, "monitoring");
  const survey = await findSurvey(slug);
  if (!survey) notFound();
  return (
    <div className={styles.page}>
      <BackToSurveys />
      <h1>{survey.title}</h1>
      {survey.archivedAt && <ArchivedNotice />}
      <SurveyTabs slug={survey.slug} hasVersions={survey.versions > 0} role={access.role} />
      {children}
    </div>
  );
}
