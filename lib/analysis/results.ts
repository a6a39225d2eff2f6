import type { TPartId } from "@/lib/survey/definition";
import { paramAdder, sectorGroupSql, type TQueryable } from "./db";
import { filterSql, type TResultFilters } from "./filters";

/**
 * The report's figures as SQL aggregates over the filtered responses. Each function returns raw
 * rows; lib/analysis/shape.ts turns them into figures (labels, percentages, rankings).
 * "Finished" is per part for part questions (filterSql with `part`), overall for the sample.
 */
function base(f: TResultFilters, surveyId: string, part?: TPartId) {
  const params: unknown[] = [surveyId];
  const where = `r.survey_id = $1 AND ${filterSql(f, params, "r", part)}`;
  return { params, where };
}

export type TSampleRow = {
  dimension: "function" | "sector" | "p1_activity" | "p2_activity" | "p1_activity_all" | "p1_activity_by_sg";
  wave: string | null; group: string | null; code: string; n: number;
};

/** Figuur 1–4 and Tabel 2: counts of respondents per wave (or sector group) and code. */
export async function sampleCounts(db: TQueryable, surveyId: string, f: TResultFilters): Promise<TSampleRow[]> {
  const { params, where } = base({ ...f, includePartial: true }, surveyId);
  const done = (col: string) => (f.includePartial ? "TRUE" : `r.${col} IS NOT NULL`);
  const { rows } = await db.query<TSampleRow & { g_fn: number; g_sec: number; g_p1: number; g_p2: number; g_wave: number; g_sg: number; n_all: number; n_p1: number; n_p2: number }>(
    `SELECT r.wave, ${sectorGroupSql()} AS sg, r.function, r.sector, r.p1_activity, r.p2_activity,
       GROUPING(r.wave) AS g_wave, GROUPING(${sectorGroupSql()}) AS g_sg, GROUPING(r.function) AS g_fn,
       GROUPING(r.sector) AS g_sec, GROUPING(r.p1_activity) AS g_p1, GROUPING(r.p2_activity) AS g_p2,
       count(*) FILTER (WHERE ${done("finished_at")})::int AS n_all,
       count(*) FILTER (WHERE ${done("p1_finished_at")})::int AS n_p1,
       count(*) FILTER (WHERE ${done("p2_finished_at")})::int AS n_p2
     FROM response r WHERE ${where}
     GROUP BY GROUPING SETS ((r.wave, r.function), (r.wave, r.sector), (r.wave, r.p1_activity), (r.wave, r.p2_activity),
       (r.p1_activity), (${sectorGroupSql()}, r.p1_activity))`,
    params,
  );
  const out: TSampleRow[] = [];
  for (const r of rows as unknown as Record<string, unknown>[]) {
    const g = (k: string) => r[k] === 0;
    const push = (dimension: TSampleRow["dimension"], code: unknown, n: unknown, group: unknown = null) => {
      if (code !== null && (n as number) > 0) out.push({ dimension, wave: g("g_wave") ? (r.wave as string) : null, group: group as string | null, code: code as string, n: n as number });
    };
    if (g("g_fn")) push("function", r.function, r.n_all);
    else if (g("g_sec")) push("sector", r.sector, r.n_all);
    else if (g("g_p2")) push("p2_activity", r.p2_activity, r.n_p2);
    else if (g("g_p1") && g("g_wave")) push("p1_activity", r.p1_activity, r.n_p1);
    else if (g("g_p1") && g("g_sg")) {
      if (r.sg !== null) push("p1_activity_by_sg", r.p1_activity, r.n_p1, r.sg);
    } else if (g("g_p1")) push("p1_activity_all", r.p1_activity, r.n_p1);
  }
  return out;
}

export type TMeanRow = { activity: string; variable: string; n: number; sum: number; missing: number };

/**
 * Sums and counts per activity and item on one page (factors 0–10, development scales); values
 * in `missingValues` (e.g. 0 = niet van toepassing) are counted apart and never enter the sum.
 */
