import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/prisma";

/**
 * Server-side sessions. next-auth's cookie is a signed JWT that stays valid until it expires; it
 * carries the id of a user_session row, and the guard accepts it only while that row exists.
 * Start and expiry times come from the database's clock, one clock for every app instance, and
 * expired rows are found with the same clock.
 */
export async function startSession(userId: string, maxAgeS: number): Promise<string> {
  const id = randomUUID();
  const now = await databaseNow(prisma());
  await prisma().userSession.create({
    data: { id, userId, createdAt: now, expiresAt: new Date(now.getTime() + maxAgeS * 1000) },
    select: { id: true },
  });
  // Expired rows name cookies that next-auth refuses anyway.
  await prisma().userSession.deleteMany({ where: { expiresAt: { lt: now } } });
  return id;
}

/** Signing out: this cookie stops working even if someone kept a copy. */
export async function endSession(id: unknown): Promise<void> {
  if (!isSessionId(id)) return;
  await prisma().userSession.deleteMany({ where: { id } });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isSessionId(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
