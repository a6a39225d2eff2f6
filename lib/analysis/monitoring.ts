import type { TDimension } from "@/lib/survey/config";
import type { TQueryable } from "./db";
import { groupingSql } from "./dimensions";

/**
 * Fieldwork monitoring: one query per widget, all aggregated in PostgreSQL. Live responses only
 * (imported waves have no page timings or dropout to watch).
 */
const LIVE = `r.survey_id = $1 AND NOT r.is_imported`;

export type TTotalsRow = {
  flow_mode: string; version: number; started: number; finished: number;
  /** Part ID → responses that finished that part. */
  parts_finished: Record<string, number>;
};

/** Started/finished (overall and per part) per flow mode and definition version (the page sums them). */
export async function monitoringTotals(db: TQueryable, surveyId: string, parts: string[]): Promise<TTotalsRow[]> {
  const perPart = parts.map((_, i) => `, count(*) FILTER (WHERE r.parts_finished ? ($${i + 2}::text))::int AS p${i}`).join("");
  const { rows } = await db.query<Record<string, string | number>>(
    `SELECT r.flow_mode::text AS flow_mode, v.version, count(*)::int AS started, count(r.finished_at)::int AS finished${perPart}
     FROM response r JOIN survey_version v ON v.id = r.version_id
     WHERE ${LIVE} GROUP BY r.flow_mode, v.version ORDER BY v.version, r.flow_mode`,
    [surveyId, ...parts],
  );
  return rows.map((r) => ({
    flow_mode: r.flow_mode as string, version: r.version as number, started: r.started as number, finished: r.finished as number,
    parts_finished: Object.fromEntries(parts.map((id, i) => [id, r[`p${i}`] as number])),
  }));
}

export type TFunnelRow = {
  flow_mode: string; version: number; chosen_part: string | null; page_id: string; reached: number; stopped: number;
};

/**
 * Per page: reached = submitted the page (page_visit) or is on it now (current_page); stopped =
 * unfinished and still on it. Split by flow mode, version and chosen part (`choiceVariable`, the
 * parts' choice variable of a choice-mode version, read from dims).
 */
export async function monitoringFunnel(db: TQueryable, surveyId: string, choiceVariable: string | null): Promise<TFunnelRow[]> {
  // reached = visits + responses on the page without a visit of it; the second term is
  // "on it now" minus "on it now and visited" (after going back), so no per-response probe.
  const { rows } = await db.query<TFunnelRow>(
    `WITH r AS MATERIALIZED (
       SELECT r.id, r.flow_mode, r.version_id, r.dims->>($2::text) AS chosen_part, r.current_page, r.finished_at
       FROM response r WHERE ${LIVE}
     ), visited AS (
       SELECT r.flow_mode, r.version_id, r.chosen_part, pv.page_id, count(*)::int AS n,
         count(*) FILTER (WHERE pv.page_id = r.current_page)::int AS on_it
       FROM r JOIN page_visit pv ON pv.response_id = r.id
       GROUP BY 1, 2, 3, 4
     ), current AS (
       SELECT r.flow_mode, r.version_id, r.chosen_part, r.current_page AS page_id, count(*)::int AS n,
         count(*) FILTER (WHERE r.finished_at IS NULL)::int AS stopped
       FROM r GROUP BY 1, 2, 3, 4
     )
     SELECT coalesce(vi.flow_mode, c.flow_mode)::text AS flow_mode, v.version, coalesce(vi.chosen_part, c.chosen_part) AS chosen_part,
       coalesce(vi.page_id, c.page_id) AS page_id,
       (coalesce(vi.n, 0) + coalesce(c.n, 0) - coalesce(vi.on_it, 0))::int AS reached, coalesce(c.stopped, 0)::int AS stopped
     FROM visited vi
     FULL JOIN current c ON (c.flow_mode, c.version_id, c.page_id, coalesce(c.chosen_part, ''))
       = (vi.flow_mode, vi.version_id, vi.page_id, coalesce(vi.chosen_part, ''))
     JOIN survey_version v ON v.id = coalesce(vi.version_id, c.version_id)`,
    [surveyId, choiceVariable ?? ""],
  );
  return rows;
}

export type TPerDayRow = { day: string; started: number; finished: number };