export async function itemSums(
  db: TQueryable, surveyId: string, f: TResultFilters, part: TPartId, page: "factors" | "dev", missingValues: number[],
): Promise<{ items: TMeanRow[]; respondents: { activity: string; n: number }[] }> {
  const { params, where } = base(f, surveyId, part);
  const p = paramAdder(params);
  const pageId = p(`${part}_${page}`);
  const missing = p(missingValues);
  const { rows } = await db.query<TMeanRow & { respondents: number | null }>(
    `WITH x AS (
       SELECT r.id, r.${part}_activity AS activity, a.variable, a.num
       FROM response r JOIN answer a ON a.response_id = r.id AND a.page_id = ${pageId}
       WHERE ${where} AND r.${part}_activity IS NOT NULL AND a.num IS NOT NULL
     )
     SELECT activity, variable, count(*) FILTER (WHERE NOT (num = ANY(${missing}::int[])))::int AS n,
       coalesce(sum(num) FILTER (WHERE NOT (num = ANY(${missing}::int[]))), 0)::float AS sum,
       count(*) FILTER (WHERE num = ANY(${missing}::int[]))::int AS missing, NULL::int AS respondents
     FROM x GROUP BY activity, variable
     UNION ALL
     SELECT activity, NULL, 0, 0, 0, count(DISTINCT id)::int FROM x GROUP BY activity`,
    params,
  );
  return {
    items: rows.filter((r) => r.variable !== null).map(({ respondents: _r, ...rest }) => rest),
    respondents: rows.filter((r) => r.variable === null).map((r) => ({ activity: r.activity, n: r.respondents ?? 0 })),
  };
}

export type TChoiceCountRow = { by: "activity" | "group"; key: string | null; variable: string; n: number };
export type TDenominatorRow = { by: "activity" | "group"; key: string | null; n: number };

/**
 * Multi-select pages (top 5, other activities): how many respondents chose each option, per
 * activity and per sector group, and how many respondents answered the page (the denominators
 * of "% of respondents").
 */
export async function choiceCounts(
  db: TQueryable, surveyId: string, f: TResultFilters, part: TPartId, page: "top5" | "other", excludeVariables: string[] = [],
): Promise<{ counts: TChoiceCountRow[]; denominators: TDenominatorRow[] }> {
  const { params, where } = base(f, surveyId, part);
  const p = paramAdder(params);
  const pageId = p(`${part}_${page}`);
  const excluded = p(excludeVariables);
  const { rows } = await db.query<{ kind: string; by: "activity" | "group"; key: string | null; variable: string | null; n: number }>(
    `WITH x AS (
       SELECT r.id, r.${part}_activity AS activity, ${sectorGroupSql()} AS sg, a.variable
       FROM response r JOIN answer a ON a.response_id = r.id AND a.page_id = ${pageId}
       WHERE ${where} AND NOT (a.variable = ANY(${excluded}::text[]))
     ), per_response AS (
       SELECT DISTINCT id, activity, sg FROM x
     )
     SELECT 'count' AS kind, CASE GROUPING(activity) WHEN 0 THEN 'activity' ELSE 'group' END AS by,
       coalesce(activity, sg) AS key, variable, count(*)::int AS n
     FROM x GROUP BY GROUPING SETS ((activity, variable), (sg, variable))
     UNION ALL
     SELECT 'denominator', CASE GROUPING(activity) WHEN 0 THEN 'activity' ELSE 'group' END,
       coalesce(activity, sg), NULL, count(*)::int
     FROM per_response GROUP BY GROUPING SETS ((activity), (sg))`,
    params,
  );
  return {
    counts: rows.filter((r) => r.kind === "count").map((r) => ({ by: r.by, key: r.key, variable: r.variable!, n: r.n })),
    denominators: rows.filter((r) => r.kind === "denominator").map((r) => ({ by: r.by, key: r.key, n: r.n })),
  };
}
