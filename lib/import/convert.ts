import { isIP } from "node:net";
import type { TFlowMode, TPartId, TSurveyDefinition } from "@/lib/survey/definition";
import { flowPages, requiredParts, type TPageId } from "@/lib/survey/flow";
import { variableNames } from "@/lib/survey/model";
import { parseTimestamp } from "./dates";
import { ImportError } from "./errors";
import type { TTable } from "./layout";
import { isPersonalColumn, type TImportMapping } from "./mapping";
import { convertCell, SKIP } from "./cells";
import type { TTarget } from "./targets";

/**
 * Applies a mapping to the file's rows: every cell is converted to the value a live response
 * would have stored, and every problem is reported with its row number. Pure: the dry run and
 * the import share it, so the import writes exactly what the dry run showed.
 */
export type TImportAnswer = { variable: string; pageId: TPageId; num: number | null; text: string | null };
export type TImportRecord = {
  rowNumber: number;
  externalId: string | null;
  startedAt: Date | null;
  endedAt: Date | null;
  /** Finish times from our own export; SurveyMonkey files leave them to the end date. */
  finishedAt: { all: Date | null; p1: Date | null; p2: Date | null };
  ip: string | null;
  answers: TImportAnswer[];
  partChoice: TPartId | null;
  extraPart: TPartId | null;
  activities: Partial<Record<TPartId, string>>;
  background: { function: string | null; province: string | null; sector: string | null };
  partsFinished: TPartId[];
  isFinished: boolean;
  currentPage: TPageId;
};
export type TIssue = { row?: number; column?: string; value?: string; message: string };
export type TImportReport = {
  layout: TTable["layout"];
  rowCount: number;
  completeCount: number;
  partialCount: number;
  mappedColumns: number;
  unmappedColumns: { index: number; label: string; filled: number; isPersonal: boolean }[];
  /** Variables with at least one value, and how many rows have one. */
  variables: { variable: string; count: number }[];
  errors: TIssue[];
  errorCount: number;
  warnings: TIssue[];
  warningCount: number;
};
export type TConvertOptions = { flowMode: TFlowMode; timeZone?: string };

const MAX_LISTED = 200;


type TMeta = Partial<Record<"started_at" | "ended_at" | "finished_at" | "p1_finished_at" | "p2_finished_at", Date>> & {
  external_id?: string;
  ip?: string;
};
type TRowValues = Map<string, { num: number | null; text: string | null }>;

