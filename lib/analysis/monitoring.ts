import type { TDimension } from "@/lib/survey/config";
import { routePages, routes, routeVariables } from "@/lib/survey/engine/routes";
import type { TVersionDef } from "@/lib/survey/version/schema";
import { toVersionDef } from "@/lib/survey/version/load";
import { paramAdder, type TQueryable } from "./db";
import { groupingSql } from "./dimensions";
import { filterSql, type TResultFilters } from "./filters";
import { CHANGE_MARKER_SQL } from "./live";

/**
 * Fieldwork monitoring: one query per widget, all aggregated in PostgreSQL. Live responses only
 * (imported waves have no page timings or dropout to watch), never test responses.
 */
const LIVE = `r.survey_id = $1 AND NOT r.is_imported AND NOT r.is_test`;

/**
 * The dashboard's filters (wave, version, flow mode, dimensions, period) narrow every monitoring
 * query; partial responses always count here, they are what monitoring watches.
 */
/** Monitoring's filters with the survey's dimensions and time zone (days are its wall-clock days). */
export type TScope = { filters: TResultFilters; dimensions: TDimension[]; timeZone: string };

function live(surveyId: string, scope?: TScope): { where: string; params: unknown[] } {
  const params: unknown[] = [surveyId];
  if (!scope) return { where: `${LIVE} AND NOT r.is_excluded`, params };
  return { where: `${LIVE} AND ${filterSql({ ...scope.filters, includePartial: true }, params, "r", undefined, scope.dimensions, scope.timeZone)}`, params };
}

export type TTotalsRow = {
  flow_mode: string; version: number; started: number; finished: number;
  /** Part ID → responses that finished that part. */
  parts_finished: Record<string, number>;
};

/** Started/finished (overall and per part) per flow mode and definition version (the page sums them). */
export async function monitoringTotals(db: TQueryable, surveyId: string, parts: string[], scope?: TScope): Promise<TTotalsRow[]> {
  const { where, params } = live(surveyId, scope);
  const p = paramAdder(params);
  const perPart = parts.map((id, i) => `, count(*) FILTER (WHERE r.parts_finished ? (${p(id)}::text))::int AS p${i}`).join("");
  const { rows } = await db.query<Record<string, string | number>>(
    `SELECT r.flow_mode::text AS flow_mode, v.version, count(*)::int AS started, count(r.finished_at)::int AS finished${perPart}
     FROM response r JOIN survey_version v ON v.id = r.version_id
     WHERE ${where} GROUP BY r.flow_mode, v.version ORDER BY v.version, r.flow_mode`,
    params,
  );
  return rows.map((r) => ({
    flow_mode: r.flow_mode as string, version: r.version as number, started: r.started as number, finished: r.finished as number,
    parts_finished: Object.fromEntries(parts.map((id, i) => [id, r[`p${i}`] as number])),
  }));
}

export type TFunnelRow = {
  flow_mode: string; version: number; split: string | null;
  /** The route's key parts: chosen part and extra part ("" = none); see lib/survey/engine/routes. */
  chosen: string; extra: string; is_finished: boolean;
  /** How far along its route the response got: the highest position of a page it submitted or is on (0 = none). */
  pos: number; n: number;
};

export type TFunnelVersion = { id: string; def: TVersionDef };

/**
 * How far each response got along its own route (lib/survey/engine/routes: the pages of its
 * version in the order they are reached, per chosen and extra part), counted per flow mode,
 * version, split value, route and finished or not. A page counts as reached when it was
 * submitted (page_visit) or is the current page; the furthest one counts, so the shaped funnel
 * never rises along a route. `split` is an SQL expression on `r` (a grouping).
 */
