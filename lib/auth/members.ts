import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/service";
import { pool, prisma } from "@/lib/db/client";
import type { TTx } from "@/lib/db/prisma";
import { ZSurveyRole, type TSurveyRole } from "./survey-roles";

/**
 * Who has which role on a survey (lib/auth/survey-roles.ts). Owners and admins manage it. A survey
 * keeps at least one owner once it has members, so nobody but admins is locked out by accident.
 */
export type TMember = { userId: string; email: string; name: string | null; role: TSurveyRole; isAdmin: boolean };

export const ZAddMember = z.strictObject({
  email: z.string().trim().toLowerCase().email("Vul een e-mailadres in van een bestaand account."),
  role: ZSurveyRole,
});
export type TAddMember = z.infer<typeof ZAddMember>;

export async function listMembers(surveyId: string): Promise<TMember[]> {
  const { rows } = await pool().query<TMember>(
    `SELECT u.id AS "userId", u.email, u.name, m.role::text AS role, u.role = 'admin' AS "isAdmin"
     FROM survey_member m JOIN app_user u ON u.id = m.user_id
     WHERE m.survey_id = $1
     ORDER BY array_position(ARRAY['owner','editor','analyst','viewer'], m.role::text), u.email`,
    [surveyId],
  );
  return rows;
}

export type TMemberResult = { ok: true } | { ok: false; field?: "email" | "role"; message: string };

const LAST_OWNER = "Een vragenlijst met leden houdt minstens één eigenaar. Maak eerst iemand anders eigenaar.";

/** Adds an account to the survey with a role, or changes its role. The first member added is made owner with the actor kept as owner too. */
export async function setMember(surveyId: string, input: TAddMember, actorId: string): Promise<TMemberResult> {
  return prisma().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (!user) return { ok: false, field: "email", message: `Er is geen account met het adres ${input.email}. Een beheerder kan het aanmaken.` };
    await tx.$queryRaw`SELECT id FROM survey WHERE id = ${surveyId}::uuid FOR UPDATE`;
    const members = await tx.surveyMember.findMany({ where: { surveyId }, select: { userId: true, role: true } });
    const current = members.find((m) => m.userId === user.id);
    const owners = members.filter((m) => m.role === "owner");
    if (current?.role === "owner" && input.role !== "owner" && owners.length === 1) return { ok: false, field: "role", message: LAST_OWNER };
    // The first member of an open survey: whoever sets it up stays in as owner, so they keep access.
    if (members.length === 0 && user.id !== actorId && (await tx.user.findUnique({ where: { id: actorId }, select: { role: true } }))?.role !== "admin") {
      await tx.surveyMember.create({ data: { surveyId, userId: actorId, role: "owner" } });
      await recordAudit({ action: "member.added", actorId, surveyId, details: { userId: actorId, role: "owner" } }, tx);
    } else if (members.length === 0 && input.role !== "owner" && user.id === actorId) {
      return { ok: false, field: "role", message: LAST_OWNER };
    }
    await tx.surveyMember.upsert({
      where: { surveyId_userId: { surveyId, userId: user.id } },
      create: { surveyId, userId: user.id, role: input.role },
      update: { role: input.role },
    });
    await recordAudit({
      action: current ? "member.role_changed" : "member.added", actorId, surveyId,
      details: { userId: user.id, role: input.role, ...(current ? { from: current.role } : {}) },
    }, tx);
    return { ok: true };
  });
}

/** Takes an account off the survey (not the last owner). */
export async function removeMember(surveyId: string, userId: string, actorId: string): Promise<TMemberResult> {
  return prisma().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM survey WHERE id = ${surveyId}::uuid FOR UPDATE`;
    const members = await tx.surveyMember.findMany({ where: { surveyId }, select: { userId: true, role: true } });
    const member = members.find((m) => m.userId === userId);
    if (!member) return { ok: false, message: "Dit account heeft geen rol op deze vragenlijst." };
    if (member.role === "owner" && members.filter((m) => m.role === "owner").length === 1 && members.length > 1) return { ok: false, message: LAST_OWNER };
    await tx.surveyMember.delete({ where: { surveyId_userId: { surveyId, userId } } });
    await recordAudit({ action: "member.removed", actorId, surveyId, details: { userId, role: member.role } }, tx);
    return { ok: true };
  });
}

/** The creator of a new survey becomes its owner (inside the creating transaction). */
export async function addCreatorAsOwner(tx: TTx, surveyId: string, userId: string) {
  await tx.surveyMember.create({ data: { surveyId, userId, role: "owner" } });
}
