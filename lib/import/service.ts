import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/service";
import { prisma } from "@/lib/db/client";
import { asJson, databaseNow, LONG_TRANSACTION_OPTIONS } from "@/lib/db/prisma";
import { insertImported, type TImportedResponse } from "@/lib/responses/imported";
import { hashIp } from "@/lib/responses/ip";
import { getActiveVersion } from "@/lib/survey/service";
import type { TVersionDef } from "@/lib/survey/version/schema";
import { convertRows, type TImportRecord, type TImportReport } from "./convert";
import { ImportError } from "./errors";
import { importHints } from "./hints";
import { toTable, type TTable } from "./layout";
import { distinctValues, isPersonalColumn, isQuestionColumn, suggestMapping, type TImportMapping } from "./mapping";
import type { TImportOptions } from "./options";
import { readGrid } from "./read";
import { importTargets, type TTarget } from "./targets";

/**
 * Import of an external dataset (SurveyMonkey export or our own CSV wide export) as a wave of
 * its own: analyse (suggest a mapping), dry run (report, writes nothing), import (one
 * transaction: a new imported definition version, an import batch and every response, or nothing).
 */
export type TUpload = { name: string; data: Uint8Array };
export type TTargetOption = { id: string; label: string; group: string; options?: { code: string; label: string }[] };
export type TColumnInfo = {
  index: number; label: string; question: string; sub: string; filled: number; samples: string[];
  /** Personal data: never imported, not offered for mapping. */
  isPersonal: boolean;
  /** Holds answers to a question: with data, it must be mapped or marked "niet importeren". */
  isQuestion: boolean;
};
export type TAnalysis = {
  fileName: string;
  layout: TTable["layout"];
  columns: TColumnInfo[];
  targets: TTargetOption[];
  mapping: TImportMapping;
  report: TImportReport;
};

async function surveyDefinition(slug: string) {
  const version = await getActiveVersion(slug);
  if (!version) throw new ImportError(`Vragenlijst “${slug}” bestaat niet.`, 404);
  return version;
}

async function load(file: TUpload) {
  return toTable(await readGrid(file.data, file.name));
}

function targetOptions(targets: TTarget[]): TTargetOption[] {
  return targets.map((t) => ({
    id: t.id, label: t.label, group: t.kind === "meta" ? "Antwoordgegevens" : t.group,
    ...(t.kind === "answer" && t.value === "code" ? { options: (t.options ?? []).map((o) => ({ code: o.code, label: o.label })) } : {}),
  }));
}

export async function analyseFile(slug: string, file: TUpload, options: Pick<TImportOptions, "flowMode" | "timeZone">): Promise<TAnalysis> {
  const { def } = await surveyDefinition(slug);
  const table = await load(file);
  const hints = importHints(slug);
  const targets = importTargets(def, hints);
  const mapping = suggestMapping(table, targets);
  const { report } = convertRows(def, table, mapping, targets, { ...options, hints });
  const targetIds = new Set(targets.map((t) => t.id));
  return {
    fileName: file.name,
    layout: table.layout,
    columns: table.columns.map((c) => ({
      index: c.index, label: c.label, question: c.question, sub: c.sub, filled: c.filled,
      samples: distinctValues(table, c.index, 100), isPersonal: isPersonalColumn(c),
      isQuestion: isQuestionColumn(table.layout, c, targetIds),
    })),
    targets: targetOptions(targets),
    mapping,
    report,
  };
}

type TPrepared = { imported: TVersionDef | undefined; surveyId: string; table: TTable; records: TImportRecord[]; report: TImportReport };

async function prepare(slug: string, file: TUpload, mapping: TImportMapping, options: TImportOptions): Promise<TPrepared> {
  const version = await surveyDefinition(slug);
  if (options.wave === version.wave) {
    throw new ImportError(`Wave “${options.wave}” is de wave van het lopende veldwerk. Kies een eigen wave voor de import, bijvoorbeeld 2020.`);
  }
  const table = await load(file);
  const hints = importHints(slug);
  const targets = importTargets(version.def, hints);
  const { records, report, version: imported } = convertRows(version.def, table, mapping, targets, { ...options, hints });
  const ids = records.map((r) => r.externalId).filter((id): id is string => Boolean(id));
  const already = await prisma().response.findMany({
    where: { surveyId: version.surveyId, isImported: true, externalId: { in: ids } },
    select: { externalId: true, wave: true },
  });
  for (const r of already) {
    const rec = records.find((x) => x.externalId === r.externalId);
    report.errors.push({ row: rec?.rowNumber, value: r.externalId!, message: `Respondent-ID is al geïmporteerd (wave ${r.wave}).` });
    report.errorCount++;
  }
  if (records.length === 0) {
    report.errors.push({ message: "Het bestand bevat geen antwoorden." });
    report.errorCount++;
  }
  return { imported, surveyId: version.surveyId, table, records, report };
}

