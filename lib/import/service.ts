import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { pool } from "@/lib/db/client";
import { hashIp } from "@/lib/responses/ip";
import type { TSurveyDefinition } from "@/lib/survey/definition";
import { getActiveVersion } from "@/lib/survey/service";
import { convertRows, type TImportRecord, type TImportReport } from "./convert";
import { ImportError } from "./errors";
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

function group(t: TTarget): string {
  if (t.kind === "meta") return "Antwoordgegevens";
  if (t.page === "welcome" || t.page === "bg" || t.page === "choice" || t.page === "done") return "Achtergrond en verloop";
  return `Deel ${t.page.slice(1, 2)}: ${t.page.split("_")[1]}`;
}

function targetOptions(targets: TTarget[]): TTargetOption[] {
  return targets.map((t) => ({
    id: t.id, label: t.label, group: group(t),
    ...(t.kind === "single" ? { options: t.choice.options.map((o) => ({ code: o.code, label: o.label })) } : {}),
  }));
}

export async function analyseFile(slug: string, file: TUpload, options: Pick<TImportOptions, "flowMode" | "timeZone">): Promise<TAnalysis> {
  const { definition } = await surveyDefinition(slug);
  const table = await load(file);
  const targets = importTargets(definition);
  const mapping = suggestMapping(table, targets);
  const { report } = convertRows(definition, table, mapping, targets, options);
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

type TPrepared = { definition: TSurveyDefinition; surveyId: string; table: TTable; records: TImportRecord[]; report: TImportReport };

async function prepare(slug: string, file: TUpload, mapping: TImportMapping, options: TImportOptions): Promise<TPrepared> {
  const version = await surveyDefinition(slug);
  if (options.wave === version.wave) {
    throw new ImportError(`Wave “${options.wave}” is de wave van het lopende veldwerk. Kies een eigen wave voor de import, bijvoorbeeld 2020.`);
  }
  const table = await load(file);
  const targets = importTargets(version.definition);
  const { records, report } = convertRows(version.definition, table, mapping, targets, options);
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
  return { definition: version.definition, surveyId: version.surveyId, table, records, report };
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
  const { definition, surveyId, table, records, report } = await prepare(slug, file, mapping, options);
  if (report.errorCount > 0) {
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
    const importedDef: TSurveyDefinition = { ...definition, version, wave: options.wave, flowMode: options.flowMode };
    await client.query(
      `INSERT INTO survey_version (id, survey_id, version, definition, flow_mode, wave, is_active, is_imported)
       VALUES ($1, $2, $3, $4, $5, $6, false, true)`,
      [versionId, surveyId, version, JSON.stringify(importedDef), options.flowMode, options.wave],
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
    await insertResponses(client, { surveyId, versionId, batchId, options, source: table.layout === "surveymonkey" ? "surveymonkey" : "import" }, records, ipHashes);
    await client.query("COMMIT");
    return { batchId, versionId, version, wave: options.wave, rowCount: records.length, report };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

type TInsertContext = { surveyId: string; versionId: string; batchId: string; options: TImportOptions; source: string };

async function insertResponses(
  client: import("pg").PoolClient,
  ctx: TInsertContext,
  records: TImportRecord[],
  ipHashes: (string | null)[],
) {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  const ids = records.map(() => randomUUID());
  const col = <T,>(f: (r: TImportRecord, i: number) => T) => records.map(f);
  const importedAt = new Date();
  // Finished without any timestamp in the file: the import time is the best we know.
  const at = (r: TImportRecord) => r.endedAt ?? r.startedAt ?? importedAt;
  await client.query(
    `INSERT INTO response (id, survey_id, version_id, secret_hash, flow_mode, wave, source, ip_hash, display_order,
       current_page, function, province, sector, part_choice, extra_part, p1_activity, p2_activity,
       p1_finished_at, p2_finished_at, started_at, updated_at, finished_at, is_imported, external_id, import_batch_id)
     SELECT v.id, $1, $2, v.secret_hash, $3::"FlowMode", $4, $5, v.ip_hash, '{}'::jsonb,
       v.current_page, v.function, v.province, v.sector, v.part_choice, v.extra_part, v.p1_activity, v.p2_activity,
       v.p1_finished_at, v.p2_finished_at, COALESCE(v.started_at, v.updated_at, now()), COALESCE(v.updated_at, v.started_at, now()),
       v.finished_at, true, v.external_id, $6
     FROM unnest($7::uuid[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[],
       $16::text[], $17::text[], $18::timestamp(3)[], $19::timestamp(3)[], $20::timestamp(3)[], $21::timestamp(3)[],
       $22::timestamp(3)[], $23::text[])
       AS v(id, secret_hash, ip_hash, current_page, function, province, sector, part_choice, extra_part, p1_activity, p2_activity,
         p1_finished_at, p2_finished_at, started_at, updated_at, finished_at, external_id)`,
    [
      ctx.surveyId, ctx.versionId, ctx.options.flowMode, ctx.options.wave, ctx.source, ctx.batchId,
      ids,
      // A secret nobody holds: imported responses cannot be resumed or changed from a browser.
      col(() => createHash("sha256").update(randomBytes(32)).digest("hex")),
      ipHashes,
      col((r) => r.currentPage),
      col((r) => r.background.function),
      col((r) => r.background.province),
      col((r) => r.background.sector),
      col((r) => r.partChoice),
      col((r) => r.extraPart),
      col((r) => r.activities.p1 ?? null),
      col((r) => r.activities.p2 ?? null),
      col((r) => (r.partsFinished.includes("p1") ? iso(r.finishedAt.p1 ?? at(r)) : null)),
      col((r) => (r.partsFinished.includes("p2") ? iso(r.finishedAt.p2 ?? at(r)) : null)),
      col((r) => iso(r.startedAt)),
      col((r) => iso(r.endedAt)),
      col((r) => (r.isFinished ? iso(r.finishedAt.all ?? at(r)) : null)),
      col((r) => r.externalId),
    ],
  );
  // Answers go in chunks of column arrays (no per-answer copies: a full file has millions).
  const CHUNK = 20_000;
  let chunk = { ids: [] as string[], vars: [] as string[], pages: [] as string[], nums: [] as (number | null)[], texts: [] as (string | null)[] };
  const flush = async () => {
    if (chunk.ids.length === 0) return;
    await client.query(
      `INSERT INTO answer (response_id, variable, page_id, num, text)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::text[])`,
      [chunk.ids, chunk.vars, chunk.pages, chunk.nums, chunk.texts],
    );
    chunk = { ids: [], vars: [], pages: [], nums: [], texts: [] };
  };
  for (const [i, r] of records.entries()) {
    for (const a of r.answers) {
      chunk.ids.push(ids[i]), chunk.vars.push(a.variable), chunk.pages.push(a.pageId), chunk.nums.push(a.num), chunk.texts.push(a.text);
    }
    if (chunk.ids.length >= CHUNK) await flush();
  }
  await flush();
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
