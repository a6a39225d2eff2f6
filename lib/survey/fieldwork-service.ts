import "server-only";
import { recordAudit } from "@/lib/audit/service";
import { prisma } from "@/lib/db/client";
import { zonedToUtc } from "@/lib/import/dates";
import { surveyConfig } from "./config";
import { fieldworkState, type TFieldworkForm, type TFieldworkMode, type TFieldworkSettings, type TFieldworkState } from "./fieldwork";

/**
 * The fieldwork window of a survey as stored (survey row) and its state now. The count of started
 * responses is read only when a limit is set: a new respondent's first save pays one small query.
 */
export type TFieldwork = { settings: TFieldworkSettings; started: number; state: TFieldworkState; timeZone: string };

const fields = { id: true, slug: true, fieldworkMode: true, opensAt: true, closesAt: true, responseLimit: true } as const;

export async function getFieldwork(where: { slug: string } | { id: string }, now = new Date()): Promise<TFieldwork | undefined> {
  const row = await prisma().survey.findUnique({ where, select: fields });
  if (!row) return undefined;
  const settings: TFieldworkSettings = {
    mode: row.fieldworkMode as TFieldworkMode, opensAt: row.opensAt, closesAt: row.closesAt, responseLimit: row.responseLimit,
  };
  const started = settings.responseLimit === null ? 0 : await prisma().response.count({ where: { surveyId: row.id, isImported: false, isTest: false } });
  return { settings, started, state: fieldworkState(settings, started, now), timeZone: surveyConfig(row.slug).timeZone };
}

/** A datetime-local value ("2026-03-01T09:00") in the survey's zone as a moment. */
function wallClock(value: string, timeZone: string): Date | null {
  if (!value) return null;
  const [date, time] = value.split("T");
  const [y, mo, d] = date.split("-").map(Number);
  const [h, mi, s = 0] = time.split(":").map(Number);
  return zonedToUtc([y, mo, d, h, mi, Math.floor(s)], timeZone);
}

/** Stores the researcher's settings (already parsed by ZFieldworkForm); false when the survey does not exist. */
export async function setFieldwork(slug: string, form: TFieldworkForm, actorId: string | null = null): Promise<boolean> {
  const timeZone = surveyConfig(slug).timeZone;
  const data = {
    fieldworkMode: form.mode,
    opensAt: wallClock(form.opensAt, timeZone),
    closesAt: wallClock(form.closesAt, timeZone),
    responseLimit: form.responseLimit === "" ? null : form.responseLimit,
  };
  return prisma().$transaction(async (tx) => {
    const survey = await tx.survey.findUnique({ where: { slug }, select: { id: true } });
    if (!survey) return false;
    await tx.survey.update({ where: { id: survey.id }, data, select: { id: true } });
    await recordAudit({ action: "fieldwork.changed", actorId, surveyId: survey.id, details: { ...data, timeZone } }, tx);
    return true;
  });
}