export async function monitoringPerDay(db: TQueryable, surveyId: string): Promise<TPerDayRow[]> {
  const { rows } = await db.query<TPerDayRow>(
    `SELECT to_char(d, 'YYYY-MM-DD') AS day, sum(s)::int AS started, sum(f)::int AS finished FROM (
       SELECT r.started_at::date AS d, 1 AS s, 0 AS f FROM response r WHERE ${LIVE}
       UNION ALL
       SELECT r.finished_at::date, 0, 1 FROM response r WHERE ${LIVE} AND r.finished_at IS NOT NULL
     ) x GROUP BY d ORDER BY d`,
    [surveyId],
  );
  return rows;
}

export type TCompletionTimeRow = { flow_mode: string | null; chosen_part: string | null; n: number; median_s: number | null };

/** Median time from first save to finishing, overall (both keys null) and per flow mode / chosen part. */
export async function monitoringCompletionTime(db: TQueryable, surveyId: string, choiceVariable: string | null): Promise<TCompletionTimeRow[]> {
  const { rows } = await db.query<TCompletionTimeRow>(
    `SELECT r.flow_mode::text, r.dims->>($2::text) AS chosen_part, count(*)::int AS n,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.finished_at - r.started_at))::float AS median_s
     FROM response r WHERE ${LIVE} AND r.finished_at IS NOT NULL
     GROUP BY GROUPING SETS ((), (r.flow_mode), (r.flow_mode, r.dims->>($2::text)))`,
    [surveyId, choiceVariable ?? ""],
  );
  return rows;
}

export type TPageTimeRow = { page_id: string; n: number; median_ms: number | null };

/** Median time spent per page (page_visit.duration_ms, summed over repeated saves of a page). */
export async function monitoringPageTimes(db: TQueryable, surveyId: string): Promise<TPageTimeRow[]> {
  const { rows } = await db.query<TPageTimeRow>(
    `SELECT pv.page_id, count(*)::int AS n,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY pv.duration_ms)::float AS median_ms
     FROM page_visit pv JOIN response r ON r.id = pv.response_id
     WHERE ${LIVE} GROUP BY pv.page_id`,
    [surveyId],
  );
  return rows;
}

export type TBreakdownRow = { dimension: string; code: string | null; started: number; finished: number };

/**
 * Started and finished responses per source and per dimension of the survey (null = not
 * answered), in one pass: the dimension values are read from dims once, then one grouping set
 * per dimension, told apart by GROUPING().
 */
export async function monitoringBreakdowns(db: TQueryable, surveyId: string, dimensions: TDimension[]): Promise<TBreakdownRow[]> {
  const keys = ["source", ...dimensions.map((d) => d.id)];
  const exprs = ["r.source", ...dimensions.map((d) => groupingSql(d.id, dimensions))];
  const cols = keys.map((_, i) => `d${i}, GROUPING(d${i}) AS g${i}`).join(", ");
  const { rows } = await db.query<Record<string, string | number | null>>(
    `WITH x AS MATERIALIZED (
       SELECT ${exprs.map((e, i) => `${e} AS d${i}`).join(", ")}, r.finished_at IS NOT NULL AS is_finished
       FROM response r WHERE ${LIVE}
     )
     SELECT ${cols}, count(*)::int AS started, count(*) FILTER (WHERE is_finished)::int AS finished
     FROM x GROUP BY GROUPING SETS (${keys.map((_, i) => `(d${i})`).join(", ")})`,
    [surveyId],
  );
  return rows.map((row) => {
    const i = keys.findIndex((_, j) => row[`g${j}`] === 0);
    return { dimension: keys[i], code: row[`d${i}`] as string | null, started: row.started as number, finished: row.finished as number };
  });
}

/**
 * A cheap change marker for live updates: any saved page bumps updated_at and a new response
 * bumps the count (one pass over the survey's rows; updated_at is deliberately not indexed so
 * that saves update their row in place). Read from the database, so every app instance
 * behind a load balancer sees the same value.
 */
export async function liveWatermark(db: TQueryable, surveyId: string): Promise<string> {
  const { rows } = await db.query<{ w: string }>(
    `SELECT count(*)::text || '-' || coalesce(to_char(max(updated_at), 'YYYYMMDDHH24MISSUS'), '0') AS w
     FROM response WHERE survey_id = $1`,
    [surveyId],
  );
  return rows[0].w;
}
