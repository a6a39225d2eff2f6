import type { TDimension } from "@/lib/survey/config";
import type { TStructure } from "@/lib/survey/engine/structure";
import { conditionSql } from "../conditions-sql";
import { paramAdder, type TQueryable } from "../db";
import { filterSql, type TResultFilters } from "../filters";
import { conditionKey } from "../shape-results";
import type { TQuestionSpec } from "./kinds";

/**
 * One SQL statement per question of "Alle vragen". Its base is every respondent under the
 * filters who was shown the question: they saved its page (an answer on it, or a page visit
 * that no later save of an earlier page of the same part made stale, e.g. after a change of
 * activity cleared the page) and the question's condition holds. Per option or row the base is
 * narrowed by the option's own condition. Rows returned:
 *
 * - `base`: respondents shown the question (`key` "page") or, per condition key, also the option
 * - `answered`: of those, how many answered it (any of its coded variables, or its text)
 * - `value`: per variable and value (code, scale value, rank) the number of respondents
 * - `stat`: per numeric variable N, mean, SD, median, min and max (missing codes left out)
 * - `bin`: a number question's histogram, bin index in `value` (width from min and max)
 * - `text`: per free-text variable the number of answers
 */
export type TQuestionRow = {
  kind: "base" | "answered" | "value" | "stat" | "bin" | "text";
  key: string | null;
  value: string | null;
  n: number;
  mean: number | null;
  sd: number | null;
  median: number | null;
  lo: number | null;
  hi: number | null;
};

export type TQuestionScope = { surveyId: string; filters: TResultFilters; dimensions: TDimension[] };

/** At most this many bins in a number question's histogram. */
export const NUMBER_BINS = 10;

/** Whether a response (alias r) was shown the spec's page: SQL, parameters appended. */
export function shownPageSql(spec: Pick<TQuestionSpec, "page" | "earlierPages">, p: (v: unknown) => string): string {
  const page = p(spec.page);
  return `(EXISTS (SELECT 1 FROM answer x WHERE x.page_id = ${page} AND x.response_id = r.id)
    OR EXISTS (SELECT 1 FROM page_visit pv WHERE pv.response_id = r.id AND pv.page_id = ${page}
      AND NOT EXISTS (SELECT 1 FROM page_visit e WHERE e.response_id = r.id AND e.page_id = ANY(${p(spec.earlierPages)}::text[])
                      AND e.submitted_at > pv.submitted_at)))`;
}

/** The filters (finished per part when the question is in a part) and the shown-question test. */
export function questionWhere(scope: TQuestionScope, spec: TQuestionSpec, s: TStructure, params: unknown[]): string {
  const p = paramAdder(params);
  return [
    `r.survey_id = ${p(scope.surveyId)}`,
    filterSql(scope.filters, params, "r", spec.part, scope.dimensions),
    shownPageSql(spec, p),
    spec.showIf ? conditionSql(spec.showIf, s) : "TRUE",
  ].join(" AND ");
}

export async function questionRows(db: TQueryable, scope: TQuestionScope, spec: TQuestionSpec, s: TStructure): Promise<TQuestionRow[]> {
  const params: unknown[] = [];
  const w = questionWhere(scope, spec, s, params);
  const p = paramAdder(params);
  const conditions = new Map<string, string>();
  for (const it of spec.items) if (it.showIf) conditions.set(conditionKey(it.showIf), conditionSql(it.showIf, s));
  const keys = [...conditions.keys()];
  const cols = keys.map((k, i) => `, ${conditions.get(k)} AS c${i}`).join("");
  const baseRows = keys.map((k, i) => `UNION ALL SELECT 'base', ${p(k)}::text, NULL, count(*) FILTER (WHERE b.c${i})::int, ${NULLS} FROM b`).join("\n");
  const open = spec.open.map((o) => o.variable);
  const vars = p(spec.variables);
  const texts = p(open);
  const answeredVars = spec.variables.length ? vars : texts;
  const missing = `coalesce(a.num = ANY(${p(spec.scale?.missingValues ?? [])}::int[]), false)`;
  const isNumber = spec.kind === "number";
  const values = isNumber ? "" : `UNION ALL SELECT 'value', a.variable, coalesce(a.text, a.num::text), count(*)::int, ${NULLS}
       FROM a WHERE a.variable = ANY(${vars}::text[]) GROUP BY 2, 3`;
  const bins = !isNumber ? "" : `UNION ALL SELECT 'bin', a.variable,
         (CASE WHEN rg.hi = rg.lo THEN 0 ELSE floor((a.num - rg.lo) / ceil((rg.hi - rg.lo + 1) / ${NUMBER_BINS}.0)) END)::int::text,
         count(*)::int, ${NULLS}
       FROM a JOIN (SELECT variable, min(num) AS lo, max(num) AS hi FROM a WHERE num IS NOT NULL GROUP BY 1) rg ON rg.variable = a.variable
       WHERE a.num IS NOT NULL AND a.variable = ANY(${vars}::text[]) GROUP BY 2, 3`;
  const { rows } = await db.query<TQuestionRow>(
    `WITH b AS MATERIALIZED (SELECT r.id${cols} FROM response r WHERE ${w}),
     a AS MATERIALIZED (
       SELECT x.response_id, x.variable, x.num, x.text FROM b
       JOIN answer x ON x.response_id = b.id AND x.page_id = ${p(spec.page)} AND x.variable = ANY(${p([...spec.variables, ...open])}::text[])
     )
     SELECT 'base' AS kind, 'page' AS key, NULL AS value, count(*)::int AS n, ${NULLS_NAMED} FROM b
     ${baseRows}
     UNION ALL SELECT 'answered', NULL, NULL, count(DISTINCT a.response_id)::int, ${NULLS} FROM a WHERE a.variable = ANY(${answeredVars}::text[])
     ${values}
     UNION ALL SELECT 'stat', a.variable, NULL, count(*)::int, avg(a.num)::float, stddev_samp(a.num)::float,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY a.num)::float, min(a.num)::float, max(a.num)::float
       FROM a WHERE a.variable = ANY(${vars}::text[]) AND a.num IS NOT NULL AND NOT ${missing} GROUP BY 2
     ${bins}
     UNION ALL SELECT 'text', a.variable, NULL, count(*)::int, ${NULLS} FROM a WHERE a.variable = ANY(${texts}::text[]) GROUP BY 2`,
    params,
  );
  return rows;
}

const NULLS = "NULL::float, NULL::float, NULL::float, NULL::float, NULL::float";
const NULLS_NAMED = "NULL::float AS mean, NULL::float AS sd, NULL::float AS median, NULL::float AS lo, NULL::float AS hi";
