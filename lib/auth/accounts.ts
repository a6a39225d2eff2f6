import "server-only";
import { randomUUID } from "node:crypto";
import { pool, prisma } from "@/lib/db/client";
import { ResponseError } from "@/lib/responses/errors";
import { hashPassword } from "./password";
import { signInErrorMessage } from "./rate-limit";
import type { TNewUser, TPasswordChange } from "./schemas";
import { authorizeCredentials, SignInRefused } from "./sign-in";
import type { TSessionUser } from "./users";

/** Researcher accounts as admins manage them on /admin/users. */
export type TAccount = TSessionUser & { createdAt: string };

export async function listAccounts(): Promise<TAccount[]> {
  const users = await prisma().user.findMany({
    select: { id: true, email: true, name: true, role: true, createdAt: true },
    orderBy: [{ role: "asc" }, { email: "asc" }],
  });
  return users.map((u) => ({ ...u, createdAt: u.createdAt.toISOString() }));
}

export async function createAccount(input: TNewUser): Promise<TAccount> {
  const { rows } = await pool().query<TAccount>(
    `INSERT INTO app_user (id, email, name, password_hash, role) VALUES ($1, $2, $3, $4, $5::"Role")
     ON CONFLICT (email) DO NOTHING
     RETURNING id, email, name, role, to_char(created_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"`,
    [randomUUID(), input.email, input.name || null, await hashPassword(input.password), input.role],
  );
  if (!rows.length) {
    throw new ResponseError(409, "Er bestaat al een account met dit e-mailadres.", { email: "Dit e-mailadres is al in gebruik." });
  }
  return rows[0];
}

/**
 * Removes an account; never the signed-in admin's own, never the last admin. The admin rows are
 * locked first so two admins removing each other at the same moment cannot leave none.
 */
export async function removeAccount(actor: TSessionUser, id: string): Promise<void> {
  if (id === actor.id) throw new ResponseError(409, "Je kunt je eigen account niet verwijderen.");
  const client = await pool().connect();
  try {
    await client.query("BEGIN");
    const admins = await client.query<{ id: string }>(`SELECT id FROM app_user WHERE role = 'admin' FOR UPDATE`);
    const target = await client.query<{ role: string }>(`SELECT role FROM app_user WHERE id = $1`, [id]);
    if (!target.rows.length) throw new ResponseError(404, "Dit account bestaat niet (meer).");
    if (target.rows[0].role === "admin" && admins.rows.length <= 1) {
      throw new ResponseError(409, "Dit is de laatste beheerder; voeg eerst een andere beheerder toe.");
    }
    await client.query(`DELETE FROM app_user WHERE id = $1`, [id]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Sets a new password after checking the current one through the sign-in check, so guesses here
 * count towards the same per-account and per-client limits. Ends every other session of the
 * account in the same statement (a stolen cookie stops working); the session the change came
 * from (users from the guard carry its id) stays signed in.
 */
export async function changePassword(user: TSessionUser & { sessionId?: string }, input: TPasswordChange, headers: Headers): Promise<void> {
  const checked = await authorizeCredentials({ email: user.email, password: input.currentPassword }, headers).catch((error: unknown) => {
    if (error instanceof SignInRefused) throw new ResponseError(403, signInErrorMessage(error.message)!);
    throw error;
  });
  if (!checked || checked.id !== user.id) {
    throw new ResponseError(400, "Het huidige wachtwoord klopt niet.", { currentPassword: "Het huidige wachtwoord klopt niet." });
  }
  await pool().query(
    `WITH changed AS (UPDATE app_user SET password_hash = $2 WHERE id = $1 RETURNING id)
     DELETE FROM user_session WHERE user_id IN (SELECT id FROM changed) AND id IS DISTINCT FROM $3::uuid`,
    [user.id, await hashPassword(input.newPassword), user.sessionId ?? null],
  );
}
