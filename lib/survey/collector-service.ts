import "server-only";
import { recordAudit } from "@/lib/audit/service";
import { pool, prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma";
import type { TCollectorForm } from "./collectors";

export type TCollectorRow = { id: string; code: string; name: string; isOpen: boolean; started: number; finished: number };

/** The survey's collectors with their live started / finished counts (excluded and test responses left out, as in the figures). */
export async function listCollectors(surveyId: string): Promise<TCollectorRow[]> {
  const { rows } = await pool().query<TCollectorRow>(
    `SELECT c.id, c.code, c.name, c.is_open AS "isOpen",
            count(r.id)::int AS started, count(r.finished_at)::int AS finished
     FROM collector c
     LEFT JOIN response r ON r.survey_id = c.survey_id AND r.source = c.code AND NOT r.is_imported AND NOT r.is_excluded AND NOT r.is_test
     WHERE c.survey_id = $1
     GROUP BY c.id ORDER BY c.created_at, c.name`,
    [surveyId],
  );
  return rows;
}

export type TCreateResult = { ok: true } | { ok: false; field: "code"; message: string };

export async function createCollector(surveyId: string, form: TCollectorForm, actorId: string | null = null): Promise<TCreateResult> {
  try {
    await prisma().$transaction(async (tx) => {
      const c = await tx.collector.create({ data: { surveyId, code: form.code, name: form.name }, select: { id: true } });
      await recordAudit({ action: "collector.created", actorId, surveyId, details: { collectorId: c.id, code: form.code, name: form.name } }, tx);
    });
    return { ok: true };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, field: "code", message: `De code "${form.code}" is al in gebruik voor deze vragenlijst.` };
    throw error;
  }
}

/** Starts or stops one collector of the survey; false when it is not the survey's. */
export async function setCollectorOpen(surveyId: string, id: string, isOpen: boolean, actorId: string | null = null): Promise<boolean> {
  return prisma().$transaction(async (tx) => {
    const { count } = await tx.collector.updateMany({ where: { id, surveyId }, data: { isOpen } });
    if (count > 0) await recordAudit({ action: isOpen ? "collector.started" : "collector.stopped", actorId, surveyId, details: { collectorId: id } }, tx);
    return count > 0;
  });
}

/** Whether a source code is a stopped collector of the survey (free sources such as ?bron=test stay open). */
export async function isStoppedCollector(surveyId: string, code: string | undefined): Promise<boolean> {
  if (!code) return false;
  const hit = await prisma().collector.findUnique({ where: { surveyId_code: { surveyId, code } }, select: { isOpen: true } });
  return hit !== null && !hit.isOpen;
}
