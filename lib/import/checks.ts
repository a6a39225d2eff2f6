import { structure } from "@/lib/survey/engine/structure";
import type { TVersionDef } from "@/lib/survey/version/schema";
import type { TTable } from "./layout";
import { isPersonalColumn, isQuestionColumn, score, THRESHOLD, type TImportMapping } from "./mapping";
import { steeringQuestions } from "./steering";
import type { TTarget } from "./targets";

/**
 * Checks of a mapping as a whole, before any row is read: what a row-by-row check cannot see
 * because the rows agree with whatever the mapping left out.
 */
type TIssue = { column?: string; message: string };
type TMapped = Map<number, { t: TTarget }>;

const columnName = (table: TTable, index: number) => `${index + 1} (“${table.columns[index].label}”)`;

function ranges(indexes: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < indexes.length; i++) {
    let j = i;
    while (j + 1 < indexes.length && indexes[j + 1] === indexes[j] + 1) j++;
    out.push(i === j ? `${indexes[i] + 1}` : `${indexes[i] + 1}–${indexes[j] + 1}`);
    i = j;
  }
  return out.join(", ");
}

/**
 * A column with answers that is neither mapped nor marked "niet importeren": an error per
 * question (a SurveyMonkey question spans its option and item columns).
 */
export function unmappedQuestions(table: TTable, mapping: TImportMapping, mapped: TMapped, targets: TTarget[]): TIssue[] {
  const skipped = new Set(mapping.columns.filter((c) => c.skip).map((c) => c.index));
  const ids = new Set(targets.map((t) => t.id));
  const byQuestion = new Map<string, number[]>();
  for (const col of table.columns) {
    if (col.filled === 0 || mapped.has(col.index) || skipped.has(col.index) || !isQuestionColumn(table.layout, col, ids)) continue;
    const key = col.question || col.label;
    byQuestion.set(key, [...(byQuestion.get(key) ?? []), col.index]);
  }
  return [...byQuestion].map(([question, cols]) => ({
    column: cols.length === 1 ? table.columns[cols[0]].label : undefined,
    message:
      `Vraag “${question}”: ${cols.length === 1 ? "kolom" : `${cols.length} kolommen`} ${ranges(cols)} met antwoorden ` +
      `${cols.length === 1 ? "is" : "zijn"} niet gekoppeld. Koppel ${cols.length === 1 ? "hem" : "ze"}, of kies “niet importeren” als ${cols.length === 1 ? "hij" : "ze"} bewust buiten de import ${cols.length === 1 ? "blijft" : "blijven"}.`,
  }));
}

/**
 * A steering question (one that decides which statements, texts or questions others saw) left
 * out while answers that depend on it are imported: those answers would lose their meaning. An
 * error when the file has the question (a column named after it, or an unmapped column whose text
 * fits it); a warning when the file never had it (an older wave), as the imported version then
 * drops the dependency.
 */
export function unmappedSteering(def: TVersionDef, table: TTable, mapped: TMapped, targets: TTarget[]): { errors: TIssue[]; warnings: TIssue[] } {
  const s = structure(def);
  const ownerOf = (variable: string) => s.ownerOf.get(variable)?.id;
  const mappedElements = new Set([...mapped.values()].flatMap(({ t }) => (t.kind === "answer" ? [ownerOf(t.id)] : [])));
  const free = table.columns.filter((c) => !mapped.has(c.index) && c.filled > 0 && !isPersonalColumn(c));
  const out = { errors: [] as TIssue[], warnings: [] as TIssue[] };
  for (const [steering, dependents] of steeringQuestions(def)) {
    const own = targets.filter((t) => t.kind === "answer" && ownerOf(t.id) === steering);
    if (own.length === 0 || mappedElements.has(steering)) continue;
    const affected = [...new Set(dependents.filter((d) => mappedElements.has(d)))];
    if (affected.length === 0) continue;
    const inFile = free.filter((c) => own.some((t) => (table.layout === "wide" ? c.question === t.id : score(c, t) >= THRESHOLD)));
    const el = s.elements.get(steering)?.el;
    const text = el && "text" in el && typeof el.text === "string" ? `“${el.text}” ` : "";
    if (inFile.length) {
      out.errors.push({
        column: table.columns[inFile[0].index].label,
        message:
          `Vraag ${text}(${steering}) is niet gekoppeld, maar bepaalt wat respondenten bij ${affected.join(", ")} kregen. ` +
          `Koppel kolom ${inFile.map((c) => c.index + 1).join(", ")} aan ${steering}; zonder deze vraag zijn die antwoorden niet te duiden.`,
      });
    } else {
      out.warnings.push({
        message: `Het bestand heeft geen kolom voor vraag ${text}(${steering}); ${affected.join(", ")} ${affected.length === 1 ? "wordt" : "worden"} zonder die samenhang geïmporteerd.`,
      });
    }
  }
  return out;
}

