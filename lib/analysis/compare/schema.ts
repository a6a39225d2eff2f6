import { z } from "zod";
import type { TCompareQuestion } from "./questions";

/**
 * The "Vergelijk op" choice in the results page's URL: `vergelijk=<grouping>&vraag=<variable>`.
 * The form's field names come from this schema and the server parses the same schema, narrowed
 * to the survey's groupings and variables.
 */
const ZKey = z.string().regex(/^[a-z0-9_]{1,120}$/, "Ongeldige keuze.");

export const ZCompareParams = z.strictObject({
  /** Compare by: "wave", "flow_mode", "version" or a dimension ID. */
  vergelijk: ZKey,
  /** The answer variable compared (a single-choice element's ID, an option, statement or row). */
  vraag: ZKey,
});
export type TCompareParams = z.infer<typeof ZCompareParams>;
export const COMPARE_FIELDS = ZCompareParams.keyof().enum;

/** The schema for one survey: only its groupings and comparable variables. */
export function compareParamsFor(groupings: { id: string }[], questions: Pick<TCompareQuestion, "variable">[]) {
  const byIds = groupings.map((g) => g.id);
  const variables = questions.map((q) => q.variable);
  return ZCompareParams.extend({
    vergelijk: ZKey.refine((v) => byIds.includes(v), "Vergelijk op: onbekende indeling."),
    vraag: ZKey.refine((v) => variables.includes(v), "Vraag: onbekend of niet te vergelijken."),
  });
}

type TSearch = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Takes the comparison's parameters out of the page's search params (the rest are filters). */
export function splitCompareSearch(search: TSearch): { compare: TSearch; rest: TSearch } {
  const keys = Object.keys(COMPARE_FIELDS);
  const compare = Object.fromEntries(keys.map((k) => [k, first(search[k])]));
  const rest = Object.fromEntries(Object.entries(search).filter(([k]) => !keys.includes(k)));
  return { compare, rest };
}

/** Nothing chosen → no comparison; a bad choice → a message, never a failing page. */
export function parseCompareForPage(
  compare: TSearch, groupings: { id: string }[], questions: Pick<TCompareQuestion, "variable">[],
): { params: TCompareParams | null; error: string | null } {
  if (!first(compare.vergelijk) && !first(compare.vraag)) return { params: null, error: null };
  const parsed = compareParamsFor(groupings, questions).safeParse({ vergelijk: first(compare.vergelijk) ?? "", vraag: first(compare.vraag) ?? "" });
  if (parsed.success) return { params: parsed.data, error: null };
  return { params: null, error: parsed.error.issues.map((i) => i.message).join(" ") };
}
