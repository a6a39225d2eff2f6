import "server-only";
import { pool } from "@/lib/db/client";
import type { TLoginLimits } from "./rate-limit";

/**
 * Failed sign-ins live in the database so that every app instance sees the same counts. Ages are
 * computed by the database clock, so instances with skewed clocks still agree.
 */
export async function recentFailureAges(email: string, clientId: string, limits: TLoginLimits) {
  const sql = (column: "email" | "client_id") => `
    SELECT (EXTRACT(EPOCH FROM (CURRENT_TIMESTAMP - at)) * 1000)::float8 AS age_ms
      FROM login_failure
     WHERE ${column} = $1 AND at > CURRENT_TIMESTAMP - make_interval(secs => $2::float8 / 1000)
     ORDER BY at DESC LIMIT $3`;
  const [account, client] = await Promise.all([
    pool().query<{ age_ms: number }>(sql("email"), [email, limits.windowMs, limits.perAccount]),
    pool().query<{ age_ms: number }>(sql("client_id"), [clientId, limits.windowMs, limits.perClient]),
  ]);
  return { account: account.rows.map((r) => r.age_ms), client: client.rows.map((r) => r.age_ms) };
}

export async function recordFailure(email: string, clientId: string): Promise<void> {
  await pool().query(`INSERT INTO login_failure (email, client_id) VALUES ($1, $2)`, [email, clientId]);
}

/** After a successful sign-in: forget the account's failures, and prune rows older than a day. */
export async function clearFailures(email: string): Promise<void> {
  await pool().query(`DELETE FROM login_failure WHERE email = $1 OR at < CURRENT_TIMESTAMP - interval '1 day'`, [email]);
}
