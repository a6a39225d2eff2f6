import { isIP } from "node:net";
import type { TValue } from "@/lib/survey/elements/types";
import { structure } from "@/lib/survey/engine/structure";
import type { TFlowMode, TVersionDef } from "@/lib/survey/version/schema";
import { dimsOf } from "@/lib/responses/save";
import { convertCell, SKIP } from "./cells";
import { textMismatches, unmappedQuestions, unmappedSteering } from "./checks";
import { parseTimestamp } from "./dates";
import { ImportError } from "./errors";
import type { TImportHints } from "./hints";
import type { TTable } from "./layout";
import { isGenericSub, isPersonalColumn, type TImportMapping } from "./mapping";
import { replay } from "./replay";
import type { TAnswerTarget, TMetaTarget, TTarget } from "./targets";
import { importedVersion } from "./version";

/**
 * Applies a mapping to the file's rows: the file's own version is built from what the mapping
 * fills (lib/import/version.ts), every cell is converted to the value a live response would have
 * stored, and every row goes through the flow engine against that version (lib/import/replay.ts).
 * Every problem is reported with its row number. Pure: the dry run and the import share it, so
 * the import writes exactly what the dry run showed.
 */
export type TImportAnswer = { variable: string; pageId: string; num: number | null; text: string | null };
export type TImportRecord = {
  rowNumber: number;
  externalId: string | null;
  startedAt: Date | null;
  endedAt: Date | null;
  /** Finish times the file gives (our own export); otherwise the end date stands in. */
  finishedAt: Date | null;
  partFinishedAt: Record<string, Date>;
  ip: string | null;
  answers: TImportAnswer[];
  /** Every single-choice answer: what results filter and group on. */
  dims: Record<string, string>;
  partsFinished: string[];
  isFinished: boolean;
  currentPage: string;
};
export type TIssue = { row?: number; column?: string; value?: string; message: string };
export type TImportReport = {
  layout: TTable["layout"];
  rowCount: number;
  completeCount: number;
  partialCount: number;
  mappedColumns: number;
  /** Columns not imported: personal data, marked "niet importeren" by the researcher, or left unmapped. */
  unmappedColumns: { index: number; label: string; filled: number; isPersonal: boolean; isSkipped: boolean }[];
  /** Variables with at least one value, and how many rows have one. */
  variables: { variable: string; count: number }[];
  errors: TIssue[];
  errorCount: number;
  warnings: TIssue[];
  warningCount: number;
};
export type TConvertOptions = { flowMode: TFlowMode; timeZone?: string; wave?: string; hints?: TImportHints };

const MAX_LISTED = 200;
const MAX_NAMED = 6;

type TMeta = Partial<Record<"started_at" | "ended_at" | "finished_at", Date>> & {
  external_id?: string;
  ip?: string;
  parts: Record<string, Date>;
};
type TColumnTarget = { t: TTarget; values?: Record<string, string> };

function columnTargets(table: TTable, mapping: TImportMapping, targets: TTarget[]): Map<number, TColumnTarget> {
  const byId = new Map(targets.map((t) => [t.id, t]));
  const colMap = new Map<number, TColumnTarget>();
  for (const c of mapping.columns) {
    if (c.target === null) continue;
    const col = table.columns[c.index];
    if (!col) throw new ImportError(`De koppeling noemt kolom ${c.index + 1}, maar het bestand heeft er ${table.columns.length}.`);
    const t = byId.get(c.target);
    if (!t) throw new ImportError(`Onbekend doel “${c.target}” voor kolom ${c.index + 1} (${col.label}).`);
    if (isPersonalColumn(col)) throw new ImportError(`Kolom “${col.label}” bevat persoonsgegevens en wordt nooit geïmporteerd.`);
    colMap.set(c.index, { t, values: c.values });
  }
  return colMap;
}

/** Two columns mapped to one target would silently keep one of them: an error that names both. */
function doubleTargets(table: TTable, colMap: Map<number, TColumnTarget>): TIssue[] {
  const columnsOf = new Map<string, number[]>();
  for (const [index, { t }] of colMap) columnsOf.set(t.id, [...(columnsOf.get(t.id) ?? []), index]);
  return [...columnsOf.entries()]
    .filter(([, cols]) => cols.length > 1)
    .map(([target, cols]) => ({
      message: `Kolommen ${cols.map((i) => `${i + 1} (${table.columns[i].label})`).join(" en ")} zijn aan hetzelfde doel “${target}” gekoppeld; koppel er één en zet de andere op niet importeren.`,
    }));
}

