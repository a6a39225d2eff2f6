import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense, type ReactNode } from "react";
import { parseFiltersForPage } from "@/lib/analysis/filters";
import { getSurveyContext } from "@/lib/analysis/survey";
import { listWaves } from "@/lib/analysis/service";
import { requireResearcher } from "@/lib/auth/guard";
import styles from "@/components/dashboard/dashboard.module.css";
import { FilterForm } from "@/components/dashboard/FilterForm";
import { LiveRefresh } from "@/components/dashboard/LiveRefresh";
import { WidgetBoundary } from "@/components/admin/WidgetBoundary";
import { WidgetSkeleton } from "@/components/dashboard/monitoring-widgets";
import {
  DevelopmentWidget, FactorsWidget, OtherP1Widget, OtherP2Widget, SampleWidget, Top5Widget,
} from "@/components/dashboard/result-widgets";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Resultaten" };

type TSearch = Promise<Record<string, string | string[] | undefined>>;

function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro && <p className="muted">{intro}</p>}
      <WidgetBoundary title="Dit onderdeel">
        <Suspense fallback={<WidgetSkeleton wide />}>{children}</Suspense>
      </WidgetBoundary>
    </section>
  );
}

export default async function ResultsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: TSearch }) {
  await requireResearcher();
  const survey = await getSurveyContext((await params).slug);
  if (!survey) notFound();
  const { filters, filterError } = parseFiltersForPage(await searchParams);
  const waves = await listWaves(survey.id);
  const action = `/admin/s/${encodeURIComponent(survey.slug)}/results`;
  const props = { survey, filters };
  return (
    <main>
      <div className={styles.header}>
        <h2>Resultaten</h2>
        <LiveRefresh slug={survey.slug} />
      </div>
      <FilterForm action={action} filters={filters} waves={waves} />
      {filterError && <p className="error" role="alert">Ongeldige filter genegeerd: {filterError}</p>}
      <p className="muted">
        {filters.includePartial
          ? "Inclusief gedeeltelijk ingevulde antwoorden: elke respondent telt mee voor de vragen die hij of zij heeft beantwoord."
          : "Alleen afgeronde antwoorden (per deel: wie dat deel heeft afgerond)."}
      </p>
      <Section id="steekproef" title="Beschrijving van de steekproef (Figuur 1–4, Tabel 2)">
        <SampleWidget {...props} />
      </Section>
      <Section id="factoren" title="Deel 1: factoren per activiteit (Figuur 5, 7, 9, 11)" intro="Gemiddelde score per stelling op 0 (oneens) tot 10 (eens).">
        <FactorsWidget {...props} />
      </Section>
      <Section id="top5" title="Deel 1: top 5 competenties (Figuur 6, 8, 10, 12, Tabel 3)" intro="Percentage van de respondenten van die activiteit dat de competentie in de top 5 noemt.">
        <Top5Widget {...props} />
      </Section>
      <Section id="overig-1" title="Deel 1: overige activiteiten (Figuur 13, Tabel 4)">
        <OtherP1Widget {...props} />
      </Section>
      <Section id="ontwikkeling" title="Deel 2: ontwikkeling per activiteit (Figuur 14–17)" intro="Gemiddelde op 1 (ontwikkel ik niet) tot 4 (ontwikkel ik veel); 'niet van toepassing' telt niet mee.">
        <DevelopmentWidget {...props} />
      </Section>
      <Section id="overig-2" title="Deel 2: overige professionaliseringsactiviteiten (Figuur 18)">
        <OtherP2Widget {...props} />
      </Section>
    </main>
  );
}
