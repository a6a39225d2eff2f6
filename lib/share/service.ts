import "server-only";
import { recordAudit } from "@/lib/audit/service";
import { prisma } from "@/lib/db/client";
import { endOfDay, hashShareToken, isShareTokenShaped, newShareToken, shareStatus, today, type TShareStatus } from "./token";

/**
 * Read-only share links to a survey's results. The token is returned once, at creation, and
 * never stored, logged or written to the audit log: the database holds its SHA-256 only.
 * Creating, revoking and opening a link are recorded in the audit log, in the same transaction.
 */
export class ShareLinkError extends Error {}

export type TShareLinkRow = {
  id: string;
  label: string | null;
  query: string | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdAt: Date;
  createdBy: string | null;
  status: TShareStatus;
};

export type TNewShareLink = { surveyId: string; label: string | null; expiresOn: string | null; query: string | null };

/** Creates a link; `query` is already canonical (saved-views canonicalQuery) or null. */
export async function createShareLink(input: TNewShareLink, actorId: string, now = new Date()): Promise<{ id: string; token: string }> {
  if (input.expiresOn && input.expiresOn < today(undefined, now)) throw new ShareLinkError("De einddatum ligt in het verleden.");
  const token = newShareToken();
  const expiresAt = input.expiresOn ? endOfDay(input.expiresOn) : null;
  const id = await prisma().$transaction(async (tx) => {
    const link = await tx.shareLink.create({
      data: { surveyId: input.surveyId, tokenHash: hashShareToken(token), label: input.label, query: input.query, expiresAt, createdById: actorId },
      select: { id: true },
    });
    await recordAudit({
      action: "share_link.created", actorId, surveyId: input.surveyId,
      details: { linkId: link.id, label: input.label, query: input.query, expiresAt: expiresAt?.toISOString() ?? null },
    }, tx);
    return link.id;
  });
  return { id, token };
}

export async function listShareLinks(surveyId: string, now = new Date()): Promise<TShareLinkRow[]> {
  const rows = await prisma().shareLink.findMany({
    where: { surveyId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true, label: true, query: true, expiresAt: true, revokedAt: true, lastUsedAt: true, createdAt: true,
      createdBy: { select: { name: true, email: true } },
    },
  });
  return rows.map(({ createdBy, ...r }) => ({ ...r, createdBy: createdBy?.name ?? createdBy?.email ?? null, status: shareStatus(r, now) }));
}

/** Revokes a link of the survey (any of its researchers may: stopping a leak must not wait for the author). */
export async function revokeShareLink(surveyId: string, id: string, actorId: string): Promise<boolean> {
  return prisma().$transaction(async (tx) => {
    const { count } = await tx.shareLink.updateMany({ where: { id, surveyId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) return false;
    await recordAudit({ action: "share_link.revoked", actorId, surveyId, details: { linkId: id } }, tx);
    return true;
  });
}

export type TResolvedShare =
  | { status: "active"; link: { id: string; surveyId: string; slug: string; label: string | null; query: string | null; expiresAt: Date | null } }
  | { status: "expired" | "revoked" | "unknown" };

/**
 * The link a visitor's token opens. An active link's use is recorded (and its last use); a
 * revoked or expired one's refusal too. Unknown tokens are not recorded: anyone can make those up.
 */
export async function openShareLink(token: string, now = new Date()): Promise<TResolvedShare> {
  if (!isShareTokenShaped(token)) return { status: "unknown" };
  const link = await prisma().shareLink.findUnique({
    where: { tokenHash: hashShareToken(token) },
    select: { id: true, surveyId: true, label: true, query: true, expiresAt: true, revokedAt: true, survey: { select: { slug: true } } },
  });
  if (!link) return { status: "unknown" };
  const status = shareStatus(link, now);
  await prisma().$transaction(async (tx) => {
    if (status === "active") await tx.shareLink.update({ where: { id: link.id }, data: { lastUsedAt: now } });
    await recordAudit({
      action: status === "active" ? "share_link.used" : "share_link.refused", actorId: null, surveyId: link.surveyId,
      details: status === "active" ? { linkId: link.id } : { linkId: link.id, reason: status },
    }, tx);
  });
  if (status !== "active") return { status };
  return { status, link: { id: link.id, surveyId: link.surveyId, slug: link.survey.slug, label: link.label, query: link.query, expiresAt: link.expiresAt } };
}
