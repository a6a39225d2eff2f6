import "server-only";
import { recordAudit } from "@/lib/audit/service";
import { prisma } from "@/lib/db/client";
import { databaseNow, isUniqueViolation } from "@/lib/db/prisma";
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

export async function createAccount(input: TNewUser, actorId: string | null = null): Promise<TAccount> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await prisma().$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email: input.email, name: input.name || null, passwordHash, role: input.role, createdAt: await databaseNow(tx) },
        select: { id: true, email: true, name: true, role: true, createdAt: true },
      });
      await recordAudit({ action: "account.created", actorId, surveyId: null, details: { userId: created.id, email: created.email, role: created.role } }, tx);
      return created;
    });
    return { ...user, createdAt: user.createdAt.toISOString() };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new ResponseError(409, "Er bestaat al een account met dit e-mailadres.", { email: "Dit e-mailadres is al in gebruik." });
  }
}

/**
 * Removes an account; never the signed-in admin's own, never the last admin. The admin rows are
 * locked first so two admins removing each other at the same moment cannot leave none.
 */
export async function removeAccount(actor: TSessionUser, id: string): Promise<void> {
  if (id === actor.id) throw new ResponseError(409, "Je kunt je eigen account niet verwijderen.");
  await prisma().$transaction(async (tx) => {
    // Prisma's query API has no row locks (FOR UPDATE).
    const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM app_user WHERE role = 'admin' FOR UPDATE`;
    const target = await tx.user.findUnique({ where: { id }, select: { role: true, email: true } });
    if (!target) throw new ResponseError(404, "Dit account bestaat niet (meer).");
    if (target.role === "admin" && admins.length <= 1) {
      throw new ResponseError(409, "Dit is de laatste beheerder; voeg eerst een andere beheerder toe.");
    }
    await tx.user.deleteMany({ where: { id } });
    await recordAudit({ action: "account.removed", actorId: actor.id, surveyId: null, details: { userId: id, email: target.email, role: target.role } }, tx);
  });
}

/**
 * Sets a new password after checking the current one through the sign-in check, so guesses here
 * count towards the same per-account and per-client limits. Ends every other session of the
 * account in the same transaction (a stolen cookie stops working); the session the change came
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
  const passwordHash = await hashPassword(input.newPassword);
  await prisma().$transaction(async (tx) => {
    await tx.user.updateMany({ where: { id: user.id }, data: { passwordHash } });
    await tx.userSession.deleteMany({ where: { userId: user.id, ...(user.sessionId ? { id: { not: user.sessionId } } : {}) } });
    await recordAudit({ action: "account.password_changed", actorId: user.id, surveyId: null }, tx);
  });
}
