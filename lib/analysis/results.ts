import type { TDimension } from "@/lib/survey/config";
import { paramAdder, type TQueryable } from "./db";
import { groupingSql } from "./dimensions";
import { filterSql, type TResultFilters } from "./filters";

/**
 * The SQL behind every figure: aggregates over the filtered responses, grouped by one dimension.
 * Each function returns raw rows; shape-results.ts turns them into figures. "Finished" is per part
 * when the element belongs to a part (filterSql with `part`), overall otherwise.
 */
export type TScope = {
  surveyId: string;
  filters: TResultFilters;
  dimensions: TDimension[];
  /** The part the element belongs to: "finished" then means that part was finished. */
  part?: string;
  /** Restriction of the entry itself: single-choice variable → codes (e.g. one activity). */
  restrict?: Record<string, string[]>;
  /** Grouping: "total", "wave", "flow_mode", "version" or a dimension ID. */
  groupBy: string;
};

function where(scope: TScope, params: unknown[]): string {
  const p = paramAdder(params);
  const parts = [`r.survey_id = ${p(scope.surveyId)}`, filterSql(scope.filters, params, "r", scope.part, scope.dimensions)];
  // Containment (dims @> {"var": "code"}) so a GIN index on dims can find one activity's rows.
  for (const [variable, codes] of Object.entries(scope.restrict ?? {})) {
    parts.push(`(${codes.map((c) => `r.dims @> ${p(JSON.stringify({ [variable]: c }))}::jsonb`).join(" OR ")})`);
  }
  return parts.join(" AND ");
}

export type TCodeCount = { wave: string; group: string | null; code: string; n: number };

/** Single choice: respondents per wave, group and code (from `dims`, no join). */
export async function codeCounts(db: TQueryable, scope: TScope, variable: string): Promise<TCodeCount[]> {
  const params: unknown[] = [];
  const w = where(scope, params);
  const v = paramAdder(params)(variable);
  const { rows } = await db.query<TCodeCount>(
    `SELECT r.wave, ${groupingSql(scope.groupBy, scope.dimensions)} AS "group", r.dims->>${v}::text AS code, count(*)::int AS n
     FROM response r WHERE ${w} AND r.dims ? ${v}::text
     GROUP BY 1, 2, 3`,
    params,
  );
  return rows;
}

export type TItemStat = { group: string | null; variable: string; n: number; sum: number; sumsq: number; missing: number };
export type TBase = { group: string | null; key: string; n: number };
export type TItemStats = { stats: TItemStat[]; bases: TBase[]; waves: { wave: string; n: number }[] };

/**
 * Per group and answer variable of one page: count, sum and sum of squares of the values (the
 * scale's missing values counted apart, never summed), and the bases: respondents who answered
 * the page ("page"), and of those, who were offered each conditional option (key → SQL).
 * The CTE probes the (response_id, page_id) index once per respondent.
 */
export async function itemStats(
  db: TQueryable, scope: TScope, page: string, variables: string[], missingValues: number[], bases: Record<string, string> = {},
): Promise<TItemStats> {
  const params: unknown[] = [];
  const w = where(scope, params);
  const p = paramAdder(params);
  const pageId = p(page);
  const vars = p(variables);
  const missing = `coalesce(a.num = ANY(${p(missingValues)}::int[]), false)`;
  const keys = Object.keys(bases);
  const baseCols = keys.map((k, i) => `, ${bases[k]} AS c${i}`).join("");
  const baseRows = keys.map((k, i) => `UNION ALL SELECT b.g, NULL, count(*) FILTER (WHERE b.c${i})::int, 0, 0, 0, ${p(k)}::text FROM b GROUP BY 1`).join("\n");
  const { rows } = await db.query<TItemStat & { base: string | null }>(
    `WITH b AS MATERIALIZED (
       SELECT r.id, r.wave AS w, ${groupingSql(scope.groupBy, scope.dimensions)} AS g${baseCols}
       FROM response r
       WHERE ${w} AND EXISTS (SELECT 1 FROM answer a WHERE a.response_id = r.id AND a.page_id = ${pageId})
     )
     SELECT b.g AS "group", a.variable, count(*) FILTER (WHERE NOT ${missing})::int AS n,
       coalesce(sum(a.num) FILTER (WHERE NOT ${missing}), 0)::float AS sum,
       coalesce(sum(a.num::float * a.num) FILTER (WHERE NOT ${missing}), 0)::float AS sumsq,
       count(*) FILTER (WHERE ${missing})::int AS missing, NULL::text AS base
     FROM b JOIN answer a ON a.response_id = b.id AND a.page_id = ${pageId} AND a.variable = ANY(${vars}::text[])
     GROUP BY 1, 2
     UNION ALL SELECT b.g, NULL, count(*)::int, 0, 0, 0, 'page' FROM b GROUP BY 1
     UNION ALL SELECT b.w, NULL, count(*)::int, 0, 0, 0, 'wave' FROM b GROUP BY 1
     ${baseRows}`,
    params,
  );
  return {
    stats: rows.filter((r) => r.base === null).map(({ base: _b, ...rest }) => rest),
    bases: rows.filter((r) => r.base !== null && r.base !== "wave").map((r) => ({ group: r.group, key: r.base!, n: r.n })),
    // Respondents per wave who answered the page: the waves a figure actually holds.
    waves: rows.filter((r) => r.base === "wave").map((r) => ({ wave: r.group!, n: r.n })),
  };
}

/** Waves with at least one respondent under the filters: the series of a figure per wave. */
export async function filteredWaves(db: TQueryable, scope: Omit<TScope, "groupBy" | "part" | "restrict">): Promise<string[]> {
  const params: unknown[] = [];
  const w = where({ ...scope, groupBy: "total" }, params);
  const { rows } = await db.query<{ wave: string }>(`SELECT DISTINCT r.wave FROM response r WHERE ${w} ORDER BY 1`, params);
  return rows.map((r) => r.wave);
}

/** Every wave of the survey's versions. */
export async function listWavesOf(db: TQueryable, surveyId: string): Promise<string[]> {
  const { rows } = await db.query<{ wave: string }>(
    // A response's wave is its version's wave, so the versions list them all.
    `SELECT DISTINCT wave FROM survey_version WHERE survey_id = $1 ORDER BY 1`,
    [surveyId],
  );
  return rows.map((r) => r.wave);
}
