import type { TDimension } from "@/lib/survey/config";
import type { TStructure } from "@/lib/survey/engine/structure";
import type { TQueryable } from "./db";
import type { TResultFilters } from "./filters";
import * as m from "./monitoring";
import { defaultReport } from "./report/default";
import { runEntry, type TReportContext } from "./report/run";
import type { TReport } from "./report/schema";

/** Every dashboard query by name, bound to one survey: used by the benchmark. */
export function dashboardQueries(db: TQueryable, surveyId: string, s: TStructure, dimensions: TDimension[], report?: TReport) {
  const parts = (s.def.parts?.items ?? []).map((p) => p.id);
  const choice = s.def.parts?.mode === "choice" ? s.def.parts.choice.variable : null;
  const ctx: TReportContext = { db, surveyId, structure: s, dimensions, waves: [] };
  const monitoring = (name: string, run: () => Promise<unknown>) => ({ name, usesFilters: false, run: (_f: TResultFilters) => run() });
  const entries = (report ?? defaultReport(s)).sections.flatMap((sec) => sec.items);
  return [
    monitoring("monitoring: totalen", () => m.monitoringTotals(db, surveyId, parts)),
    monitoring("monitoring: trechter", () => m.monitoringFunnel(db, surveyId, choice)),
    monitoring("monitoring: per dag", () => m.monitoringPerDay(db, surveyId)),
    monitoring("monitoring: mediane invultijd", () => m.monitoringCompletionTime(db, surveyId, choice)),
    monitoring("monitoring: mediane tijd per pagina", () => m.monitoringPageTimes(db, surveyId)),
    monitoring("monitoring: bron en dimensies", () => m.monitoringBreakdowns(db, surveyId, dimensions)),
    monitoring("live: watermerk", () => m.liveWatermark(db, surveyId)),
    ...entries.map((e) => ({ name: `${e.id}`, usesFilters: true, run: (f: TResultFilters) => runEntry(ctx, f, e) })),
  ];
}
