import type { TAnswers } from "../elements/types";
import type { TCondition } from "../version/primitives";

/** Display logic, evaluated against the answers so far. No condition = always shown. */
export function holds(condition: TCondition | undefined, answers: TAnswers): boolean {
  if (!condition) return true;
  if ("all" in condition) return condition.all.every((c) => holds(c, answers));
  if ("any" in condition) return condition.any.some((c) => holds(c, answers));
  if ("not" in condition) return !holds(condition.not, answers);
  if ("answered" in condition) {
    const prefix = `${condition.answered}_`;
    return answers[condition.answered] !== undefined || Object.keys(answers).some((k) => k.startsWith(prefix));
  }
  if ("equals" in condition) return answers[condition.var] === condition.equals;
  if ("in" in condition) return condition.in.includes(answers[condition.var] as string | number);
  return answers[`${condition.var}_${condition.includes}`] !== undefined;
}

/** The variables (element IDs) a condition reads. */
export function conditionVars(condition: TCondition | undefined): string[] {
  if (!condition) return [];
  if ("all" in condition) return condition.all.flatMap(conditionVars);
  if ("any" in condition) return condition.any.flatMap(conditionVars);
  if ("not" in condition) return conditionVars(condition.not);
  if ("answered" in condition) return [condition.answered];
  return [condition.var];
}

/** A condition in words, for codebook notes. */
export function describeCondition(condition: TCondition): string {
  if ("all" in condition) return condition.all.map(describeCondition).join(" en ");
  if ("any" in condition) return `(${condition.any.map(describeCondition).join(" of ")})`;
  if ("not" in condition) {
    const inner = condition.not;
    if ("equals" in inner) return `${inner.var} ≠ ${JSON.stringify(inner.equals)}`;
    return `niet ${describeCondition(inner)}`;
  }
  if ("answered" in condition) return `${condition.answered} beantwoord`;
  if ("equals" in condition) return `${condition.var} = ${JSON.stringify(condition.equals)}`;
  if ("in" in condition) return `${condition.var} in ${condition.in.map((v) => JSON.stringify(v)).join(", ")}`;
  return `${condition.var} bevat ${JSON.stringify(condition.includes)}`;
}
