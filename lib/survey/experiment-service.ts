import "server-only";
import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/service";
import { pool, prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma";
import { path } from "./engine/flow";
import { blockSizeFor, type TExperimentForm } from "./experiment";
import { getVersion } from "./service";
import type { TFlowMode } from "./version/schema";

/** An open, live version that can be an arm: its number, flow mode and first page. */
export type TArmCandidate = { id: string; version: number; flowMode: TFlowMode; firstPage: string; title: string };

export async function listArmCandidates(surveyId: string): Promise<TArmCandidate[]> {
  const rows = await prisma().surveyVersion.findMany({
    where: { surveyId, isActive: true, isImported: false }, select: { id: true }, orderBy: { version: "asc" },
  });
  const versions = await Promise.all(rows.map((r) => getVersion(r.id)));
  return versions.flatMap((v) => (v ? [{ id: v.id, version: v.version, flowMode: v.flowMode, firstPage: path(v.def, {})[0], title: v.def.title }] : []));
}

export type TExperimentArmInfo = { id: string; position: number; versionId: string; version: number; flowMode: TFlowMode; weight: number };
export type TExperiment = {
  id: string; blockSize: number; assigned: number; startedAt: Date; stoppedAt: Date | null; arms: TExperimentArmInfo[];
};

const experimentFields = {
  id: true, blockSize: true, assigned: true, startedAt: true, stoppedAt: true,
  arms: { select: { id: true, position: true, versionId: true, weight: true, version: { select: { version: true, flowMode: true } } }, orderBy: { position: "asc" } },
} as const;

type TExperimentRow = {
  id: string; blockSize: number; assigned: number; startedAt: Date; stoppedAt: Date | null;
  arms: { id: string; position: number; versionId: string; weight: number; version: { version: number; flowMode: TFlowMode } }[];
};

const toExperiment = (e: TExperimentRow): TExperiment => ({
  ...e, arms: e.arms.map(({ version, ...a }) => ({ ...a, version: version.version, flowMode: version.flowMode })),
});

/** The survey's experiments, newest first. */
export async function listExperiments(surveyId: string): Promise<TExperiment[]> {
  const rows = await prisma().experiment.findMany({ where: { surveyId }, select: experimentFields, orderBy: { startedAt: "desc" } });
  return rows.map(toExperiment);
}

/** What a new respondent's assignment needs: the running experiment's seed and arms (one small query). */
export type TRunningExperiment = { id: string; seed: string; arms: { id: string; versionId: string; version: number; weight: number }[] };

export async function getRunningExperiment(surveyId: string): Promise<TRunningExperiment | undefined> {
  const { rows } = await pool().query<TRunningExperiment>(
    `SELECT e.id, e.seed,
            json_agg(json_build_object('id', a.id, 'versionId', a.version_id, 'version', v.version, 'weight', a.weight) ORDER BY a.arm_index) AS arms
     FROM experiment e JOIN experiment_arm a ON a.experiment_id = e.id JOIN survey_version v ON v.id = a.version_id
     WHERE e.survey_id = $1 AND e.stopped_at IS NULL GROUP BY e.id`,
    [surveyId],
  );
  return rows[0];
}

export type TStartResult = { ok: true; id: string } | { ok: false; message: string };

/**
 * Starts an experiment on open versions of the survey. The arms must start on the same page: the
 * respondent sees the survey's first page before the server assigns the arm at its first save.
 */
export async function startExperiment(surveyId: string, form: TExperimentForm, actorId: string | null = null): Promise<TStartResult> {
  const candidates = await listArmCandidates(surveyId);
  const arms = form.arms.map((a) => ({ ...a, candidate: candidates.find((c) => c.id === a.versionId) }));
  if (arms.some((a) => !a.candidate)) return { ok: false, message: "Een gekozen versie is niet (meer) open voor deze vragenlijst." };
  if (new Set(arms.map((a) => a.candidate!.firstPage)).size > 1) {
    return { ok: false, message: "De gekozen versies beginnen niet op dezelfde pagina; een experiment kan alleen versies met dezelfde eerste pagina vergelijken." };
  }
  const blockSize = blockSizeFor(arms.map((a) => a.weight));
  try {
    const id = await prisma().$transaction(async (tx) => {
      const e = await tx.experiment.create({
        data: {
          surveyId, seed: randomBytes(16).toString("hex"), blockSize,
          arms: { create: arms.map((a, position) => ({ position, versionId: a.versionId, weight: a.weight })) },
        },
        select: { id: true },
      });
      const details = {
        experimentId: e.id, blockSize,
        arms: arms.map((a) => ({ version: a.candidate!.version, flowMode: a.candidate!.flowMode, weight: a.weight })),
      };
      await recordAudit({ action: "experiment.started", actorId, surveyId, details }, tx);
      return e.id;
    });
    return { ok: true, id };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, message: "Er loopt al een experiment; stop het eerst." };
    throw error;
  }
}

/**
 * Stops the running experiment: new respondents get the survey's usual version again; assigned
 * respondents keep their arm. The seed goes into the audit log now, so the assignment sequence can
 * be recomputed and checked (while running it stays secret: the next arm is unpredictable).
 */
export async function stopExperiment(surveyId: string, actorId: string | null = null): Promise<boolean> {
  return prisma().$transaction(async (tx) => {
    const running = await tx.experiment.findFirst({ where: { surveyId, stoppedAt: null }, select: { id: true, seed: true } });
    if (!running) return false;
    const { assigned } = await tx.experiment.update({ where: { id: running.id }, data: { stoppedAt: new Date() }, select: { assigned: true } });
    await recordAudit({ action: "experiment.stopped", actorId, surveyId, details: { experimentId: running.id, assigned, seed: running.seed } }, tx);
    return true;
  });
}
