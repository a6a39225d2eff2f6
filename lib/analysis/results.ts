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

export type TMeanRow = { variable: string; n: number; sum: number; missing: number };
export type TActivityItems = { activity: string; respondents: number; items: TMeanRow[] };

/**
 * Respondents of one activity (after the filters) who answered `page`: the N of a figure. The
 * EXISTS probes the (response_id, page_id) index once per respondent.
 */
function answeredSql(page: string, activityParam: string, part: TPartId) {
  return `r.${part}_activity = ${activityParam} AND EXISTS (
    SELECT 1 FROM answer a WHERE a.response_id = r.id AND a.page_id = ${page})`;
}

/**
 * Sums and counts per item of one activity on one page (factors 0–10, development scales);
 * values in `missingValues` (e.g. 0 = niet van toepassing) are counted apart and never enter the
 * sum. One query per activity keeps each well under the 200 ms budget at 100,000 responses.
 */
export async function itemSums(
  db: TQueryable, surveyId: string, f: TResultFilters, part: TPartId, page: "factors" | "dev", missingValues: number[], activity: string,
): Promise<TActivityItems> {
  const { params, where } = base(f, surveyId, part);
  const p = paramAdder(params);
  const pageId = p(`${part}_${page}`);
  const act = p(activity);
  const missing = p(missingValues);
  const { rows } = await db.query<TMeanRow & { respondents: number | null }>(
    `SELECT a.variable, count(*) FILTER (WHERE NOT (a.num = ANY(${missing}::int[])))::int AS n,
       coalesce(sum(a.num) FILTER (WHERE NOT (a.num = ANY(${missing}::int[]))), 0)::float AS sum,
       count(*) FILTER (WHERE a.num = ANY(${missing}::int[]))::int AS missing, NULL::int AS respondents
     FROM response r JOIN answer a ON a.response_id = r.id AND a.page_id = ${pageId}
     WHERE ${where} AND r.${part}_activity = ${act} AND a.num IS NOT NULL
     GROUP BY a.variable
     UNION ALL
     SELECT NULL, 0, 0, 0, count(*)::int FROM response r WHERE ${where} AND ${answeredSql(pageId, act, part)}`,
    params,
  );
  return {
    activity,
    respondents: rows.find((r) => r.variable === null)?.respondents ?? 0,
    items: rows.filter((r) => r.variable !== null).map(({ respondents: _r, ...rest }) => rest),
  };
}

export type TChoiceCountRow = { group: string | null; variable: string; n: number };
export type TDenominatorRow = { group: string | null; n: number };
export type TActivityChoices = { activity: string; counts: TChoiceCountRow[]; denominators: TDenominatorRow[] };

/**
 * Multi-select pages (top 5, other activities) for one activity: how many respondents chose each
 * option per sector group, and how many answered the page per sector group (the denominators of
 * "% of respondents"). Figures per activity and tables per sector group are sums of these.
 */
export async function choiceCounts(
  db: TQueryable, surveyId: string, f: TResultFilters, part: TPartId, page: "top5" | "other", activity: string,
  excludeVariables: string[] = [],
): Promise<TActivityChoices> {
  const { params, where } = base(f, surveyId, part);
  const p = paramAdder(params);
  const pageId = p(`${part}_${page}`);
  const act = p(activity);
  const excluded = p(excludeVariables);
  const { rows } = await db.query<{ group: string | null; variable: string | null; n: number }>(
    `SELECT ${sectorGroupSql()} AS "group", a.variable, count(*)::int AS n
     FROM response r JOIN answer a ON a.response_id = r.id AND a.page_id = ${pageId}
     WHERE ${where} AND r.${part}_activity = ${act} AND NOT (a.variable = ANY(${excluded}::text[]))
     GROUP BY 1, 2
     UNION ALL
     SELECT ${sectorGroupSql()}, NULL, count(*)::int FROM response r WHERE ${where} AND ${answeredSql(pageId, act, part)}
     GROUP BY 1`,
    params,
  );
  return {
    activity,
    counts: rows.filter((r) => r.variable !== null).map((r) => ({ group: r.group, variable: r.variable!, n: r.n })),
    denominators: rows.filter((r) => r.variable === null).map((r) => ({ group: r.group, n: r.n })),
  };
}