/**
 * A column whose header text clearly names another target than the one it is mapped to, e.g.
 * two statement columns swapped: a warning naming both (an intended mapping, such as an older
 * label mapped by hand, fits no other target better, so it is not flagged).
 */
export function textMismatches(table: TTable, mapped: TMapped, targets: TTarget[]): TIssue[] {
  if (table.layout === "wide") return nameMismatches(table, mapped, targets);
  const answers = targets.filter((t) => t.kind === "answer");
  const columnOf = new Map([...mapped].map(([index, { t }]) => [t.id, index]));
  const issues: TIssue[] = [];
  const reported = new Set<number>();
  for (const [index, { t }] of mapped) {
    if (t.kind !== "answer" || reported.has(index)) continue;
    const col = table.columns[index];
    const own = score(col, t);
    let best: { t: TTarget; s: number } | undefined;
    for (const other of answers) {
      const s = other.id === t.id ? 0 : score(col, other);
      if (!best || s > best.s) best = { t: other, s };
    }
    if (!best || best.s < 0.8) continue;
    const otherIndex = columnOf.get(best.t.id);
    const other = otherIndex === undefined ? undefined : table.columns[otherIndex];
    // Swapped: each column's text fits the other's target better than its own.
    const isSwap = other !== undefined && best.s - own > 0.05 && score(other, t) - score(other, best.t) > 0.05;
    if (isSwap) {
      reported.add(otherIndex!);
      issues.push({
        column: col.label,
        message: `Kolommen ${columnName(table, index)} en ${columnName(table, otherIndex!)} lijken verwisseld: kolom ${index + 1} is gekoppeld aan ${t.id}, maar zijn tekst past bij ${best.t.id}; kolom ${otherIndex! + 1} omgekeerd.`,
      });
    } else if (best.s - own >= 0.25) {
      issues.push({
        column: col.label,
        message: `Kolom ${columnName(table, index)} is gekoppeld aan ${t.id} (“${t.sub || t.question}”), maar zijn tekst past bij ${best.t.id} (“${best.t.sub || best.t.question}”)${otherIndex !== undefined ? `, gekoppeld aan kolom ${columnName(table, otherIndex)}` : ""}.`,
      });
    }
  }
  return issues;
}

/** Our own export names each column after its variable: a column mapped to another variable is named. */
function nameMismatches(table: TTable, mapped: TMapped, targets: TTarget[]): TIssue[] {
  const ids = new Set(targets.filter((t) => t.kind === "answer").map((t) => t.id));
  const columnOf = new Map([...mapped].map(([index, { t }]) => [t.id, index]));
  const issues: TIssue[] = [];
  for (const [index, { t }] of mapped) {
    const name = table.columns[index].question;
    if (t.kind !== "answer" || !ids.has(name) || name === t.id) continue;
    const other = columnOf.get(name);
    issues.push({
      column: name,
      message: `Kolom ${columnName(table, index)} is gekoppeld aan ${t.id}, maar heet naar ${name}${other !== undefined ? `, dat aan kolom ${columnName(table, other)} gekoppeld is` : ""}.`,
    });
  }
  return issues;
}
