import "server-only";
import { randomUUID } from "node:crypto";
import { pool } from "@/lib/db/client";
import { insertImported, type TImportedResponse } from "@/lib/responses/imported";
import { hashIp } from "@/lib/responses/ip";
import { getActiveVersion } from "@/lib/survey/service";
import type { TVersionDef } from "@/lib/survey/version/schema";
import { convertRows, type TImportRecord, type TImportReport } from "./convert";
import { ImportError } from "./errors";
import { importHints } from "./hints";
import { toTable, type TTable } from "./layout";
import { distinctValues, suggestMapping, type TImportMapping } from "./mapping";
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
export type TColumnInfo = { index: number; label: string; question: string; sub: string; filled: number; samples: string[] };
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
  return {
    fileName: file.name,
    layout: table.layout,
    columns: table.columns.map((c) => ({
      index: c.index, label: c.label, question: c.question, sub: c.sub, filled: c.filled,
      samples: distinctValues(table, c.index, 100),
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
  const { rows } = await pool().query<{ external_id: string; wave: string }>(
    `SELECT external_id, wave FROM response WHERE survey_id = $1 AND is_imported AND external_id = ANY($2::text[])`,
    [version.surveyId, ids],
  );
  for (const r of rows) {
    const rec = records.find((x) => x.externalId === r.external_id);
    report.errors.push({ row: rec?.rowNumber, value: r.external_id, message: `Respondent-ID is al geïmporteerd (wave ${r.wave}).` });
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
  const client = await pool().connect();
  try {
    await client.query("BEGIN");
    // One import at a time per survey: the version number is "next free".
    const { rows: locked } = await client.query<{ is_hashing_closed: boolean }>(
      `SELECT ip_hashing_closed_at IS NOT NULL AS is_hashing_closed FROM survey WHERE id = $1 FOR UPDATE`,
      [surveyId],
    );
    // A survey whose IP hashing was closed (lib/responses/ip-hashing.ts) gets no new hashes.
    if (locked[0]?.is_hashing_closed) ipHashes.fill(null);
    const { rows } = await client.query<{ next: number }>(
      `SELECT COALESCE(MAX(version), 0) + 1 AS next FROM survey_version WHERE survey_id = $1`,
      [surveyId],
    );
    const version = rows[0].next;
    const versionId = randomUUID();
    const batchId = randomUUID();
    const definition: TVersionDef = { ...imported, version, wave: options.wave };
    await client.query(
      `INSERT INTO survey_version (id, survey_id, version, definition, flow_mode, wave, is_active, is_imported)
       VALUES ($1, $2, $3, $4, $5, $6, false, true)`,
      [versionId, surveyId, version, JSON.stringify(definition), options.flowMode, options.wave],
    );
    const storedMapping = {
      layout: table.layout,
      options,
      columns: mapping.columns
        .filter((c) => c.target !== null)
        .map((c) => ({ ...c, label: table.columns[c.index]?.label })),
    };
    await client.query(
      `INSERT INTO import_batch (id, survey_id, version_id, file_name, wave, row_count, mapping, created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [batchId, surveyId, versionId, file.name.slice(0, 255), options.wave, records.length, JSON.stringify(storedMapping), userId],
    );
    const source = table.layout === "surveymonkey" ? "surveymonkey" : "import";
    await insertImported(client, { surveyId, versionId, batchId, flowMode: options.flowMode, wave: options.wave, source }, toResponses(records, ipHashes));
    await client.query("COMMIT");
    return { batchId, versionId, version, wave: options.wave, rowCount: records.length, report };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
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
  id: string; fileName: string; wave: string; version: number; rowCount: number; responses: number; finished: number; createdAt: string;
};

/** Earlier imports of a survey, newest first, with what is stored of them now. */
export async function listImports(slug: string): Promise<TImportSummary[]> {
  const { rows } = await pool().query<TImportSummary>(
    `SELECT b.id, b.file_name AS "fileName", b.wave, v.version, b.row_count AS "rowCount",
       to_char(b.created_at, 'YYYY-MM-DD HH24:MI') AS "createdAt",
       (SELECT count(*)::int FROM response r WHERE r.import_batch_id = b.id) AS responses,
       (SELECT count(*)::int FROM response r WHERE r.import_batch_id = b.id AND r.finished_at IS NOT NULL) AS finished
     FROM import_batch b JOIN survey s ON s.id = b.survey_id JOIN survey_version v ON v.id = b.version_id
     WHERE s.slug = $1 ORDER BY b.created_at DESC`,
    [slug],
  );
  return rows;
}
