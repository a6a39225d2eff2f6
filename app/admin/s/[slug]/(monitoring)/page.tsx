import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { getSurveyContext } from "@/lib/analysis/survey";
import { requireResearcher } from "@/lib/auth/guard";
import styles from "@/components/dashboard/dashboard.module.css";
import { LiveRefresh } from "@/components/dashboard/LiveRefresh";
import { WidgetBoundary } from "@/components/admin/WidgetBoundary";
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
      <WidgetBoundary title="De totalen">
        <Suspense fallback={<WidgetSkeleton />}>
          <TotalsWidget survey={survey} />
        </Suspense>
      </WidgetBoundary>
      <div className={styles.grid} style={{ marginTop: "1rem" }}>
        <WidgetBoundary title="De trechter">
          <Suspense fallback={<WidgetSkeleton wide />}>
            <FunnelsWidget survey={survey} />
          </Suspense>
        </WidgetBoundary>
        <WidgetBoundary title="Het verloop per dag">
          <Suspense fallback={<WidgetSkeleton />}>
            <PerDayWidget survey={survey} />
          </Suspense>
        </WidgetBoundary>
        <WidgetBoundary title="De invultijd">
          <Suspense fallback={<WidgetSkeleton />}>
            <CompletionWidget survey={survey} />
          </Suspense>
        </WidgetBoundary>
        <WidgetBoundary title="De tijd per pagina">
          <Suspense fallback={<WidgetSkeleton />}>
            <PageTimesWidget survey={survey} />
          </Suspense>
        </WidgetBoundary>
        <WidgetBoundary title="De uitsplitsing">
          <Suspense fallback={<WidgetSkeleton wide />}>
            <BreakdownsWidget survey={survey} />
          </Suspense>
        </WidgetBoundary>
      </div>
    </main>
  );
}
