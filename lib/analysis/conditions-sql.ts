import type { TStructure } from "@/lib/survey/engine/structure";
import type { TCondition } from "@/lib/survey/version/primitives";
import { lit } from "./dimensions";

/**
 * A display condition (lib/survey/engine/conditions.ts) as SQL on a response (alias `r`), so a
 * figure's base can count only respondents who were offered an option. Single-choice answers are
 * read from `dims`, others from the answer rows. Always true or false, never NULL, as `holds`.
 */
export function conditionSql(c: TCondition, s: TStructure, alias = "r"): string {
  if ("all" in c) return `(${c.all.map((x) => conditionSql(x, s, alias)).join(" AND ")})`;
  if ("any" in c) return `(${c.any.map((x) => conditionSql(x, s, alias)).join(" OR ")})`;
  if ("not" in c) return `NOT ${conditionSql(c.not, s, alias)}`;
  const answer = (variable: string, test = "TRUE") =>
    `EXISTS (SELECT 1 FROM answer ca WHERE ca.response_id = ${alias}.id AND ca.variable = ${lit(variable)} AND ${test})`;
  if ("answered" in c) {
    return `(${alias}.dims ? ${lit(c.answered)} OR ${answer(c.answered)} OR EXISTS (SELECT 1 FROM answer ca WHERE ca.response_id = ${alias}.id AND ca.variable LIKE ${lit(`${c.answered}\\_%`)}))`;
  }
  if ("includes" in c) return answer(`${c.var}_${c.includes}`);
  const values = "equals" in c ? [c.equals] : c.in;
  const isSingle = s.ownerOf.get(c.var)?.type === "single";
  if (isSingle) return `coalesce(${alias}.dims->>${lit(c.var)} IN (${values.map((v) => lit(String(v))).join(", ")}), false)`;
  const tests = values.map((v) => (typeof v === "number" ? `ca.num = ${Number(v)}` : `ca.text = ${lit(v)}`));
  return answer(c.var, `(${tests.join(" OR ")})`);
}
