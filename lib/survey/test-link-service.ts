import "server-only";
import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/service";
import { prisma } from "@/lib/db/client";
import { isTestToken } from "./test-link";

/** The survey's test-link token (for its editors), or undefined when the survey does not exist. */
export async function getTestToken(surveyId: string): Promise<string | undefined> {
  const row = await prisma().survey.findUnique({ where: { id: surveyId }, select: { testToken: true } });
  return row?.testToken;
}

/** Whether `token` opens the survey's test link; a missing or wrong token does not. */
export async function isValidTestToken(where: { id: string } | { slug: string }, token: string | undefined): Promise<boolean> {
  if (!token) return false;
  const row = await prisma().survey.findUnique({ where, select: { testToken: true } });
  return isTestToken(row?.testToken, token);
}

/** A new random token: the old test link stops working at once. Audit-logged without the token. */
export async function renewTestToken(surveyId: string, actorId: string | null): Promise<string> {
  const testToken = randomBytes(24).toString("base64url");
  await prisma().$transaction(async (tx) => {
    await tx.survey.update({ where: { id: surveyId }, data: { testToken }, select: { id: true } });
    await recordAudit({ action: "test_link.renewed", actorId, surveyId }, tx);
  });
  return testToken;
}
