import type { TDimension } from "@/lib/survey/config";
import type { TStructure } from "@/lib/survey/engine/structure";
import type { TQueryable } from "./db";
import type { TResultFilters } from "./filters";
import { DEFAULT_TIME_ZONE } from "@/lib/format/nl";
import * as m from "./monitoring";
import { defaultReport } from "./report/default";
import { runEntry, type TReportContext } from "./report/run";
import type { TReport } from "./report/schema";

/** Every dashboard query by name, bound to one survey: used by the benchmark. */
export function dashboardQueries(db: TQueryable, surveyId: string, s: TStructure, dimensions: TDimension[], report?: TReport) {
  const parts = (s.def.parts?.items ?? []).map((p) => p.id);
  const choice = s.def.parts?.mode === "choice" ? s.def.parts.choice.variable : null;
  const ctx: TReportContext = { db, surveyId, structure: s, dimensions, waves: [] };
  // Monitoring takes the dashboard's filters too (partial responses always count there).
  const monitoring = (name: string, run: (scope: m.TScope) => Promise<unknown>) =>
    ({ name, usesFilters: true, run: (f: TResultFilters) => run({ filters: f, dimensions, timeZone: DEFAULT_TIME_ZONE }) });
  const entries = (report ?? defaultReport(s)).sections.flatMap((sec) => sec.items);
  return [
    monitoring("monitoring: totalen", (sc) => m.monitoringTotals(db, surveyId, parts, sc)),
    monitoring("monitoring: trechter", async (sc) => m.monitoringFunnel(db, surveyId, await m.liveVersions(db, surveyId), undefined, sc)),
    monitoring("monitoring: trechter per bron", async (sc) => m.monitoringFunnel(db, surveyId, await m.liveVersions(db, surveyId), "r.source", sc)),
    monitoring("monitoring: per dag", (sc) => m.monitoringPerDay(db, surveyId, DEFAULT_TIME_ZONE, sc)),
    monitoring("monitoring: mediane invultijd", (sc) => m.monitoringCompletionTime(db, surveyId, choice, sc)),
    monitoring("monitoring: mediane tijd per pagina", (sc) => m.monitoringPageTimes(db, surveyId, sc)),
    monitoring("monitoring: bron en dimensies", (sc) => m.monitoringBreakdowns(db, surveyId, dimensions, sc)),
    { name: "live: watermerk", usesFilters: false, run: () => m.liveWatermark(db, surveyId) },
    ...entries.map((e) => ({ name: `${e.id}`, usesFilters: true, run: (f: TResultFilters) => runEntry(ctx, f, e) })),
  ];
}