/** Converts and checks everything the import would write; writes nothing. */
export async function dryRun(slug: string, file: TUpload, mapping: TImportMapping, options: TImportOptions): Promise<TImportReport> {
  return (await prepare(slug, file, mapping, options)).report;
}

export type TImportResult = { batchId: string; versionId: string; version: number; wave: string; rowCount: number; report: TImportReport };

/** All or nothing: any error in the dry run, or in the transaction, and nothing is stored. */
export async function importFile(
  slug: string,
  file: TUpload,
  mapping: TImportMapping,
  options: TImportOptions,
  userId: string | null,
): Promise<TImportResult> {
  const { imported, surveyId, table, records, report } = await prepare(slug, file, mapping, options);
  if (report.errorCount > 0 || !imported) {
    throw new ImportError(`De proefimport vond ${report.errorCount} fout(en); er is niets geïmporteerd. Pas de koppeling of het bestand aan.`);
  }
  const ipHashes = await Promise.all(records.map((r) => hashIp(r.ip ?? undefined)));
  return prisma().$transaction(async (tx) => {
    // One import at a time per survey: the version number is "next free". Prisma's query API has
    // no row locks (FOR UPDATE).
    const locked = await tx.$queryRaw<{ is_hashing_closed: boolean }[]>`
      SELECT ip_hashing_closed_at IS NOT NULL AS is_hashing_closed FROM survey WHERE id = ${surveyId}::uuid FOR UPDATE`;
    // A survey whose IP hashing was closed (lib/responses/ip-hashing.ts) gets no new hashes.
    if (locked[0]?.is_hashing_closed) ipHashes.fill(null);
    const { _max } = await tx.surveyVersion.aggregate({ where: { surveyId }, _max: { version: true } });
    const version = (_max.version ?? 0) + 1;
    const versionId = randomUUID();
    const batchId = randomUUID();
    // As the columns' default did: the transaction's start on the database's clock.
    const createdAt = await databaseNow(tx);
    const definition: TVersionDef = { ...imported, version, wave: options.wave };
    await tx.surveyVersion.create({
      data: {
        id: versionId, surveyId, version, definition: asJson(definition), flowMode: options.flowMode, wave: options.wave,
        isActive: false, isImported: true, createdAt,
      },
      select: { id: true },
    });
    const storedMapping = {
      layout: table.layout,
      options,
      columns: mapping.columns
        .filter((c) => c.target !== null || c.skip)
        .map((c) => ({ ...c, label: table.columns[c.index]?.label })),
    };
    await tx.importBatch.create({
      data: {
        id: batchId, surveyId, versionId, fileName: file.name.slice(0, 255), wave: options.wave, rowCount: records.length,
        mapping: asJson(storedMapping), createdById: userId, createdAt,
      },
      select: { id: true },
    });
    const source = table.layout === "surveymonkey" ? "surveymonkey" : "import";
    await insertImported(tx, { surveyId, versionId, batchId, flowMode: options.flowMode, wave: options.wave, source }, toResponses(records, ipHashes));
    await recordAudit({
      action: "import.committed", actorId: userId, surveyId,
      details: { batchId, fileName: file.name.slice(0, 255), wave: options.wave, version, rows: records.length },
    }, tx);
    return { batchId, versionId, version, wave: options.wave, rowCount: records.length, report };
  }, LONG_TRANSACTION_OPTIONS);
}

