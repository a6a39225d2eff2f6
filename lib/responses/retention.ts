import "server-only";
import { recordAudit } from "@/lib/audit/service";
import { pool, prisma } from "@/lib/db/client";
import { getFieldwork } from "@/lib/survey/fieldwork-service";
import { closeIpHashing } from "./ip-hashing";
import type { TIpHashRetention } from "./review";

/**
 * What a survey keeps and for how long:
 * - raffle entries: always deleted in the draw's transaction (lib/responses/raffle-draw.ts); not a setting.
 * - IP hashes: by hand (after the duplicate review) or automatically once fieldwork closes (by
 *   hand, by date or by the limit). Deleting them is closeIpHashing: every response keeps only
 *   whether it was a duplicate, later responses get no hash. Irreversible.
 * Fieldwork that closes by its date has no moment at which code runs; the rule is applied when
 * fieldwork is changed, when the Antwoorden tab or monitoring is opened, and when a new respondent
 * is refused because the survey is closed (enforceIpHashRetention, idempotent).
 */
export type TRetention = { ipHashRetention: TIpHashRetention; ipHashingClosedAt: Date | null; hashedResponses: number };

export async function getRetention(surveyId: string): Promise<TRetention | undefined> {
  const [survey, hashedResponses] = await Promise.all([
    prisma().survey.findUnique({ where: { id: surveyId }, select: { ipHashRetention: true, ipHashingClosedAt: true } }),
    prisma().response.count({ where: { surveyId, ipHash: { not: null } } }),
  ]);
  return survey ? { ipHashRetention: survey.ipHashRetention as TIpHashRetention, ipHashingClosedAt: survey.ipHashingClosedAt, hashedResponses } : undefined;
}

export async function setIpHashRetention(surveyId: string, retention: TIpHashRetention, actorId: string | null): Promise<void> {
  await prisma().$transaction(async (tx) => {
    await tx.survey.update({ where: { id: surveyId }, data: { ipHashRetention: retention }, select: { id: true } });
    await recordAudit({ action: "retention.changed", actorId, surveyId, details: { ipHashRetention: retention } }, tx);
  });
  await enforceIpHashRetention(surveyId);
}

/** Deletes the survey's IP hashes now; the number deleted (0 when already closed). */
export async function deleteIpHashes(surveyId: string, actorId: string | null, trigger: "hand" | "fieldwork-closed"): Promise<number> {
  const survey = await prisma().survey.findUnique({ where: { id: surveyId }, select: { slug: true, ipHashingClosedAt: true } });
  if (!survey || survey.ipHashingClosedAt) return 0;
  const client = await pool().connect();
  let cleared = 0;
  try {
    cleared = (await closeIpHashing(client, survey.slug))?.clearedHashes ?? 0;
  } finally {
    client.release();
  }
  await recordAudit({ action: "ip_hashes.deleted", actorId, surveyId, details: { cleared, trigger } });
  return cleared;
}

/** With "on-close": deletes the IP hashes once fieldwork is closed (not before it opened). True when it did. */
export async function enforceIpHashRetention(surveyId: string, now = new Date()): Promise<boolean> {
  const survey = await prisma().survey.findUnique({ where: { id: surveyId }, select: { ipHashRetention: true, ipHashingClosedAt: true } });
  if (!survey || survey.ipHashRetention !== "on-close" || survey.ipHashingClosedAt) return false;
  const fieldwork = await getFieldwork({ id: surveyId }, now);
  if (!fieldwork || fieldwork.state.isOpen || fieldwork.state.reason === "not-yet-open") return false;
  await deleteIpHashes(surveyId, null, "fieldwork-closed");
  return true;
}