export async function monitoringFunnel(
  db: TQueryable, surveyId: string, versions: TFunnelVersion[], split = "NULL::text", scope?: TScope,
): Promise<TFunnelRow[]> {
  const { where, params } = live(surveyId, scope);
  const p = paramAdder(params);
  // A route's pages as one comma-separated text (page IDs are identifiers), split once: how far a
  // response got is the highest array_position of a page it submitted (read per response from
  // page_visit's primary key, index only) or is on.
  const list = versions.flatMap((v) => routes(v.def).map((r) => [v.id, r.key, routePages(r).join(",")] as const));
  const vars = versions.map((v) => [v.id, routeVariables(v.def)?.chosen ?? "", routeVariables(v.def)?.extra ?? ""] as const);
  const col = <T,>(rows: readonly (readonly T[])[], i: number) => rows.map((r) => r[i]);
  const { rows } = await db.query<TFunnelRow>(
    `WITH routes AS MATERIALIZED (
       SELECT version_id, route, string_to_array(pages, ',') AS pages
       FROM unnest(${p(col(list, 0))}::uuid[], ${p(col(list, 1))}::text[], ${p(col(list, 2))}::text[]) AS s(version_id, route, pages)
     ), vars AS (
       SELECT * FROM unnest(${p(col(vars, 0))}::uuid[], ${p(col(vars, 1))}::text[], ${p(col(vars, 2))}::text[]) AS v(version_id, chosen_var, extra_var)
     ), x AS (
       SELECT r.id, r.version_id, r.flow_mode, (${split})::text AS split, r.current_page, r.finished_at IS NOT NULL AS is_finished,
         coalesce(r.dims->>vars.chosen_var, '') AS chosen,
         coalesce(nullif(r.dims->>vars.extra_var, r.dims->>vars.chosen_var), '') AS extra
       FROM response r JOIN vars ON vars.version_id = r.version_id WHERE ${where}
     ), r AS (
       SELECT x.*, coalesce(rt.pages, '{}') AS pages
       FROM x LEFT JOIN routes rt ON rt.version_id = x.version_id AND rt.route = x.chosen || '|' || x.extra
     )
     SELECT r.flow_mode::text AS flow_mode, v.version, r.split, r.chosen, r.extra, r.is_finished,
       greatest(
         (SELECT max(array_position(r.pages, pv.page_id)) FROM page_visit pv WHERE pv.response_id = r.id),
         array_position(r.pages, r.current_page), 0
       )::int AS pos, count(*)::int AS n
     FROM r JOIN survey_version v ON v.id = r.version_id
     GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 2, 1, 3, 4, 5, 6, 7`,
    params,
  );
  return rows;
}

/** The survey's live versions with their definitions: the funnel's routes come from each. */
export async function liveVersions(db: TQueryable, surveyId: string): Promise<(TFunnelVersion & { version: number })[]> {
  const { rows } = await db.query<{ id: string; version: number; definition: unknown }>(
    `SELECT id, version, definition FROM survey_version WHERE survey_id = $1 AND NOT is_imported ORDER BY version`,
    [surveyId],
  );
  return rows.map((r) => ({ id: r.id, version: r.version, def: toVersionDef(r.definition) }));
}

export type TPerDayRow = { day: string; started: number; finished: number };

/**
 * Started and finished per day of the survey's time zone, not the database server's (the columns
 * hold the server zone's wall clock: `::timestamptz` reads them as such).
 */
export async function monitoringPerDay(db: TQueryable, surveyId: string, timeZone: string, scope?: TScope): Promise<TPerDayRow[]> {
  const { where, params } = live(surveyId, scope);
  const tz = paramAdder(params)(timeZone);
  const { rows } = await db.query<TPerDayRow>(
    `SELECT to_char(d, 'YYYY-MM-DD') AS day, sum(s)::int AS started, sum(f)::int AS finished FROM (
       SELECT (r.started_at::timestamptz AT TIME ZONE ${tz}::text)::date AS d, 1 AS s, 0 AS f FROM response r WHERE ${where}
       UNION ALL
       SELECT (r.finished_at::timestamptz AT TIME ZONE ${tz}::text)::date, 0, 1 FROM response r WHERE ${where} AND r.finished_at IS NOT NULL
     ) x GROUP BY d ORDER BY d`,
    params,
  );
  return rows;
}

export type TSourceDayRow = { day: string; source: string | null; started: number };

