import { createHash } from "node:crypto";
import type pg from "pg";
import type { TQueryable } from "./db";
import { doneComputing, markerLsn, startComputing } from "./live";

/**
 * Dashboard figures computed once per change of the survey's live watermark and shared by every
 * open tab and every app instance: the shaped figure is stored in `figure_cache` with the
 * watermark it was computed at (the survey's live marker, lib/analysis/live.ts). A request whose watermark matches reads it (one indexed row);
 * otherwise one request computes it under an advisory lock on (survey, figure) while concurrent
 * requests for the same figure wait for that lock and then read the stored result.
 *
 * `key` names the figure with everything it depends on (filters, grouping, the report entry's
 * definition); the table is emptied at start (lib/db/bootstrap.ts), so figures shaped by an
 * earlier build are never served.
 */
export type TCacheOutcome<T> = { value: T; isHit: boolean; computedOn?: "primary" | "replica" };

/**
 * A read replica (DATABASE_REPLICA_URL) computes a figure once it has replayed the primary's log
 * up to where the live marker moved, so the figure shows every change the marker stands for;
 * the computation waits for that at most `replicaWaitMs`, then runs on the primary. A replica
 * query cancelled by recovery (a conflict with replay) is run again on the primary.
 */
export type TCacheOptions = {
  replica?: pg.Pool | null;
  replicaWaitMs?: number;
  /**
   * Connections for computing (and waiting for another instance's computation): a small pool of
   * its own in the app, so figures after a change queue there and never take the connections
   * respondents' saves need. Cache hits are read through the main pool.
   */
  computePool?: pg.Pool;
};
const REPLICA_POLL_MS = 25;

export const figureKey = (parts: unknown[]) => createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 32);

/**
 * A figure's queries may run side by side (a report section's entries); on the one connection
 * that holds the lock they are sent one after the other, as pg wants for a single client.
 */
function oneAtATime(client: pg.PoolClient): TQueryable {
  let last: Promise<unknown> = Promise.resolve();
  const query = (...args: Parameters<pg.PoolClient["query"]>) => {
    const next = last.then(() => (client.query as (...a: unknown[]) => Promise<unknown>)(...args));
    last = next.catch(() => {});
    return next;
  };
  return { query } as unknown as TQueryable;
}

async function replicaCaughtUp(replica: pg.Pool, lsn: string, waitMs: number): Promise<boolean> {
  const until = performance.now() + waitMs;
  for (;;) {
    const { rows } = await replica.query<{ ok: boolean | null }>(`SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok`, [lsn]);
    // null: not a standby (replay position unknown); never trusted as caught up.
    if (rows[0].ok) return true;
    if (performance.now() >= until) return false;
    await new Promise((r) => setTimeout(r, REPLICA_POLL_MS));
  }
}

/** The figure on the replica in one read-only snapshot, or undefined when it is behind or failed. */
async function computeOnReplica<T>(
  options: TCacheOptions, locked: pg.PoolClient, surveyId: string, watermark: string, compute: (db: TQueryable) => Promise<T>,
): Promise<{ value: T } | undefined> {
  const replica = options.replica;
  if (!replica) return undefined;
  const lsn = await markerLsn(locked, surveyId, watermark);
  if (!lsn) return undefined;
  try {
    if (!(await replicaCaughtUp(replica, lsn, options.replicaWaitMs ?? 1000))) return undefined;
    const client = await replica.connect();
    try {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      const value = await compute(oneAtATime(client));
      await client.query("COMMIT");
      return { value };
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  } catch (error) {
    console.error(`Read replica: ${(error as Error).message}; computing on the primary.`);
    return undefined;
  }
}

async function read<T>(db: TQueryable, surveyId: string, key: string, watermark: string): Promise<T | undefined> {
  const { rows } = await db.query<{ value: T }>(
    `SELECT value FROM figure_cache WHERE survey_id = $1 AND key = $2 AND watermark = $3`,
    [surveyId, key, watermark],
  );
  return rows[0]?.value;
}

/**
 * Requests of this instance for the same figure at the same watermark share one computation
 * (the advisory lock does the same across instances), so 10 tabs refreshing at once use one
 * connection per figure, not ten.
 */
const inFlight = new Map<string, Promise<TCacheOutcome<unknown>>>();

export async function cachedFigure<T>(
  pool: pg.Pool, surveyId: string, key: string, watermark: string, compute: (db: TQueryable) => Promise<T>, options: TCacheOptions = {},
): Promise<TCacheOutcome<T>> {
  const hit = await read<T>(pool, surveyId, key, watermark);
  if (hit !== undefined) return { value: hit, isHit: true };
  const flight = `${surveyId}\0${key}\0${watermark}`;
  const shared = inFlight.get(flight) as Promise<TCacheOutcome<T>> | undefined;
  if (shared) return { ...(await shared), isHit: true };
  const computing = computeLocked(pool, surveyId, key, watermark, compute, options).finally(() => inFlight.delete(flight));
  inFlight.set(flight, computing);
  return computing;
}

async function computeLocked<T>(
  pool: pg.Pool, surveyId: string, key: string, watermark: string, compute: (db: TQueryable) => Promise<T>, options: TCacheOptions,
): Promise<TCacheOutcome<T>> {
  // Everything on this one connection: a computation that needed a second connection of the same
  // pool could wait forever once every connection is held by a computation.
  const client = await (options.computePool ?? pool).connect();
  let ms = 0;
  try {
    // Before the transaction, so other instances see it: the live marker holds while its figures
    // are computed, and longer the more they cost (lib/analysis/live.ts).
    await startComputing(client, surveyId, watermark);
    try {
      await client.query("BEGIN");
      await client.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`figure:${surveyId}:${key}`]);
      const meanwhile = await read<T>(client, surveyId, key, watermark);
      if (meanwhile !== undefined) {
        await client.query("COMMIT");
        return { value: meanwhile, isHit: true };
      }
      const started = performance.now();
      const onReplica = await computeOnReplica(options, client, surveyId, watermark, compute);
      const value = onReplica ? onReplica.value : await compute(oneAtATime(client));
      const computeMs = performance.now() - started;
      await client.query(
        `INSERT INTO figure_cache (survey_id, key, watermark, value, compute_ms) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (survey_id, key) DO UPDATE SET watermark = excluded.watermark, value = excluded.value,
           computed_at = CURRENT_TIMESTAMP, compute_ms = excluded.compute_ms`,
        [surveyId, key, watermark, JSON.stringify(value), Math.round(computeMs)],
      );
      await client.query("COMMIT");
      ms = computeMs;
      // As read back from the table, so a hit and a miss give the same shape.
      return { value: JSON.parse(JSON.stringify(value)) as T, isHit: false, computedOn: onReplica ? "replica" : "primary" };
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      await doneComputing(client, surveyId, watermark, ms).catch(() => {});
    }
  } finally {
    client.release();
  }
}
