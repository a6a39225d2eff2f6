import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { findSurvey } from "@/lib/survey/publish/service";
import styles from "@/components/dashboard/dashboard.module.css";
import { SurveyTabs } from "@/components/dashboard/SurveyTabs";
import { pick } from "@/lib/i18n/admin";
import { adminLang } from "@/lib/i18n/admin-server";
import { SURVEY_FRAME } from "@/lib/i18n/admin/survey-frame";
import { isSurveySlug } from "@/lib/survey/slug";

export default async function SurveyLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!isSurveySlug(slug)) notFound();
  const { access } = await requireSurveyArea(slug, "monitoring");
  const survey = await findSurvey(slug);
  if (!survey) notFound();
  const t = pick(SURVEY_FRAME, await adminLang());
  return (
    <div className={styles.page}>
      <p className="no-print">
        <Link href="/admin">{t.backToAll}</Link>
      </p>
      <h1>{survey.title}</h1>
      {survey.archivedAt && <p className={styles.warning}>{t.archived}</p>}
      <SurveyTabs slug={survey.slug} hasVersions={survey.versions > 0} role={access.role} />
      {children}
    </div>
  );
}
