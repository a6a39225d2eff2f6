import type { Metadata } from "next";
import { pick } from "@/lib/i18n/admin";
import { adminLang } from "@/lib/i18n/admin-server";
import { DASHBOARD } from "@/lib/i18n/admin/dashboard";
import { MONITORING } from "@/lib/i18n/admin/monitoring";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { parseFiltersForPage } from "@/lib/analysis/filters";
import { funnelSplits, listLiveFilterOptions, parseFunnelSplit } from "@/lib/analysis/service";
import { getSurveyContext } from "@/lib/analysis/survey";
import styles from "@/components/dashboard/dashboard.module.css";
import { FilterForm, filterDimensions } from "@/components/dashboard/FilterForm";
import { LiveRefresh } from "@/components/dashboard/LiveRefresh";
import { WidgetBoundary } from "@/components/admin/WidgetBoundary";
import { FieldworkPanel } from "@/components/dashboard/FieldworkPanel";
import { fieldworkLabel, toDateTimeLocal } from "@/lib/survey/fieldwork";
import { getFieldwork } from "@/lib/survey/fieldwork-service";
import { enforceIpHashRetention } from "@/lib/responses/retention";
import { saveFieldworkAction } from "./actions";
import { BeforeAfterWidget, ExperimentWidget } from "@/components/dashboard/experiment-widgets";
import {
  BreakdownsWidget, CompletionWidget, FunnelsWidget, PageTimesWidget, PerDayWidget, TotalsWidget, TrendWidget, WidgetSkeleton,
} from "@/components/dashboard/monitoring-widgets";
import { requireSurveyArea } from "@/lib/auth/survey-access";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: pick(MONITORING, await adminLang()).metaTitle };
}

type TSearch = Promise<Record<string, string | string[] | undefined>>;

export default async function MonitoringPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: TSearch }) {
  const { slug } = await params;
  await requireSurveyArea(slug, "monitoring");
  const survey = await getSurveyContext(slug);
  if (!survey) notFound();
  const { groupBy: rawSplit, includePartial: _ignored, ...search } = await searchParams;
  const { filters, filterError } = parseFiltersForPage(search, survey.dimensions);
  const split = parseFunnelSplit(survey, rawSplit);
  // Fieldwork that closed by its date: IP hashes kept "until closing" go now.
  await enforceIpHashRetention(survey.id);
  const [{ waves, versions }, fieldwork] = await Promise.all([listLiveFilterOptions(survey.id), getFieldwork({ id: survey.id })]);
  const action = `/admin/s/${encodeURIComponent(survey.slug)}`;
  const lang = await adminLang();
  const t = pick(MONITORING, lang);
  const d = pick(DASHBOARD, lang);
  const builtIn: Record<string, string> = { version: d.groupVersion, wave: d.groupWave, source: d.groupSource };
  const isFiltered = Object.values(search).some((v) => v !== undefined && v !== "");
  return (
    <main>
      <div className={styles.header}>
        <h2>{t.title}</h2>
        <LiveRefresh slug={survey.slug} />
      </div>
      {fieldwork && (
        <FieldworkPanel
          slug={survey.slug} label={fieldworkLabel(fieldwork.state, fieldwork.timeZone, lang)} isOpen={fieldwork.state.isOpen}
          started={fieldwork.settings.responseLimit === null ? null : fieldwork.started} timeZone={fieldwork.timeZone}
          action={saveFieldworkAction}
          values={{
            mode: fieldwork.settings.mode,
            opensAt: toDateTimeLocal(fieldwork.settings.opensAt, fieldwork.timeZone),
            closesAt: toDateTimeLocal(fieldwork.settings.closesAt, fieldwork.timeZone),
            responseLimit: fieldwork.settings.responseLimit?.toString() ?? "",
          }}
        />
      )}
      <FilterForm
        action={action} filters={filters} waves={waves} dimensions={filterDimensions(survey)} versions={versions}
        groupBy={split ?? "total"} groupings={funnelSplits(survey).map((g) => ({ ...g, label: builtIn[g.id] ?? g.label }))} hasPeriod hasPartial={false} lang={lang}
      />
      {filterError && <p className="error" role="alert">{d.invalidFilter} {filterError}</p>}
      <p className="muted" data-testid="monitoring-scope">
        {isFiltered && !filterError ? t.scopeFiltered : t.scopeAll} {t.scopeNote}
      </p>
      <WidgetBoundary title={t.wTotals}>
        <Suspense fallback={<WidgetSkeleton />}>
          <TotalsWidget survey={survey} filters={filters} lang={lang} />
        </Suspense>
      </WidgetBoundary>
      <div className={styles.grid} style={{ marginTop: "1rem" }}>
        <WidgetBoundary title={t.wFunnel}>
          <Suspense fallback={<WidgetSkeleton wide />}>
            <FunnelsWidget survey={survey} filters={filters} split={split} lang={lang} />
          </Suspense>
        </WidgetBoundary>
        <WidgetBoundary title={t.wExperiment}>
          <Suspense fallback={<WidgetSkeleton wide />}>
            <ExperimentWidget survey={survey} lang={lang} />
          </Suspense>
        </WidgetBoundary>
        <WidgetBoundary title={t.wBeforeAfter}>
          <Suspense fallback={<WidgetSkeleton wide />}>
            <BeforeAfterWidget survey={survey} lang={lang} />
          </Suspense>
        </WidgetBoundary>
        <WidgetBoundary title={t.wPerDay}>
          <Suspense fallback={<WidgetSkeleton />}>
            <PerDayWidget survey={survey} filters={filters} lang={lang} />
          </Suspense>
        </WidgetBoundary>
        <WidgetBoundary title={t.wTrend}>
          <Suspense fallback={<WidgetSkeleton />}>
            <TrendWidget survey={survey} filters={filters} lang={lang} />
          </Suspense>
        </WidgetBoundary>
        <WidgetBoundary title={t.wCompletion}>
          <Suspense fallback={<WidgetSkeleton />}>
            <CompletionWidget survey={survey} filters={filters} lang={lang} />
          </Suspense>
        </WidgetBoundary>
        <WidgetBoundary title={t.wPageTimes}>
          <Suspense fallback={<WidgetSkeleton />}>
            <PageTimesWidget survey={survey} filters={filters} lang={lang} />
          </Suspense>
        </WidgetBoundary>
        <WidgetBoundary title={t.wBreakdown}>
          <Suspense fallback={<WidgetSkeleton wide />}>
            <BreakdownsWidget survey={survey} filters={filters} lang={lang} />
          </Suspense>
        </WidgetBoundary>
      </div>
    </main>
  );
}
