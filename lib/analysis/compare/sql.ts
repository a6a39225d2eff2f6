import type { TDimension } from "@/lib/survey/config";
import type { TStructure } from "@/lib/survey/engine/structure";
import { conditionSql } from "../conditions-sql";
import { paramAdder, type TQueryable } from "../db";
import { groupingSql } from "../dimensions";
import { filterSql, type TResultFilters } from "../filters";
import type { TCompareQuestion } from "./questions";

/**
 * The comparison's only query: the sufficient statistics per group, in one statement.
 * - categorical: respondents per group and answer code (from `dims`);
 * - share: per group the base (answered the page, and was offered the option) as n, and those
 *   who chose it as sum (= sum of squares: the values are 0 or 1);
 * - mean: per group count, sum and sum of squares of the scores (missing codes left out).
 * The group is NULL for respondents without a value of the grouping (e.g. no answer to it).
 */
export type TCompareRow = { group: string | null; code: string | null; n: number; sum: number; sumsq: number };

export type TCompareScope = { surveyId: string; filters: TResultFilters; dimensions: TDimension[]; by: string };

export async function compareRows(db: TQueryable, s: TStructure, scope: TCompareScope, q: TCompareQuestion): Promise<TCompareRow[]> {
  const params: unknown[] = [];
  const p = paramAdder(params);
  // With `part`, "finished" means the question's part was finished (as the report's figures).
  const where = `r.survey_id = ${p(scope.surveyId)} AND ${filterSql(scope.filters, params, "r", q.part, scope.dimensions)}`;
  const g = groupingSql(scope.by, scope.dimensions);
  const v = p(q.variable);
  if (q.kind === "categorical") {
    const { rows } = await db.query<TCompareRow>(
      `SELECT ${g} AS "group", r.dims->>${v}::text AS code, count(*)::int AS n, 0::float AS sum, 0::float AS sumsq
       FROM response r WHERE ${where} AND r.dims ? ${v}::text
       GROUP BY 1, 2`,
      params,
    );
    return rows;
  }
  if (q.kind === "share") {
    const offered = q.showIf ? ` AND ${conditionSql(q.showIf, s)}` : "";
    const chosen = `EXISTS (SELECT 1 FROM answer a WHERE a.response_id = r.id AND a.variable = ${v}::text)`;
    const { rows } = await db.query<TCompareRow>(
      `SELECT ${g} AS "group", NULL::text AS code, count(*)::int AS n,
         count(*) FILTER (WHERE ${chosen})::float AS sum, count(*) FILTER (WHERE ${chosen})::float AS sumsq
       FROM response r
       WHERE ${where}${offered} AND EXISTS (SELECT 1 FROM answer a WHERE a.response_id = r.id AND a.page_id = ${p(q.page)})
       GROUP BY 1`,
      params,
    );
    return rows;
  }
  const { rows } = await db.query<TCompareRow>(
    `SELECT ${g} AS "group", NULL::text AS code, count(*)::int AS n,
       sum(a.num)::float AS sum, sum(a.num::float * a.num)::float AS sumsq
     FROM response r JOIN answer a ON a.response_id = r.id AND a.variable = ${v}::text
     WHERE ${where} AND a.num IS NOT NULL AND NOT (a.num = ANY(${p(q.missingValues)}::int[]))
     GROUP BY 1`,
    params,
  );
  return rows;
}
