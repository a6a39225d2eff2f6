import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { asJson, type TTx } from "@/lib/db/prisma";

/**
 * The audit log: one append-only table (`audit_event`) for what researchers and visitors did.
 * Rows are only ever inserted, through recordAudit(); a trigger makes the database refuse
 * UPDATE, DELETE and TRUNCATE on the table. Pass the transaction of the change being recorded,
 * so the change and its event commit or fail together.
 *
 * Details are a small JSON object that names what was acted on (ids, labels, reasons). Never put
 * secrets in it (tokens, passwords, hashes of tokens) or respondents' answers.
 */
export const AUDIT_ACTIONS = [
  "auth.signed_in",
  "auth.signed_out",
  "account.created",
  "account.removed",
  "account.password_changed",
  /** A file downloaded: format and the filters as a query string. */
  "export.downloaded",
  "import.committed",
  "import.undone",
  "fieldwork.changed",
  "collector.created",
  "collector.started",
  "collector.stopped",
  /** Arms (version, flow mode, weight) and block size; the seed stays secret while it runs. */
  "experiment.started",
  /** The number of assignments and the seed, so the sequence can be recomputed. */
  "experiment.stopped",
  /** Seed, number of entries, their fingerprint and the number of winners; never addresses. */
  "raffle.drawn",
  "raffle.winners_exported",
  "raffle.winners_deleted",
  "survey.created",
  "survey.archived",
  "survey.restored",
  "survey.deleted",
  "draft.started",
  "draft.uploaded",
  /** Version number, the draft revision published, the previous live version, number of warnings. */
  "version.published",
  /** Per-survey roles: the account's id and the role (and the role before, for a change). */
  "member.added",
  "member.role_changed",
  "member.removed",
  /** A response excluded from figures and exports, kept after review, or restored: its ID and the reason. */
  "response.excluded",
  "response.kept",
  "response.restored",
  /** A response deleted on request: its ID, how it was named (id or resume link) and the rows deleted; no answers. */
  "response.deleted",
  /** All of a survey's test responses deleted: how many, with their answers and page visits. */
  "response.tests_deleted",
  /** The retention of IP hashes set (by hand, or when fieldwork closes). */
  "retention.changed",
  /** A survey's IP hashes deleted: how many, by hand or because fieldwork closed. */
  "ip_hashes.deleted",
  /** The survey's test link renewed: the old one stops working (the token is never logged). */
  "test_link.renewed",
  "share_link.created",
  "share_link.revoked",
  /** A visitor opened the shared results. */
  "share_link.used",
  /** A visitor opened a link that was revoked or expired (unknown tokens are not recorded). */
  "share_link.refused",
] as const;
export type TAuditAction = (typeof AUDIT_ACTIONS)[number];

export const ZAuditEvent = z.strictObject({
  action: z.enum(AUDIT_ACTIONS),
  /** The signed-in user who acted; null for visitors without an account and for the system. */
  actorId: z.uuid().nullable(),
  surveyId: z.uuid().nullable(),
  details: z.record(z.string(), z.unknown()).default({}),
});
export type TAuditEvent = z.input<typeof ZAuditEvent>;

export type TStoredAuditEvent = { id: bigint; at: Date; actorId: string | null; action: string; surveyId: string | null; details: unknown };

/** Appends one event; inside `tx` when given (the transaction of the change it records). */
export async function recordAudit(event: TAuditEvent, tx?: TTx): Promise<void> {
  const e = ZAuditEvent.parse(event);
  await (tx ?? prisma()).auditEvent.create({
    data: { action: e.action, actorId: e.actorId, surveyId: e.surveyId, details: asJson(e.details) },
  });
}

/** The events of a survey, oldest first (for tests and a later viewer). */
export async function listAuditEvents(where: { surveyId?: string; action?: TAuditAction } = {}): Promise<TStoredAuditEvent[]> {
  return prisma().auditEvent.findMany({ where, orderBy: { id: "asc" } });
}