export function convertRows(
  def: TSurveyDefinition,
  table: TTable,
  mapping: TImportMapping,
  targets: TTarget[],
  options: TConvertOptions,
): { records: TImportRecord[]; report: TImportReport } {
  const byId = new Map(targets.map((t) => [t.id, t]));
  const colMap = new Map<number, { t: TTarget; values?: Record<string, string> }>();
  for (const c of mapping.columns) {
    if (c.target === null) continue;
    const col = table.columns[c.index];
    if (!col) throw new ImportError(`De koppeling noemt kolom ${c.index + 1}, maar het bestand heeft er ${table.columns.length}.`);
    const t = byId.get(c.target);
    if (!t) throw new ImportError(`Onbekend doel “${c.target}” voor kolom ${c.index + 1} (${col.label}).`);
    if (isPersonalColumn(col)) throw new ImportError(`Kolom “${col.label}” bevat persoonsgegevens en wordt nooit geïmporteerd.`);
    colMap.set(c.index, { t, values: c.values });
  }
  const errors: TIssue[] = [];
  const warnings: TIssue[] = [];
  const counts = new Map<string, number>();
  const seenIds = new Map<string, number>();
  const records: TImportRecord[] = [];
  // A file of a one-part questionnaire (the 2020 wave: part 1 only) answers that part only.
  const mappedTargets = [...colMap.values()].map((c) => c.t);
  const mappedParts = def.parts.map((p) => p.id).filter((id) => mappedTargets.some((t) => t.kind !== "meta" && t.page.startsWith(`${id}_`)));
  const defaultPart = !byIdMapped(mappedTargets, "part_choice") && mappedParts.length === 1 ? mappedParts[0] : null;

  for (const row of table.rows) {
    const values: TRowValues = new Map();
    const meta: TMeta = {};
    const err = (column: string, value: string, message: string) => errors.push({ row: row.rowNumber, column, value, message });

    for (const [index, { t, values: valueMap }] of colMap) {
      const raw = row.cells[index] ?? "";
      if (raw === "") continue;
      const column = table.columns[index].label;
      if (t.kind === "meta") {
        if (t.field === "external_id") meta.external_id = raw;
        else if (t.field === "ip") {
          if (isIP(raw)) meta.ip = raw;
          else err(column, raw, "Geen geldig IP-adres.");
        } else {
          // Our own export writes UTC; SurveyMonkey the account's wall-clock time.
          const at = parseTimestamp(raw, table.layout === "wide" ? "UTC" : options.timeZone);
          if (at) meta[t.field] = at;
          else err(column, raw, "Onbekende datum/tijd (verwacht bv. 01/15/2020 10:32:11 AM of 2020-01-15 10:32:11).");
        }
        continue;
      }
      const converted = convertCell(t, valueMap, raw);
      if (converted === SKIP) continue;
      if (typeof converted === "string") {
        err(column, raw, converted);
        continue;
      }
      const value = converted;
      const prev = values.get(t.id);
      if (prev && (prev.num !== value.num || prev.text !== value.text)) {
        err(column, raw, `Twee kolommen geven “${t.id}” verschillende waarden (${prev.num ?? prev.text} en ${value.num ?? value.text}).`);
        continue;
      }
      values.set(t.id, value);
    }

    deriveOtherChoices(def, values);
    if (meta.external_id) {
      const first = seenIds.get(meta.external_id);
      if (first) errors.push({ row: row.rowNumber, value: meta.external_id, message: `Respondent-ID komt ook voor in rij ${first}.` });
      else seenIds.set(meta.external_id, row.rowNumber);
    }
    if (meta.started_at && meta.ended_at && meta.ended_at < meta.started_at) {
      warnings.push({ row: row.rowNumber, message: "De einddatum ligt vóór de startdatum." });
    }
    const record = buildRecord(def, row.rowNumber, values, meta, byId, options.flowMode, warnings, defaultPart);
    for (const a of record.answers) counts.set(a.variable, (counts.get(a.variable) ?? 0) + 1);
    records.push(record);
  }

  const complete = records.filter((r) => r.isFinished).length;
  const variableOrder = targets.map((t) => t.id);
  return {
    records,
    report: {
      layout: table.layout,
      rowCount: records.length,
      completeCount: complete,
      partialCount: records.length - complete,
      mappedColumns: colMap.size,
      unmappedColumns: table.columns
        .filter((c) => !colMap.has(c.index))
        .map((c) => ({ index: c.index, label: c.label, filled: c.filled, isPersonal: isPersonalColumn(c) })),
      variables: [...counts].map(([variable, count]) => ({ variable, count }))
        .sort((a, b) => variableOrder.indexOf(a.variable) - variableOrder.indexOf(b.variable)),
      errors: errors.slice(0, MAX_LISTED),
      errorCount: errors.length,
      warnings: warnings.slice(0, MAX_LISTED),
      warningCount: warnings.length,
    },
  };
}

const byIdMapped = (targets: TTarget[], id: string) => targets.some((t) => t.id === id);

/** SurveyMonkey leaves the choice empty when "Other (please specify)" was used: that is "anders". */
function deriveOtherChoices(def: TSurveyDefinition, values: TRowValues) {
  for (const q of [...def.background, ...def.parts.map((p) => p.activity)]) {
    const other = q.options.find((o) => o.isOther);
    if (other && q.otherTextId && values.get(q.otherTextId)?.text && !values.has(q.id)) {
      values.set(q.id, { num: null, text: other.code });
    }
  }
  for (const p of def.parts) {
    const other = p.other.options.find((o) => o.isOther);
    if (other && p.other.otherTextId && values.get(p.other.otherTextId)?.text) {
      values.set(variableNames.other(p.other.id, other.code), { num: 1, text: null });
    }
  }
}