/** Started per day of the survey's time zone and per source (the link's ?bron=, a collector's code). */
export async function monitoringStartsBySource(db: TQueryable, surveyId: string, timeZone: string, scope?: TScope): Promise<TSourceDayRow[]> {
  const { where, params } = live(surveyId, scope);
  const tz = paramAdder(params)(timeZone);
  const { rows } = await db.query<TSourceDayRow>(
    `SELECT to_char((r.started_at::timestamptz AT TIME ZONE ${tz}::text)::date, 'YYYY-MM-DD') AS day, r.source, count(*)::int AS started
     FROM response r WHERE ${where} GROUP BY 1, 2 ORDER BY 1, 2`,
    params,
  );
  return rows;
}

export type TCompletionTimeRow = { flow_mode: string | null; chosen_part: string | null; n: number; median_s: number | null };

/** Median time from first save to finishing, overall (both keys null) and per flow mode / chosen part. */
export async function monitoringCompletionTime(
  db: TQueryable, surveyId: string, choiceVariable: string | null, scope?: TScope,
): Promise<TCompletionTimeRow[]> {
  const { where, params } = live(surveyId, scope);
  const v = paramAdder(params)(choiceVariable ?? "");
  const { rows } = await db.query<TCompletionTimeRow>(
    `SELECT r.flow_mode::text, r.dims->>(${v}::text) AS chosen_part, count(*)::int AS n,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.finished_at - r.started_at))::float AS median_s
     FROM response r WHERE ${where} AND r.finished_at IS NOT NULL
     GROUP BY GROUPING SETS ((), (r.flow_mode), (r.flow_mode, r.dims->>(${v}::text)))`,
    params,
  );
  return rows;
}

export type TPageTimeRow = { page_id: string; n: number; median_ms: number | null };

/** Median time spent per page (page_visit.duration_ms, summed over repeated saves of a page). */
export async function monitoringPageTimes(db: TQueryable, surveyId: string, scope?: TScope): Promise<TPageTimeRow[]> {
  const { where, params } = live(surveyId, scope);
  const { rows } = await db.query<TPageTimeRow>(
    `SELECT pv.page_id, count(*)::int AS n,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY pv.duration_ms)::float AS median_ms
     FROM page_visit pv JOIN response r ON r.id = pv.response_id
     WHERE ${where} GROUP BY pv.page_id`,
    params,
  );
  return rows;
}

export type TBreakdownRow = { dimension: string; code: string | null; started: number; finished: number };

/**
 * Started and finished responses per source and per dimension of the survey (null = not
 * answered), in one pass: the dimension values are read from dims once, then one grouping set
 * per dimension, told apart by GROUPING().
 */
export async function monitoringBreakdowns(db: TQueryable, surveyId: string, dimensions: TDimension[], scope?: TScope): Promise<TBreakdownRow[]> {
  const { where, params } = live(surveyId, scope);
  const keys = ["source", ...dimensions.map((d) => d.id)];
  const exprs = ["r.source", ...dimensions.map((d) => groupingSql(d.id, dimensions))];
  const cols = keys.map((_, i) => `d${i}, GROUPING(d${i}) AS g${i}`).join(", ");
  const { rows } = await db.query<Record<string, string | number | null>>(
    `WITH x AS MATERIALIZED (
       SELECT ${exprs.map((e, i) => `${e} AS d${i}`).join(", ")}, r.finished_at IS NOT NULL AS is_finished
       FROM response r WHERE ${where}
     )
     SELECT ${cols}, count(*)::int AS started, count(*) FILTER (WHERE is_finished)::int AS finished
     FROM x GROUP BY GROUPING SETS (${keys.map((_, i) => `(d${i})`).join(", ")})`,
    params,
  );
  return rows.map((row) => {
    const i = keys.findIndex((_, j) => row[`g${j}`] === 0);
    return { dimension: keys[i], code: row[`d${i}`] as string | null, started: row.started as number, finished: row.finished as number };
  });
}

/**
 * A cheap change marker for live updates: any saved page bumps updated_at and a new response
 * bumps the count (one pass over the survey's rows; updated_at is deliberately not indexed so
 * that saves update their row in place). Dashboards poll the live marker built on it
 * (lib/analysis/live.ts).
 */
export async function liveWatermark(db: TQueryable, surveyId: string): Promise<string> {
  const { rows } = await db.query<{ w: string }>(CHANGE_MARKER_SQL, [surveyId]);
  return rows[0].w;
}
