import { z } from "zod";
import type { TColumn, TTable } from "./layout";
import type { TTarget } from "./targets";
import { normalize, shortFormFit, similarity, textFit } from "./text";

/**
 * Column → target mapping: suggested by matching texts, then edited by the researcher.
 * `values` maps a file's answer label to an option code for single-choice targets. `skip` is the
 * researcher's explicit "niet importeren": a column with answers and neither a target nor `skip`
 * is an error in the dry run, so nothing is left out by oversight.
 */
export const ZColumnMapping = z
  .strictObject({
    index: z.number().int().min(0).max(10_000),
    target: z.string().max(120).nullable(),
    skip: z.literal(true).optional(),
    values: z.record(z.string().max(2000), z.string().max(120)).optional(),
  })
  .refine((c) => !(c.skip && c.target !== null), { message: "Een kolom is óf gekoppeld óf “niet importeren”, niet beide." });
export const ZImportMapping = z.strictObject({ columns: z.array(ZColumnMapping).max(10_000) });
export type TImportMapping = z.infer<typeof ZImportMapping>;

/** Second-row texts that name no option or item: the question's only column, or its "other" text. */
const RESPONSE_SUBS = new Set(["", "response", "open ended response", "antwoord", "open antwoord"]);
/** "Other (please specify)", "Anders (graag specificeren)", "Anders, namelijk", "Overig": an other-option's text. */
const isOtherSub = (sub: string) => /^(other|anders|overig|overige)\b/.test(normalize(sub));
const isResponseSub = (sub: string) => RESPONSE_SUBS.has(normalize(sub));
export const isGenericSub = (sub: string) => isResponseSub(sub) || isOtherSub(sub);
/**
 * Columns that hold personal data (SurveyMonkey writes the first ones always; the others are how
 * another tool or an edited file names them): never imported, whatever the layout or second row.
 */
const PERSONAL = new Set([
  "collector id", "email address", "email", "e mail", "e mail address", "e mailadres", "emailadres",
  "first name", "last name", "name", "voornaam", "achternaam", "naam", "custom data",
]);
export const THRESHOLD = 0.62;

export function isPersonalColumn(col: Pick<TColumn, "question">): boolean {
  const name = normalize(col.question);
  return PERSONAL.has(name) || /^custom data \d+$/.test(name);
}

/**
 * A column holding answers to a question: in a SurveyMonkey export every question column has a
 * second-row text ("Response", an option, an item), the respondent fields have none; in our own
 * export a question column is named after a variable of the questionnaire.
 */
export function isQuestionColumn(layout: TTable["layout"], col: TColumn, targetIds: Set<string>): boolean {
  if (isPersonalColumn(col)) return false;
  return layout === "surveymonkey" ? col.sub !== "" : targetIds.has(col.question) && !col.question.startsWith("_");
}

/** How well a column fits a target, 0..1. */
export function score(col: TColumn, t: TTarget): number {
  if (t.kind === "meta") return col.sub ? 0 : similarity(col.question, t.question) >= 0.95 ? 1 : 0;
  if (t.implies) return isOtherSub(col.sub) ? textFit(col.question, t.question) : 0;
  if (!t.sub) return isResponseSub(col.sub) ? textFit(col.question, t.question) : 0;
  if (isOtherSub(col.sub)) return 0;
  // SurveyMonkey's per-statement layout: each statement a question of its own, "Response" below.
  if (isResponseSub(col.sub)) return col.sub ? statementFit(col.question, t.sub) : 0;
  const subScore = textFit(col.sub, t.sub);
  if (subScore < THRESHOLD) return 0;
  return 0.65 * subScore + 0.35 * similarity(col.question, t.question);
}

/** A statement asked as its own question: its text alone, or the battery's text followed by it. */
function statementFit(question: string, statement: string): number {
  const q = normalize(question);
  const st = normalize(statement);
  if (st && q.length > st.length && q.endsWith(` ${st}`)) return 0.95;
  return textFit(question, statement);
}

function labelValues(values: string[], t: TTarget): Record<string, string> | undefined {
  if (t.kind !== "answer" || t.value !== "code") return undefined;
  const options = t.options ?? [];
  const out: Record<string, string> = {};
  for (const v of values) {
    if (options.some((o) => o.code === v) || /^\d+$/.test(v)) continue;
    let best: { code: string; s: number } | undefined;
    for (const o of options) {
      const s = similarity(v, o.label);
      if (!best || s > best.s) best = { code: o.code, s };
    }
    if (best && best.s >= 0.8) out[v] = best.code;
    else {
      // An older, shorter label: matched only when it fits exactly one option.
      const fits = options.filter((o) => shortFormFit(v, o.label) > 0);
      if (fits.length === 1) out[v] = fits[0].code;
    }
  }
  return out;
}

/** Distinct non-empty values of a column (for value mapping), capped. */
export function distinctValues(table: TTable, index: number, cap = 50): string[] {
  const seen = new Set<string>();
  for (const r of table.rows) {
    const v = r.cells[index];
    if (v) seen.add(v);
    if (seen.size >= cap) break;
  }
  return [...seen];
}

/**
 * Suggests a target per column: our own wide export maps by variable name; a SurveyMonkey
 * export by text similarity, best pairs first, each target used once.
 */
export function suggestMapping(table: TTable, targets: TTarget[]): TImportMapping {
  const byId = new Map(targets.map((t) => [t.id, t]));
  const chosen = new Map<number, TTarget>();
  if (table.layout === "wide") {
    const byWideName = new Map(targets.flatMap((t) => (t.kind === "meta" && t.wideName ? [[t.wideName, t] as const] : [])));
    for (const col of table.columns) {
      const t = byWideName.get(col.question) ?? byId.get(col.question);
      if (t) chosen.set(col.index, t);
    }
  } else {
    const pairs: { col: TColumn; t: TTarget; s: number }[] = [];
    for (const col of table.columns) {
      if (isPersonalColumn(col)) continue;
      for (const t of targets) {
        const s = score(col, t);
        if (s >= THRESHOLD) pairs.push({ col, t, s });
      }
    }
    pairs.sort((a, b) => b.s - a.s || a.col.index - b.col.index);
    const used = new Set<string>();
    for (const { col, t } of pairs) {
      if (chosen.has(col.index) || used.has(t.id)) continue;
      chosen.set(col.index, t);
      used.add(t.id);
    }
  }
  return {
    columns: table.columns.map((col) => {
      const t = chosen.get(col.index);
      const values = t ? labelValues(distinctValues(table, col.index), t) : undefined;
      return { index: col.index, target: t?.id ?? null, ...(values && Object.keys(values).length ? { values } : {}) };
    }),
  };
}
