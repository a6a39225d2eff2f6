import "server-only";
import type { TQueryable } from "../db";
import type { TResultFilters } from "../filters";
import { cached } from "../service";
import type { TSurveyContext } from "../survey";
import { compareGroupings, compareQuestions, type TCompareQuestion } from "./questions";
import type { TCompareParams } from "./schema";
import { groupSpecs, shapeComparison, type TComparison } from "./shape";
import { compareRows } from "./sql";

/** The comparable questions and groupings of a survey (labels for the form, checks for the URL). */
export function compareOptions(s: TSurveyContext) {
  return { questions: compareQuestions(s.structure), groupings: compareGroupings(s.dimensions) };
}

/** One comparison: the SQL and the shaping, without the cache (tests, benchmarks). */
export async function computeComparison(
  db: TQueryable, s: Pick<TSurveyContext, "id" | "structure" | "dimensions">, filters: TResultFilters, params: TCompareParams,
): Promise<TComparison> {
  const question = compareQuestions(s.structure).find((q) => q.variable === params.vraag) as TCompareQuestion;
  const by = compareGroupings(s.dimensions).find((g) => g.id === params.vergelijk)!;
  const rows = await compareRows(db, s.structure, { surveyId: s.id, filters, dimensions: s.dimensions, by: by.id }, question);
  const specs = groupSpecs(by.id, s.dimensions, s.structure, rows.map((r) => r.group));
  return shapeComparison({ question, by, specs, rows });
}

/** A comparison computed once per change of the survey's responses, as every results widget. */
export async function getComparison(s: TSurveyContext, filters: TResultFilters, params: TCompareParams): Promise<TComparison> {
  return cached(s, ["compare", filters, params], (db) => computeComparison(db, s, filters, params));
}