/** The mapped columns by variable, with their header texts (a SurveyMonkey export has texts; our wide export only names). */
function fileOf(table: TTable, colMap: Map<number, TColumnTarget>) {
  const columnOf = new Map<string, number>();
  for (const [index, { t }] of colMap) if (t.kind === "answer" && !columnOf.has(t.id)) columnOf.set(t.id, index);
  const hasTexts = table.layout === "surveymonkey";
  const col = (v: string) => (hasTexts && columnOf.has(v) ? table.columns[columnOf.get(v)!] : undefined);
  return {
    has: (v: string) => columnOf.has(v),
    question: (v: string) => col(v)?.question || undefined,
    sub: (v: string) => {
      const sub = col(v)?.sub;
      return sub && !isGenericSub(sub) ? sub : undefined;
    },
  };
}

export function convertRows(
  def: TVersionDef,
  table: TTable,
  mapping: TImportMapping,
  targets: TTarget[],
  options: TConvertOptions,
): { records: TImportRecord[]; report: TImportReport; version: TVersionDef | undefined } {
  const colMap = columnTargets(table, mapping, targets);
  const hints = options.hints ?? { pipes: {} };
  const steering = unmappedSteering(def, table, colMap, targets);
  const errors: TIssue[] = [...doubleTargets(table, colMap), ...unmappedQuestions(table, mapping, colMap, targets), ...steering.errors];
  const warnings: TIssue[] = [...steering.warnings, ...textMismatches(table, colMap, targets)];
  let version: TVersionDef;
  try {
    // The version number is the next free one, known only when the import is stored.
    version = importedVersion(def, fileOf(table, colMap), { version: 1, wave: options.wave ?? def.wave, flowMode: options.flowMode, hints });
  } catch (error) {
    // Nothing usable mapped yet (a first suggestion may map nothing): a report, not a failure.
    if (!(error instanceof ImportError)) throw error;
    errors.push({ message: error.message });
    return { records: [], report: report(table, mapping, colMap, [], errors, warnings, new Map(), new Map()), version: undefined };
  }
  const counts = new Map<string, number>();
  const seenIds = new Map<string, number>();
  const records: TImportRecord[] = [];

  for (const row of table.rows) {
    const values: Record<string, TValue> = {};
    const meta: TMeta = { parts: {} };
    let hadCellError = false;
    const err = (column: string, value: string, message: string) => {
      hadCellError = true;
      errors.push({ row: row.rowNumber, column, value, message });
    };

    for (const [index, { t, values: valueMap }] of colMap) {
      const raw = row.cells[index] ?? "";
      if (raw === "") continue;
      const column = table.columns[index].label;
      if (t.kind === "meta") {
        readMeta(t, raw, meta, options.timeZone, (message) => err(column, raw, message));
        continue;
      }
      const converted = convertCell(t, valueMap, raw);
      if ("error" in converted) {
        err(column, raw, converted.error);
        continue;
      }
      if (converted.value === SKIP) continue;
      const prev = values[t.id];
      if (prev !== undefined && prev !== converted.value) {
        err(column, raw, `Twee kolommen geven “${t.id}” verschillende waarden (${prev} en ${converted.value}).`);
        continue;
      }
      values[t.id] = converted.value;
    }
    impliedAnswers(colMap, values);
    inferParts(version, values);

    if (meta.external_id) {
      const first = seenIds.get(meta.external_id);
      if (first) errors.push({ row: row.rowNumber, value: meta.external_id, message: `Respondent-ID komt ook voor in rij ${first}.` });
      else seenIds.set(meta.external_id, row.rowNumber);
    }
    if (meta.started_at && meta.ended_at && meta.ended_at < meta.started_at) {
      warnings.push({ row: row.rowNumber, message: "De einddatum ligt vóór de startdatum." });
    }
    const done = replay(version, values);
    // A refused page after a bad cell is that cell's consequence: the cell's error says it.
    if (done.problem && !hadCellError) errors.push({ row: row.rowNumber, message: `Pagina “${done.problem.page}”: ${done.problem.message}` });
    if (done.dropped.length) {
      const named = done.dropped.slice(0, MAX_NAMED).join(", ") + (done.dropped.length > MAX_NAMED ? ", …" : "");
      warnings.push({ row: row.rowNumber, message: `${done.dropped.length} antwoord(en) niet van toepassing in dit verloop, niet geïmporteerd: ${named}.` });
    }
    const answers = Object.entries(done.answers).map(([variable, v]) => ({
      variable, pageId: done.pageOf.get(variable)!, num: typeof v === "number" ? v : null, text: typeof v === "string" ? v : null,
    }));
    for (const a of answers) counts.set(a.variable, (counts.get(a.variable) ?? 0) + 1);
    records.push({
      rowNumber: row.rowNumber,
      externalId: meta.external_id ?? null,
      startedAt: meta.started_at ?? null,
      endedAt: meta.ended_at ?? null,
      finishedAt: meta.finished_at ?? null,
      partFinishedAt: meta.parts,
      ip: meta.ip ?? null,
      answers,
      dims: dimsOf(version, done.answers),
      partsFinished: done.partsFinished,
      isFinished: done.isFinished,
      currentPage: done.currentPage,
    });
  }

  const order = new Map(structure(version).variables.map((v, i) => [v.name, i]));
  return { records, version, report: report(table, mapping, colMap, records, errors, warnings, counts, order) };
}

