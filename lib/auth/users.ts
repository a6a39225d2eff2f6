import "server-only";
import { prisma } from "@/lib/db/client";
import type { TRole } from "./schemas";

export type TSessionUser = { id: string; email: string; name: string | null; role: TRole };

const sessionFields = { id: true, email: true, name: true, role: true } as const;

/** The account behind a session, read fresh on every request: removed users and role changes apply at once. */
export async function findSessionUser(id: string): Promise<TSessionUser | null> {
  return prisma().user.findUnique({ where: { id }, select: sessionFields });
}

export async function findUserForSignIn(email: string) {
  return prisma().user.findUnique({ where: { email }, select: { ...sessionFields, passwordHash: true } });
}
