import type { TPartId, TSurveyDefinition } from "@/lib/survey/definition";
import { getPart, getScale } from "@/lib/survey/model";
import type { TQueryable } from "./db";
import type { TResultFilters } from "./filters";
import * as m from "./monitoring";
import * as r from "./results";

/** Part questions' settings the queries need from the definition. */
export function partSettings(def: TSurveyDefinition, part: TPartId) {
  const p = getPart(def, part);
  return {
    missingValues: getScale(def, p.development.scale).missingValues,
    otherExcluded: p.other.otherTextId ? [p.other.otherTextId] : [],
  };
}

/** Every dashboard query by name, bound to one survey: used by the benchmark. */
export function dashboardQueries(db: TQueryable, surveyId: string, def: TSurveyDefinition) {
  const p1 = partSettings(def, "p1");
  const p2 = partSettings(def, "p2");
  const monitoring = (name: string, run: () => Promise<unknown>) => ({ name, usesFilters: false, run: (_f: TResultFilters) => run() });
  const result = (name: string, run: (f: TResultFilters) => Promise<unknown>) => ({ name, usesFilters: true, run });
  return [
    monitoring("monitoring: totalen", () => m.monitoringTotals(db, surveyId)),
    monitoring("monitoring: trechter", () => m.monitoringFunnel(db, surveyId)),
    monitoring("monitoring: per dag", () => m.monitoringPerDay(db, surveyId)),
    monitoring("monitoring: mediane invultijd", () => m.monitoringCompletionTime(db, surveyId)),
    monitoring("monitoring: mediane tijd per pagina", () => m.monitoringPageTimes(db, surveyId)),
    monitoring("monitoring: herkomst/sector/...", () => m.monitoringBreakdowns(db, surveyId)),
    monitoring("live: watermerk", () => m.liveWatermark(db, surveyId)),
    result("resultaten: steekproef (F1-4, T2)", (f) => r.sampleCounts(db, surveyId, f)),
    result("resultaten: factoren deel 1 (F5-11)", (f) => r.itemSums(db, surveyId, f, "p1", "factors", [])),
    result("resultaten: top 5 deel 1 (F6-12, T3)", (f) => r.choiceCounts(db, surveyId, f, "p1", "top5")),
    result("resultaten: overige deel 1 (F13, T4)", (f) => r.choiceCounts(db, surveyId, f, "p1", "other", p1.otherExcluded)),
    result("resultaten: ontwikkeling deel 2 (F14-17)", (f) => r.itemSums(db, surveyId, f, "p2", "dev", p2.missingValues)),
    result("resultaten: overige deel 2 (F18)", (f) => r.choiceCounts(db, surveyId, f, "p2", "other", p2.otherExcluded)),
  ];
}
