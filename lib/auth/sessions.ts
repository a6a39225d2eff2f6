import "server-only";
import { randomUUID } from "node:crypto";
import { pool } from "@/lib/db/client";

/**
 * Server-side sessions. next-auth's cookie is a signed JWT that stays valid until it expires; it
 * carries the id of a user_session row, and the guard accepts it only while that row exists.
 */
export async function startSession(userId: string, maxAgeS: number): Promise<string> {
  const id = randomUUID();
  await pool().query(
    `INSERT INTO user_session (id, user_id, expires_at) VALUES ($1, $2, CURRENT_TIMESTAMP + make_interval(secs => $3::float8))`,
    [id, userId, maxAgeS],
  );
  // Expired rows name cookies that next-auth refuses anyway.
  await pool().query(`DELETE FROM user_session WHERE expires_at < CURRENT_TIMESTAMP`);
  return id;
}

/** Signing out: this cookie stops working even if someone kept a copy. */
export async function endSession(id: unknown): Promise<void> {
  if (!isSessionId(id)) return;
  await pool().query(`DELETE FROM user_session WHERE id = $1`, [id]);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isSessionId(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
