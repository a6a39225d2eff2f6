import "server-only";
import { prisma } from "@/lib/db/client";
import type { TRole } from "./schemas";
import { isSessionId } from "./sessions";

export type TSessionUser = { id: string; email: string; name: string | null; role: TRole };
/** The account behind a request, with the server-side session its cookie names. */
export type TSignedInUser = TSessionUser & { sessionId: string };

const sessionFields = { id: true, email: true, name: true, role: true } as const;

/**
 * The account behind a session, read fresh on every request: removed users, role changes, ended
 * sessions (sign-out, password change) apply at once.
 */
export async function findSessionUser(id: string, sessionId: unknown): Promise<TSignedInUser | null> {
  if (!isSessionId(sessionId)) return null;
  const session = await prisma().userSession.findFirst({ where: { id: sessionId, userId: id }, select: { user: { select: sessionFields } } });
  return session ? { ...session.user, sessionId } : null;
}

export async function findUserForSignIn(email: string) {
  return prisma().user.findUnique({ where: { email }, select: { ...sessionFields, passwordHash: true } });
}