function report(
  table: TTable,
  mapping: TImportMapping,
  colMap: Map<number, TColumnTarget>,
  records: TImportRecord[],
  errors: TIssue[],
  warnings: TIssue[],
  counts: Map<string, number>,
  order: Map<string, number>,
): TImportReport {
  const complete = records.filter((r) => r.isFinished).length;
  const skipped = new Set(mapping.columns.filter((c) => c.skip).map((c) => c.index));
  return {
    layout: table.layout,
    rowCount: records.length,
    completeCount: complete,
    partialCount: records.length - complete,
    mappedColumns: colMap.size,
    unmappedColumns: table.columns
      .filter((c) => !colMap.has(c.index))
      .map((c) => ({ index: c.index, label: c.label, filled: c.filled, isPersonal: isPersonalColumn(c), isSkipped: skipped.has(c.index) })),
    variables: [...counts]
      .map(([variable, count]) => ({ variable, count }))
      .sort((a, b) => (order.get(a.variable) ?? 0) - (order.get(b.variable) ?? 0)),
    errors: errors.slice(0, MAX_LISTED),
    errorCount: errors.length,
    warnings: warnings.slice(0, MAX_LISTED),
    warningCount: warnings.length,
  };
}

function readMeta(t: TMetaTarget, raw: string, meta: TMeta, timeZone: string | undefined, error: (message: string) => void) {
  if (t.field === "external_id") meta.external_id = raw;
  else if (t.field === "ip") {
    if (isIP(raw)) meta.ip = raw;
    else error("Geen geldig IP-adres.");
  } else {
    // Wall-clock times: our own export writes the survey's zone, SurveyMonkey the account's.
    const at = parseTimestamp(raw, timeZone);
    if (!at) error("Onbekende datum/tijd (verwacht bv. 01/15/2020 10:32:11 AM of 2020-01-15 10:32:11).");
    else if (t.field === "part_finished_at") meta.parts[t.part!] = at;
    else meta[t.field] = at;
  }
}

/** An "anders, namelijk" text without its choice (SurveyMonkey leaves the choice empty): the choice is "anders". */
function impliedAnswers(colMap: Map<number, TColumnTarget>, values: Record<string, TValue>) {
  for (const { t } of colMap.values()) {
    const implies = (t as TAnswerTarget).implies;
    if (implies && typeof values[t.id] === "string" && values[implies.variable] === undefined) values[implies.variable] = implies.value;
  }
}

/**
 * Choice mode without a part-choice column: the first part with answers is the chosen one and a
 * second the extra part; a file of a one-part version (a wave without the choice) chose that part.
 */
function inferParts(def: TVersionDef, values: Record<string, TValue>) {
  const parts = def.parts;
  if (parts?.mode !== "choice" || Object.keys(values).length === 0) return;
  const s = structure(def);
  const hasAnswers = (id: string) =>
    (s.partPages.get(id) ?? []).some((p) => p.elements.some((el) => (s.variablesOf.get(el.id) ?? []).some((v) => values[v] !== undefined)));
  const answered = parts.items.map((p) => p.id).filter(hasAnswers);
  const choice = parts.choice.variable;
  if (values[choice] === undefined) {
    const chosen = parts.items.length === 1 ? parts.items[0].id : answered[0];
    if (chosen) values[choice] = chosen;
  }
  const extra = answered.find((p) => p !== values[choice]);
  if (values[parts.extra.variable] === undefined && extra) values[parts.extra.variable] = extra;
}
