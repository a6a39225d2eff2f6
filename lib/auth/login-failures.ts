import "server-only";
import type { PoolClient } from "pg";
import { pool } from "@/lib/db/client";
import { lockout, type TLoginLimits, type TLockout } from "./rate-limit";

/**
 * Failed sign-ins live in the database so that every app instance sees the same counts. Ages are
 * computed by the database clock, so instances with skewed clocks still agree: its wall clock
 * (clock_timestamp), not the transaction's start, which may lie before a wait for the lock.
 */
async function recentFailureAges(db: PoolClient, email: string, clientId: string, limits: TLoginLimits) {
  const sql = (column: "email" | "client_id") => `
    SELECT GREATEST(0, EXTRACT(EPOCH FROM (clock_timestamp() - at)) * 1000)::float8 AS age_ms
      FROM login_failure
     WHERE ${column} = $1 AND at > clock_timestamp() - make_interval(secs => $2::float8 / 1000)
     ORDER BY at DESC LIMIT $3`;
  // The account delay grows with the number of failures, so all of them count (few: each waits).
  const account = await db.query<{ age_ms: number }>(sql("email"), [email, limits.windowMs, 1000]);
  const client = await db.query<{ age_ms: number }>(sql("client_id"), [clientId, limits.windowMs, limits.perClient]);
  return { account: account.rows.map((r) => r.age_ms), client: client.rows.map((r) => r.age_ms) };
}

// Advisory lock classes (two-key form, apart from the migration lock's single key).
const ACCOUNT_LOCK = 7301;
const CLIENT_LOCK = 7302;

/**
 * Checks the limits and, when an attempt may go ahead, records it as a failure before the password
 * is checked (a success clears it). Check and record happen under per-account and per-client
 * advisory locks, always taken in that order, so concurrent guesses cannot all pass one check.
 * Refused attempts are not recorded, so a wait does not extend itself.
 */
export async function reserveAttempt(email: string, clientId: string, limits: TLoginLimits): Promise<TLockout> {
  const db = await pool().connect();
  try {
    await db.query("BEGIN");
    await db.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [ACCOUNT_LOCK, email]);
    await db.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [CLIENT_LOCK, clientId]);
    const locked = lockout(await recentFailureAges(db, email, clientId, limits), limits);
    if (!locked) await db.query(`INSERT INTO login_failure (email, client_id, at) VALUES ($1, $2, clock_timestamp())`, [email, clientId]);
    await db.query("COMMIT");
    return locked;
  } catch (error) {
    await db.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    db.release();
  }
}

/** After a successful sign-in: forget the account's failures, and prune rows older than a day. */
export async function clearFailures(email: string): Promise<void> {
  await pool().query(`DELETE FROM login_failure WHERE email = $1 OR at < CURRENT_TIMESTAMP - interval '1 day'`, [email]);
}
