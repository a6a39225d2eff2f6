import type { TQueryable } from "./db";

/**
 * The live marker that open dashboards poll and that keys every cached figure
 * (lib/analysis/cache.ts). It follows the responses' change marker (count and newest change of
 * the survey's responses), with one rule for busy fieldwork: after it moves, it holds until the
 * figures requested for the new marker are computed and have had their share of database time.
 * If a refresh of every open view cost `spent` ms of queries, the marker moves again at the
 * earliest `spent / share` later and not while figures for it are still being computed (both
 * capped at `maxHoldMs`, which also ends the hold of a count left behind by a crashed instance). With a share of 0.25 the live figures use at
 * most a quarter of one database core however many saves arrive and however many tabs and app
 * instances are open; a small survey (a refresh of 100 ms) still updates within a second.
 *
 * Kept in PostgreSQL (`live_marker`), so every app instance serves and polls the same marker.
 */
export type TLivePolicy = { share: number; maxHoldMs: number };
export const LIVE_POLICY: TLivePolicy = { share: 0.25, maxHoldMs: 60_000 };

/**
 * The responses' change marker: any saved page bumps updated_at, a new response the count, and a
 * researcher's exclusion, restore or deletion the survey's responses_revision (a deletion alone
 * could bring count and newest change back to an earlier marker's values, whose figures differ).
 */
export const CHANGE_MARKER_SQL = `SELECT count(*)::text || '-' || coalesce(to_char(max(updated_at), 'YYYYMMDDHH24MISSUS'), '0')
    || '-' || coalesce((SELECT s.responses_revision FROM survey s WHERE s.id = $1), 0) AS w
  FROM response WHERE survey_id = $1`;

/** How long the marker holds after a change whose figures cost `spentMs`. */
export const holdMs = (spentMs: number, policy: TLivePolicy = LIVE_POLICY) => Math.min(policy.maxHoldMs, spentMs / policy.share);

/**
 * Reads the responses' change marker and moves the live marker to it when the hold is over;
 * returns the live marker. One statement; concurrent callers (instances) serialise on the row.
 */
export async function readLiveMarker(db: TQueryable, surveyId: string, policy: TLivePolicy = LIVE_POLICY): Promise<string> {
  const { rows } = await db.query<{ marker: string | null }>(
    `WITH changed AS (${CHANGE_MARKER_SQL}),
     moved AS (
       INSERT INTO live_marker AS l (survey_id, marker, advanced_at, spent_ms, lsn)
       SELECT $1, w, clock_timestamp(), 0, pg_current_wal_lsn()::text FROM changed
       ON CONFLICT (survey_id) DO UPDATE
         SET marker = excluded.marker, advanced_at = excluded.advanced_at, spent_ms = 0, lsn = excluded.lsn, computing = 0
       WHERE l.marker <> excluded.marker
         AND (clock_timestamp() >= l.advanced_at + make_interval(secs => $3::float8 / 1000)
           OR (l.computing <= 0 AND clock_timestamp() >= l.advanced_at + make_interval(secs => l.spent_ms / $2::float8 / 1000)))
       RETURNING marker
     )
     SELECT coalesce((SELECT marker FROM moved), (SELECT marker FROM live_marker WHERE survey_id = $1)) AS marker`,
    [surveyId, policy.share, policy.maxHoldMs],
  );
  if (rows[0].marker !== null) return rows[0].marker;
  // The first marker of a survey, inserted by a concurrent call after this statement's snapshot.
  const again = await db.query<{ marker: string }>(`SELECT marker FROM live_marker WHERE survey_id = $1`, [surveyId]);
  return again.rows[0].marker;
}

/**
 * The primary's WAL position when the live marker moved to `marker`: a read replica that has
 * replayed up to it shows every change the marker stands for. Null for an unknown marker.
 */
export async function markerLsn(db: TQueryable, surveyId: string, marker: string): Promise<string | null> {
  const { rows } = await db.query<{ lsn: string | null }>(`SELECT lsn FROM live_marker WHERE survey_id = $1 AND marker = $2`, [surveyId, marker]);
  return rows[0]?.lsn ?? null;
}

/** A figure for `marker` is being computed: the marker holds until `doneComputing`. */
export async function startComputing(db: TQueryable, surveyId: string, marker: string): Promise<void> {
  await db.query(`UPDATE live_marker SET computing = computing + 1 WHERE survey_id = $1 AND marker = $2`, [surveyId, marker]);
}

/** Ends a `startComputing` and adds the figure's time (0 when it failed) to the marker it was for, not to a newer one. */
export async function doneComputing(db: TQueryable, surveyId: string, marker: string, ms: number): Promise<void> {
  await db.query(
    `UPDATE live_marker SET computing = greatest(computing - 1, 0), spent_ms = spent_ms + $3 WHERE survey_id = $1 AND marker = $2`,
    [surveyId, marker, Math.round(ms)],
  );
}

/** Adds a figure's computation time to the marker it was computed for (not to a newer one). */
export const recordSpent = (db: TQueryable, surveyId: string, marker: string, ms: number) =>
  db.query(`UPDATE live_marker SET spent_ms = spent_ms + $3 WHERE survey_id = $1 AND marker = $2`, [surveyId, marker, Math.round(ms)]).then(() => {});
