import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { getSurveyContext } from "@/lib/analysis/survey";
import { requireResearcher } from "@/lib/auth/guard";
import styles from "@/components/dashboard/dashboard.module.css";
import { LiveRefresh } from "@/components/dashboard/LiveRefresh";
import {
  BreakdownsWidget, CompletionWidget, FunnelsWidget, PageTimesWidget, PerDayWidget, TotalsWidget, WidgetSkeleton,
} from "@/components/dashboard/monitoring-widgets";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Monitoring" };

export default async function MonitoringPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireResearcher();
  const survey = await getSurveyContext((await params).slug);
  if (!survey) notFound();
  return (
    <main>
      <div className={styles.header}>
        <h2>Monitoring veldwerk</h2>
        <LiveRefresh slug={survey.slug} />
      </div>
      <Suspense fallback={<WidgetSkeleton />}>
        <TotalsWidget survey={survey} />
      </Suspense>
      <div className={styles.grid} style={{ marginTop: "1rem" }}>
        <Suspense fallback={<WidgetSkeleton wide />}>
          <FunnelsWidget survey={survey} />
        </Suspense>
        <Suspense fallback={<WidgetSkeleton />}>
          <PerDayWidget survey={survey} />
        </Suspense>
        <Suspense fallback={<WidgetSkeleton />}>
          <CompletionWidget survey={survey} />
        </Suspense>
        <Suspense fallback={<WidgetSkeleton />}>
          <PageTimesWidget survey={survey} />
        </Suspense>
        <Suspense fallback={<WidgetSkeleton wide />}>
          <BreakdownsWidget survey={survey} />
        </Suspense>
      </div>
    </main>
  );
}
