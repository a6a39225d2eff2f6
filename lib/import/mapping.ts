import { z } from "zod";
import type { TColumn, TTable } from "./layout";
import type { TTarget } from "./targets";
import { normalize, similarity } from "./text";

/**
 * Column → target mapping: suggested by matching texts, then edited by the researcher.
 * `values` maps a file's answer label to an option code for single-choice targets.
 */
export const ZColumnMapping = z.strictObject({
  index: z.number().int().min(0).max(10_000),
  target: z.string().max(120).nullable(),
  values: z.record(z.string().max(2000), z.string().max(120)).optional(),
});
export const ZImportMapping = z.strictObject({ columns: z.array(ZColumnMapping).max(10_000) });
export type TImportMapping = z.infer<typeof ZImportMapping>;

/** Second-row texts that name no option or item: the question's only column, or its "other" text. */
const RESPONSE_SUBS = new Set(["", "response", "open ended response", "antwoord", "open antwoord"]);
const OTHER_SUBS = new Set(["other please specify", "anders namelijk", "anders"]);
export const isGenericSub = (sub: string) => RESPONSE_SUBS.has(normalize(sub)) || OTHER_SUBS.has(normalize(sub));
/** Columns SurveyMonkey always writes that hold personal data: never imported. */
const PERSONAL = new Set(["collector id", "email address", "first name", "last name", "custom data 1", "custom data"]);
const THRESHOLD = 0.62;

export function isPersonalColumn(col: TColumn): boolean {
  return PERSONAL.has(normalize(col.question)) && !col.sub;
}

/** How well a column fits a target, 0..1. */
export function score(col: TColumn, t: TTarget): number {
  const sub = normalize(col.sub);
  if (t.kind === "meta") return col.sub ? 0 : similarity(col.question, t.question) >= 0.95 ? 1 : 0;
  if (t.implies) return OTHER_SUBS.has(sub) ? similarity(col.question, t.question) : 0;
  if (!t.sub) return RESPONSE_SUBS.has(sub) ? similarity(col.question, t.question) : 0;
  if (OTHER_SUBS.has(sub)) return 0;
  const subScore = similarity(col.sub, t.sub);
  if (subScore < THRESHOLD) return 0;
  return 0.65 * subScore + 0.35 * similarity(col.question, t.question);
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
