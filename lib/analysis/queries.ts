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

export const activitiesOf = (def: TSurveyDefinition, part: TPartId) => getPart(def, part).activity.options.map((o) => o.code);

/** Every dashboard query by name, bound to one survey: used by the benchmark. */
export function dashboardQueries(db: TQueryable, surveyId: string, def: TSurveyDefinition) {
  const p1 = partSettings(def, "p1");
  const p2 = partSettings(def, "p2");
  const monitoring = (name: string, run: () => Promise<unknown>) => ({ name, usesFilters: false, run: (_f: TResultFilters) => run() });
  const result = (name: string, run: (f: TResultFilters) => Promise<unknown>) => ({ name, usesFilters: true, run });
  const perActivity = (name: string, part: TPartId, run: (f: TResultFilters, activity: string) => Promise<unknown>) =>
    activitiesOf(def, part).map((a) => result(`${name} [${a}]`, (f) => run(f, a)));
  return [
    monitoring("monitoring: totalen", () => m.monitoringTotals(db, surveyId)),
    monitoring("monitoring: trechter", () => m.monitoringFunnel(db, surveyId)),
    monitoring("monitoring: per dag", () => m.monitoringPerDay(db, surveyId)),
    monitoring("monitoring: mediane invultijd", () => m.monitoringCompletionTime(db, surveyId)),
    monitoring("monitoring: mediane tijd per pagina", () => m.monitoringPageTimes(db, surveyId)),
    monitoring("monitoring: herkomst/sector/...", () => m.monitoringBreakdowns(db, surveyId)),
    monitoring("live: watermerk", () => m.liveWatermark(db, surveyId)),
    result("F1-4, T2 steekproef", (f) => r.sampleCounts(db, surveyId, f)),
    ...perActivity("F5-11 factoren", "p1", (f, a) => r.itemSums(db, surveyId, f, "p1", "factors", [], a)),
    ...perActivity("F6-12, T3 top 5", "p1", (f, a) => r.choiceCounts(db, surveyId, f, "p1", "top5", a)),
    ...perActivity("F13, T4 overige d1", "p1", (f, a) => r.choiceCounts(db, surveyId, f, "p1", "other", a, p1.otherExcluded)),
    ...perActivity("F14-17 ontwikkeling", "p2", (f, a) => r.itemSums(db, surveyId, f, "p2", "dev", p2.missingValues, a)),
    ...perActivity("F18 overige d2", "p2", (f, a) => r.choiceCounts(db, surveyId, f, "p2", "other", a, p2.otherExcluded)),
  ];
}
