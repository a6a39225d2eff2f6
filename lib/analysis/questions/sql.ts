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
 * while they are past it: see shownPageSql) and the question's condition holds. Per option or row the base is
 * narrowed by the option's own condition. Rows returned:
 *
 * - `base`: respondents shown the question (`key` "page") or, per condition key, also the option
 * - `answered`: of those, how many answered it (any of its coded variables, or its text)
 * - `value`: per variable and value (code, scale value, rank) the number of respondents; the
 *   shaping derives N, mean, SD and median of a scale or rank from these counts
 * - `stat`: a number question's N, mean, SD, median, min and max
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

/**
 * Whether a response (alias r) was shown the spec's page: it holds an answer there, or it saved
 * the page (page_visit) and is not now on that page or an earlier one of its part. A respondent
 * who went back and changed their activity is on an earlier page, and the pages after it were
 * cleared: their old visit no longer counts. (Not by timestamps: two saves can share one.)
 */
export function shownPageSql(spec: Pick<TQuestionSpec, "page" | "earlierPages">, p: (v: unknown) => string): string {
  const page = p(spec.page);
  return `(EXISTS (SELECT 1 FROM answer x WHERE x.page_id = ${page} AND x.response_id = r.id)
    OR (EXISTS (SELECT 1 FROM page_visit pv WHERE pv.response_id = r.id AND pv.page_id = ${page})
        AND r.current_page <> ALL(${p([...spec.earlierPages, spec.page])}::text[])))`;
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
  const open = spec.open.map((o) => o.variable);
  // A single choice is read from response.dims (no answer rows); everything else from the
  // answers' (page_id, response_id) INCLUDE (variable, num) index, never the text column.
  const isChoice = spec.kind === "choice";
  const code = isChoice ? `, r.dims->>${p(spec.id)}::text AS code` : "";
  const cols = keys.map((k, i) => `, ${conditions.get(k)} AS c${i}`).join("");
  const answers = (variables: () => string) => `FROM b JOIN answer x ON x.page_id = ${page()} AND x.response_id = b.id AND x.variable = ANY(${variables()}::text[])`;
  // Parameters are added when first used: PostgreSQL refuses a parameter no statement types.
  const once = (value: unknown) => {
    let ph: string | undefined;
    return () => (ph ??= p(value));
  };
  const page = once(spec.page);
  const vars = once(spec.variables);
  const texts = once(open);
  const answeredVars = spec.variables.length ? vars : texts;
  const parts = [
    `SELECT 'base' AS kind, 'page' AS key, NULL AS value, count(*)::int AS n, ${NULLS_NAMED} FROM b`,
    ...keys.map((k, i) => `SELECT 'base', ${p(k)}::text, NULL, count(*) FILTER (WHERE b.c${i})::int, ${NULLS} FROM b`),
    isChoice
      ? `SELECT 'answered', NULL, NULL, count(b.code)::int, ${NULLS} FROM b`
      : `SELECT 'answered', NULL, NULL, count(*)::int, ${NULLS} FROM b
         WHERE EXISTS (SELECT 1 FROM answer y WHERE y.page_id = ${page()} AND y.response_id = b.id AND y.variable = ANY(${answeredVars()}::text[]))`,
    isChoice
      ? `SELECT 'value', ${p(spec.id)}::text, b.code, count(*)::int, ${NULLS} FROM b WHERE b.code IS NOT NULL GROUP BY 3`
      : `SELECT 'value', x.variable, x.num::text, count(*)::int, ${NULLS} ${answers(vars)} AND x.num IS NOT NULL GROUP BY 2, 3`,
  ];
  if (open.length) parts.push(`SELECT 'text', x.variable, NULL, count(*)::int, ${NULLS} ${answers(texts)} GROUP BY 2`);
  if (spec.kind === "number") {
    parts.push(
      `SELECT 'stat', x.variable, NULL, count(*)::int, avg(x.num)::float, stddev_samp(x.num)::float,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY x.num)::float, min(x.num)::float, max(x.num)::float
       ${answers(vars)} AND x.num IS NOT NULL GROUP BY 2`,
      `SELECT 'bin', v.variable, (CASE WHEN rg.hi = rg.lo THEN 0 ELSE floor((v.num - rg.lo) / ceil((rg.hi - rg.lo + 1) / ${NUMBER_BINS}.0)) END)::int::text,
         count(*)::int, ${NULLS}
       FROM (SELECT x.variable, x.num ${answers(vars)} AND x.num IS NOT NULL) v
       JOIN (SELECT x.variable, min(x.num) AS lo, max(x.num) AS hi ${answers(vars)} GROUP BY 1) rg ON rg.variable = v.variable
       GROUP BY 2, 3`,
    );
  }
  const { rows } = await db.query<TQuestionRow>(
    `WITH b AS MATERIALIZED (SELECT r.id${code}${cols} FROM response r WHERE ${w})
     ${parts.join("\n     UNION ALL ")}`,
    params,
  );
  return rows;
}

const NULLS = "NULL::float, NULL::float, NULL::float, NULL::float, NULL::float";
const NULLS_NAMED = "NULL::float AS mean, NULL::float AS sd, NULL::float AS median, NULL::float AS lo, NULL::float AS hi";