function buildRecord(
  def: TSurveyDefinition,
  rowNumber: number,
  values: TRowValues,
  meta: TMeta,
  byId: Map<string, TTarget>,
  flowMode: TFlowMode,
  warnings: TIssue[],
  defaultPart: TPartId | null,
): TImportRecord {
  const answers: TImportAnswer[] = [];
  for (const [variable, v] of values) {
    const t = byId.get(variable)!;
    if (t.kind === "meta") continue;
    answers.push({ variable, pageId: t.page, ...v });
  }
  const text = (id: string) => values.get(id)?.text ?? null;
  const activities: Partial<Record<TPartId, string>> = {};
  for (const p of def.parts) {
    const a = text(p.activity.id);
    if (a) activities[p.id] = a;
  }
  const answeredParts = def.parts.map((p) => p.id).filter((id) => answers.some((a) => a.pageId.startsWith(`${id}_`)));
  let partChoice = text("part_choice") as TPartId | null;
  let extraPart = text("extra_part") as TPartId | null;
  if (flowMode === "choice" && !partChoice && (answeredParts.length || defaultPart)) {
    partChoice = defaultPart ?? answeredParts[0];
    extraPart ??= answeredParts.find((p) => p !== partChoice) ?? null;
  }
  if (flowMode === "sequential") extraPart = null;

  for (const p of def.parts) {
    const activity = activities[p.id];
    const wrong = answers.filter((a) => a.pageId === `${p.id}_factors` && activity && !a.variable.startsWith(`${p.id}_factor_${activity}_`));
    if (wrong.length) {
      warnings.push({ row: rowNumber, message: `${wrong.length} factorwaarde(n) horen bij een andere activiteit dan “${activity}”.` });
    }
    const exclusive = p.other.options.filter((o) => o.isExclusive).map((o) => variableNames.other(p.other.id, o.code));
    const chosen = answers.filter((a) => a.pageId === `${p.id}_other` && a.num === 1);
    if (chosen.length > 1 && chosen.some((a) => exclusive.includes(a.variable))) {
      warnings.push({ row: rowNumber, message: `${p.id}: “geen andere activiteiten” samen met andere activiteiten gekozen.` });
    }
    const top5 = answers.filter((a) => a.pageId === `${p.id}_top5`).length;
    if (top5 > 0 && top5 !== p.top5.count) {
      warnings.push({ row: rowNumber, message: `${p.id}: ${top5} competenties in de top ${p.top5.count} (verwacht precies ${p.top5.count}).` });
    }
  }

  const state = { partChoice: partChoice ?? undefined, extraPart: extraPart ?? undefined };
  // A part counts as finished when its last page (other activities) was answered, as live.
  const partsFinished = def.parts.map((p) => p.id).filter((id) => answers.some((a) => a.pageId === `${id}_other`));
  const required = requiredParts(def, flowMode, state);
  const isFinished = required.length > 0 && required.every((p) => partsFinished.includes(p));
  const pages = flowPages(def, flowMode, state);
  const answered = new Set(answers.map((a) => a.pageId));
  const bgDone = answered.has("bg");
  // A known part is a made choice; the choice page itself came after the background page.
  if (partChoice && bgDone) answered.add("choice");
  const last = pages.reduce((at, page, i) => (answered.has(page) ? i : at), -1);
  const currentPage: TPageId = isFinished ? "done" : pages[Math.min(last + 1, pages.length - 1)];
  return {
    rowNumber,
    externalId: meta.external_id ?? null,
    startedAt: meta.started_at ?? null,
    endedAt: meta.ended_at ?? null,
    finishedAt: { all: meta.finished_at ?? null, p1: meta.p1_finished_at ?? null, p2: meta.p2_finished_at ?? null },
    ip: meta.ip ?? null,
    answers,
    partChoice,
    extraPart,
    activities,
    background: { function: text("bg_function"), province: text("bg_province"), sector: text("bg_sector") },
    partsFinished,
    isFinished,
    currentPage,
  };
}

