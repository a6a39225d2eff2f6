import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireResearcher } from "@/lib/auth/guard";
import { findSurvey } from "@/lib/survey/publish/service";
import styles from "@/components/dashboard/dashboard.module.css";
import { SurveyTabs } from "@/components/dashboard/SurveyTabs";
import { isSurveySlug } from "@/lib/survey/slug";

export default async function SurveyLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  await requireResearcher();
  const { slug } = await params;
  const survey = isSurveySlug(slug) ? await findSurvey(slug) : undefined;
  if (!survey) notFound();
  return (
    <div className={styles.page}>
      <p className="no-print">
        <Link href="/admin">← Alle vragenlijsten</Link>
      </p>
      <h1>{survey.title}</h1>
      {survey.archivedAt && <p className={styles.warning}>Gearchiveerd: de vragenlijst neemt geen nieuwe deelnemers aan.</p>}
      <SurveyTabs slug={survey.slug} hasVersions={survey.versions > 0} />
      {children}
    </div>
  );
}