function toResponses(records: TImportRecord[], ipHashes: (string | null)[]): TImportedResponse[] {
  const importedAt = new Date();
  return records.map((r, i) => {
    // Finished without any timestamp in the file: the import time is the best we know.
    const at = r.endedAt ?? r.startedAt ?? importedAt;
    return {
      externalId: r.externalId,
      ipHash: ipHashes[i],
      currentPage: r.currentPage,
      startedAt: r.startedAt,
      updatedAt: r.endedAt,
      finishedAt: r.isFinished ? (r.finishedAt ?? at) : null,
      partsFinished: Object.fromEntries(r.partsFinished.map((p) => [p, (r.partFinishedAt[p] ?? at).toISOString()])),
      dims: r.dims,
      answers: r.answers,
    };
  });
}

export type TImportSummary = {
  id: string; fileName: string; wave: string; version: number; rowCount: number; responses: number; finished: number; createdAt: Date;
  /** Who imported it (their e-mail address now; null when the account is gone or unknown). */
  createdBy: string | null;
};

/** Earlier imports of a survey, newest first, with what is stored of them now. */
export async function listImports(slug: string): Promise<TImportSummary[]> {
  const survey = await prisma().survey.findUnique({ where: { slug }, select: { id: true } });
  if (!survey) return [];
  const batches = await prisma().importBatch.findMany({
    where: { surveyId: survey.id },
    select: { id: true, fileName: true, wave: true, versionId: true, rowCount: true, createdAt: true, createdById: true },
    orderBy: { createdAt: "desc" },
  });
  if (!batches.length) return [];
  const ids = batches.map((b) => b.id);
  const [versions, counts, users] = await Promise.all([
    prisma().surveyVersion.findMany({ where: { id: { in: batches.map((b) => b.versionId) } }, select: { id: true, version: true } }),
    // _count of a column counts its non-null values: the finished responses.
    prisma().response.groupBy({ by: ["importBatchId"], where: { importBatchId: { in: ids } }, _count: { _all: true, finishedAt: true } }),
    prisma().user.findMany({ where: { id: { in: batches.flatMap((b) => (b.createdById ? [b.createdById] : [])) } }, select: { id: true, email: true } }),
  ]);
  const versionOf = new Map(versions.map((v) => [v.id, v.version]));
  const countOf = new Map(counts.map((c) => [c.importBatchId, c._count]));
  // A batch whose version no longer exists is left out, as a join would leave it.
  return batches
    .filter((b) => versionOf.has(b.versionId))
    .map((b) => ({
      id: b.id, fileName: b.fileName, wave: b.wave, version: versionOf.get(b.versionId)!, rowCount: b.rowCount,
      createdAt: b.createdAt, createdBy: users.find((u) => u.id === b.createdById)?.email ?? null,
      responses: countOf.get(b.id)?._all ?? 0, finished: countOf.get(b.id)?.finishedAt ?? 0,
    }));
}

/**
 * Undoes an import: deletes its responses (their answers and page visits with them), the version
 * made for it and the batch, in one transaction under the survey's import lock, and records it in
 * the audit log. The figures follow (the responses' change marker moves); a corrected import of
 * the same file can follow.
 */
export async function undoImport(slug: string, batchId: string, actorId: string | null): Promise<{ responses: number }> {
  return prisma().$transaction(async (tx) => {
    const survey = await tx.survey.findUnique({ where: { slug }, select: { id: true } });
    const batch = survey && (await tx.importBatch.findFirst({ where: { id: batchId, surveyId: survey.id } }));
    if (!survey || !batch) throw new ImportError("Deze import bestaat niet (meer).", 404);
    await tx.$queryRaw`SELECT 1 FROM survey WHERE id = ${survey.id}::uuid FOR UPDATE`;
    const { count } = await tx.response.deleteMany({ where: { importBatchId: batch.id } });
    // The version was made for this import; kept only if something else still uses it.
    if ((await tx.response.count({ where: { versionId: batch.versionId } })) === 0) {
      await tx.surveyVersion.deleteMany({ where: { id: batch.versionId, isImported: true } });
    }
    await tx.importBatch.delete({ where: { id: batch.id } });
    await recordAudit({
      action: "import.undone", actorId, surveyId: survey.id,
      details: { batchId: batch.id, fileName: batch.fileName, wave: batch.wave, responses: count },
    }, tx);
    return { responses: count };
  }, LONG_TRANSACTION_OPTIONS);
}
