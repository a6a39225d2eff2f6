import "server-only";
import { recordAudit } from "@/lib/audit/service";
import { prisma } from "@/lib/db/client";
import type { TTx } from "@/lib/db/prisma";
import { ResponseError } from "./errors";
import type { TDeletionTarget, TListFilter, TReviewForm } from "./review";
import { hashSecret } from "./save";

/**
 * Response management: the list of a survey's responses, exclusion and restore with a reason,
 * and deletion on request. Every change bumps the survey's responses_revision, part of the live
 * marker (lib/analysis/live.ts), so dashboards and cached figures follow at once; every change is
 * audit-logged in its transaction, naming the response and never its answers.
 */
export type TResponseRow = {
  id: string; startedAt: Date; finishedAt: Date | null; version: number; source: string | null; wave: string;
  currentPage: string; isImported: boolean; isExcluded: boolean; isTest: boolean; reviewReason: string | null; reviewedAt: Date | null;
};

export const rowFields = {
  id: true, startedAt: true, finishedAt: true, source: true, wave: true, currentPage: true, isImported: true,
  isExcluded: true, isTest: true, reviewReason: true, reviewedAt: true, version: { select: { version: true } },
} as const;

type TRowIn = { version: { version: number } } & Omit<TResponseRow, "version">;
export const toRow = ({ version, ...r }: TRowIn): TResponseRow => ({ ...r, version: version.version });

const LIST_WHERE: Record<TListFilter, object> = {
  all: {}, excluded: { isExcluded: true }, included: { isExcluded: false, isTest: false }, test: { isTest: true },
};
const listWhere = (surveyId: string, filter: TListFilter) => ({ surveyId, ...LIST_WHERE[filter] });

/** One page of the survey's responses, newest first, and how many there are. */
export async function listResponses(
  surveyId: string, opts: { page: number; pageSize: number; filter: TListFilter },
): Promise<{ rows: TResponseRow[]; total: number }> {
  const where = listWhere(surveyId, opts.filter);
  const [rows, total] = await Promise.all([
    prisma().response.findMany({
      where, select: rowFields, orderBy: [{ startedAt: "desc" }, { id: "asc" }],
      skip: (opts.page - 1) * opts.pageSize, take: opts.pageSize,
    }),
    prisma().response.count({ where }),
  ]);
  return { rows: rows.map(toRow), total };
}

/** The survey's counts: all, excluded, test responses (the test link's). */
export async function responseCounts(surveyId: string): Promise<{ all: number; excluded: number; test: number }> {
  const [all, excluded, test] = await Promise.all([
    prisma().response.count({ where: { surveyId } }),
    prisma().response.count({ where: { surveyId, isExcluded: true } }),
    prisma().response.count({ where: { surveyId, isTest: true } }),
  ]);
  return { all, excluded, test };
}

const bumpRevision = (tx: TTx, surveyId: string) =>
  tx.survey.update({ where: { id: surveyId }, data: { responsesRevision: { increment: 1 } }, select: { id: true } });

const AUDIT_OF = { exclude: "response.excluded", keep: "response.kept", restore: "response.restored" } as const;

/**
 * Excludes a response, keeps it (reviewed, e.g. a duplicate that is not one) or restores it, with
 * the reason. Refused with a Dutch message when the response is not the survey's or the decision
 * changes nothing it says it would (restoring a response that counts).
 */
export async function reviewResponse(surveyId: string, form: TReviewForm, actorId: string | null): Promise<TResponseRow> {
  return prisma().$transaction(async (tx) => {
    const current = await tx.response.findFirst({ where: { id: form.responseId, surveyId }, select: { isExcluded: true } });
    if (!current) throw new ResponseError(404, "Dit antwoord bestaat niet (meer) in deze vragenlijst.");
    if (form.decision === "exclude" && current.isExcluded) throw new ResponseError(409, "Dit antwoord is al uitgesloten.");
    if (form.decision === "restore" && !current.isExcluded) throw new ResponseError(409, "Dit antwoord is niet uitgesloten.");
    const isExcluded = form.decision === "exclude";
    const row = await tx.response.update({
      where: { id: form.responseId },
      data: { isExcluded, reviewReason: form.reason, reviewedAt: new Date(), reviewedById: actorId },
      select: rowFields,
    });
    if (isExcluded !== current.isExcluded) await bumpRevision(tx, surveyId);
    await recordAudit({ action: AUDIT_OF[form.decision], actorId, surveyId, details: { responseId: form.responseId, reason: form.reason } }, tx);
    return toRow(row);
  });
}

export type TDeleted = { responseId: string; answers: number; pageVisits: number };

/**
 * Deletes a response on the respondent's request: its answers, page visits and row in one
 * transaction. By ID, or by the resume link (then its secret must match the stored hash). An
 * unknown ID, a response of another survey and a link whose secret does not match get the same
 * answer, so the form reveals nothing about other responses.
 */
export async function deleteResponse(surveyId: string, target: TDeletionTarget, actorId: string | null): Promise<TDeleted> {
  return prisma().$transaction(async (tx) => {
    const row = await tx.response.findFirst({ where: { id: target.responseId, surveyId }, select: { secretHash: true } });
    if (!row || (target.secret !== undefined && row.secretHash !== hashSecret(target.secret))) {
      throw new ResponseError(404, target.via === "resume-link"
        ? "Bij deze hervatlink hoort geen antwoord in deze vragenlijst (meer)."
        : "Geen antwoord met dit ID in deze vragenlijst (misschien al verwijderd).");
    }
    const { count: answers } = await tx.answer.deleteMany({ where: { responseId: target.responseId } });
    const { count: pageVisits } = await tx.pageVisit.deleteMany({ where: { responseId: target.responseId } });
    await tx.response.delete({ where: { id: target.responseId }, select: { id: true } });
    await bumpRevision(tx, surveyId);
    await recordAudit({
      action: "response.deleted", actorId, surveyId, details: { responseId: target.responseId, via: target.via, answers, pageVisits },
    }, tx);
    return { responseId: target.responseId, answers, pageVisits };
  });
}

export type TTestsDeleted = { responses: number; answers: number; pageVisits: number };

/**
 * Deletes all of the survey's test responses (the test link's), with their answers and page
 * visits, in one transaction, audit-logged with the numbers. The revision moves the live marker
 * even when a deletion brings the responses' count and newest change back to earlier values.
 */
export async function deleteTestResponses(surveyId: string, actorId: string | null): Promise<TTestsDeleted> {
  return prisma().$transaction(async (tx) => {
    const ofTests = { response: { surveyId, isTest: true } };
    const { count: answers } = await tx.answer.deleteMany({ where: ofTests });
    const { count: pageVisits } = await tx.pageVisit.deleteMany({ where: ofTests });
    const { count: responses } = await tx.response.deleteMany({ where: { surveyId, isTest: true } });
    if (responses > 0) await bumpRevision(tx, surveyId);
    await recordAudit({ action: "response.tests_deleted", actorId, surveyId, details: { responses, answers, pageVisits } }, tx);
    return { responses, answers, pageVisits };
  });
}
