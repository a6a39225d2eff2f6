import type { TQueryable } from "./db";

/**
 * The counts behind the experiment and before/after figures, per group of live responses: a
 * group is an experiment arm (`r.experiment_arm_id`) or, for before/after, a version
 * (`r.version_id`, responses outside any experiment). Excluded and test responses are left out.
 * Shaped in shape-experiment.ts.
 */
export type TGroupScope = { kind: "arm"; experimentId: string } | { kind: "version" };

export type TGroupCountRow = { group: string; started: number; finished: number; first: Date | null; last: Date | null };
export type TGroupPageRow = { group: string; page: string; reached: number; stopped: number };

function scopeSql(scope: TGroupScope): { group: string; where: string; params: unknown[] } {
  if (scope.kind === "arm") {
    return {
      group: "r.experiment_arm_id::text",
      where: `r.survey_id = $1 AND NOT r.is_imported AND NOT r.is_excluded AND NOT r.is_test AND r.experiment_arm_id IN (SELECT id FROM experiment_arm WHERE experiment_id = $2)`,
      params: [scope.experimentId],
    };
  }
  return { group: "r.version_id::text", where: `r.survey_id = $1 AND NOT r.is_imported AND NOT r.is_excluded AND NOT r.is_test AND r.experiment_arm_id IS NULL`, params: [] };
}

/** Started and finished per group, with the first and last start (the period a version ran). */
export async function groupCounts(db: TQueryable, surveyId: string, scope: TGroupScope): Promise<TGroupCountRow[]> {
  const s = scopeSql(scope);
  const { rows } = await db.query<TGroupCountRow>(
    `SELECT ${s.group} AS "group", count(*)::int AS started, count(r.finished_at)::int AS finished,
            min(r.started_at) AS first, max(r.started_at) AS last
     FROM response r WHERE ${s.where} GROUP BY 1`,
    [surveyId, ...s.params],
  );
  return rows;
}

/**
 * Per group and page: how many responses reached the page (submitted it or are on it) and how many
 * stopped there (unfinished, and it is their current page), as monitoring's funnel counts them.
 */
export async function groupPages(db: TQueryable, surveyId: string, scope: TGroupScope): Promise<TGroupPageRow[]> {
  const s = scopeSql(scope);
  const { rows } = await db.query<TGroupPageRow>(
    `SELECT ${s.group} AS "group", p.page, count(*)::int AS reached,
            count(*) FILTER (WHERE r.finished_at IS NULL AND r.current_page = p.page)::int AS stopped
     FROM response r
     CROSS JOIN LATERAL (SELECT pv.page_id FROM page_visit pv WHERE pv.response_id = r.id UNION SELECT r.current_page) AS p(page)
     WHERE ${s.where} GROUP BY 1, 2`,
    [surveyId, ...s.params],
  );
  return rows;
}
