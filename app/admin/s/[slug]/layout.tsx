import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getSurveyContext } from "@/lib/analysis/survey";
import { requireResearcher } from "@/lib/auth/guard";
import styles from "@/components/dashboard/dashboard.module.css";
import { SurveyTabs } from "@/components/dashboard/SurveyTabs";

export default async function SurveyLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  await requireResearcher();
  const { slug } = await params;
  const survey = await getSurveyContext(slug);
  if (!survey) notFound();
  return (
    <div className={styles.page}>
      <p className="no-print">
        <Link href="/admin">← Alle vragenlijsten</Link>
      </p>
      <h1>{survey.title}</h1>
      <SurveyTabs slug={survey.slug} />
      {children}
    </div>
  );
}
