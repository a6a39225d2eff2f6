import { createHash } from "node:crypto";
import type pg from "pg";
import type { TQueryable } from "./db";

/**
 * Dashboard figures computed once per change of the survey's live watermark and shared by every
 * open tab and every app instance: the shaped figure is stored in `figure_cache` with the
 * watermark it was computed at. A request whose watermark matches reads it (one indexed row);
 * otherwise one request computes it under an advisory lock on (survey, figure) while concurrent
 * requests for the same figure wait for that lock and then read the stored result.
 *
 * `key` names the figure with everything it depends on (filters, grouping, the report entry's
 * definition); the table is emptied at start (lib/db/bootstrap.ts), so figures shaped by an
 * earlier build are never served.
 */
export type TCacheOutcome<T> = { value: T; isHit: boolean };

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

async function read<T>(db: TQueryable, surveyId: string, key: string, watermark: string): Promise<T | undefined> {
  const { rows } = await db.query<{ value: T }>(
    `SELECT value FROM figure_cache WHERE survey_id = $1 AND key = $2 AND watermark = $3`,
    [surveyId, key, watermark],
  );
  return rows[0]?.value;
}

export async function cachedFigure<T>(
  pool: pg.Pool, surveyId: string, key: string, watermark: string, compute: (db: TQueryable) => Promise<T>,
): Promise<TCacheOutcome<T>> {
  const hit = await read<T>(pool, surveyId, key, watermark);
  if (hit !== undefined) return { value: hit, isHit: true };
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`figure:${surveyId}:${key}`]);
    const meanwhile = await read<T>(client, surveyId, key, watermark);
    if (meanwhile !== undefined) {
      await client.query("COMMIT");
      return { value: meanwhile, isHit: true };
    }
    const started = performance.now();
    const value = await compute(oneAtATime(client));
    await client.query(
      `INSERT INTO figure_cache (survey_id, key, watermark, value, compute_ms) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (survey_id, key) DO UPDATE SET watermark = excluded.watermark, value = excluded.value,
         computed_at = CURRENT_TIMESTAMP, compute_ms = excluded.compute_ms`,
      [surveyId, key, watermark, JSON.stringify(value), Math.round(performance.now() - started)],
    );
    await client.query("COMMIT");
    // As read back from the table, so a hit and a miss give the same shape.
    return { value: JSON.parse(JSON.stringify(value)) as T, isHit: false };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
