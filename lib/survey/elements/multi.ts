import { z } from "zod";
import { ZId } from "../version/primitives";
import { describeCondition } from "../engine/conditions";
import {
  CHOSEN, checkOptions, codesOf, freeText, isOtherChosen, optionSource, otherTextRule, question, shownOptions,
  importedOptions, suffixes, textRow, textVariable, twoOptions } from "./shared";
import type { TAnswerRow, TElementType, TImportTarget, TVariable } from "./types";

/**
 * Several answers from a list: an exclusive option ("geen"), "anders, namelijk" with text, at
 * least / at most a number of choices. Stored as one row per chosen option (`<id>_<code>` = 1).
 */
const ZMulti = z.strictObject({
  ...question,
  ...optionSource,
  type: z.literal("multi"),
  isRequired: z.boolean().default(true),
  minChoices: z.number().int().min(0).optional(),
  maxChoices: z.number().int().min(1).optional(),
  otherText: ZId.optional(),
});
export type TMulti = z.infer<typeof ZMulti>;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export const multi: TElementType<TMulti> = {
  type: "multi",
  schema: ZMulti,
  isQuestion: true,
  blank: (id) => ({ id, type: "multi", text: "Nieuwe vraag", options: twoOptions() }),
  fields(el, ctx) {
    const options = shownOptions(el, ctx);
    const exclusive = options.filter((o) => o.isExclusive);
    const min = Math.max(el.minChoices ?? 0, el.isRequired ? 1 : 0);
    let answer = z
      .array(z.enum(codesOf(options), { error: "Onbekend antwoord." }))
      .min(min, min <= 1 ? "Kies minstens één antwoord." : `Kies minstens ${min} antwoorden.`)
      .refine((a) => new Set(a).size === a.length, "Elk antwoord maar één keer.")
      .refine(
        (a) => a.length <= 1 || !a.some((c) => exclusive.some((o) => o.code === c)),
        `'${exclusive[0]?.label ?? ""}' kan niet samen met een ander antwoord.`,
      );
    if (el.maxChoices !== undefined) answer = answer.max(el.maxChoices, `Kies hoogstens ${el.maxChoices} antwoorden.`);
    const shape: Record<string, z.ZodType> = { [el.id]: answer };
    if (el.otherText) shape[el.otherText] = freeText().optional();
    return {
      shape,
      refine: (values, issue) =>
        otherTextRule(el, options, (c) => Array.isArray(values[el.id]) && (values[el.id] as string[]).includes(c), values, issue),
    };
  },
  toRows(el, values, ctx) {
    const chosen = (values[el.id] as string[] | undefined) ?? [];
    const rows: TAnswerRow[] = chosen.map((c) => ({ variable: `${el.id}_${c}`, num: 1, text: null }));
    if (el.otherText && isOtherChosen(ctx.options(el), (c) => chosen.includes(c))) rows.push(...textRow(el.otherText, values[el.otherText]));
    return rows;
  },
  fromAnswers(el, ctx) {
    const codes = ctx.options(el).map((o) => o.code);
    const chosen = suffixes(ctx.answers, `${el.id}_`, codes);
    const text = el.otherText ? ctx.answers[el.otherText] : undefined;
    if (chosen.length === 0 && text === undefined) return {};
    return { [el.id]: chosen, ...(text !== undefined && el.otherText ? { [el.otherText]: text } : {}) };
  },
  activeVariables(el, ctx) {
    const options = shownOptions(el, ctx);
    const vars = options.map((o) => `${el.id}_${o.code}`);
    if (el.otherText && options.some((o) => o.isOther && ctx.answers[`${el.id}_${o.code}`] !== undefined)) vars.push(el.otherText);
    return vars;
  },
  variables(el, v) {
    const label = el.label ?? v.plain(el.text);
    const question = el.label ? v.plain(el.text) : undefined;
    const options = v.options(el);
    const vars: TVariable[] = options.map((o) => ({
      name: `${el.id}_${o.code}`, label: `${label}: ${o.label}`, type: "numeric" as const, level: "nominal" as const,
      valueLabels: CHOSEN, missingValues: [], isDichotomy: true, ...(question ? { question } : {}),
      ...(o.showIf ? { note: `Niet getoond (leeg) tenzij ${describeCondition(o.showIf)}.` } : {}),
    }));
    const other = options.find((o) => o.isOther);
    if (el.otherText && other) vars.push(textVariable(el.otherText, `${label}: ${lowerFirst(other.label)} (tekst)`));
    return vars;
  },
  orderItems: (el, v) => (el.randomize ? { group: el.randomize, codes: v.options(el).map((o) => o.code) } : undefined),
  check: checkOptions,
  importTargets(el, v) {
    const options = v.options(el);
    const targets: TImportTarget[] = options.map((o) => ({ variable: `${el.id}_${o.code}`, value: "flag", question: el.text, sub: o.label }));
    const other = options.find((o) => o.isOther);
    if (el.otherText && other) {
      targets.push({ variable: el.otherText, value: "text", question: el.text, sub: other.label, implies: { variable: `${el.id}_${other.code}`, value: 1 } });
    }
    return targets;
  },
  imported(el, v, file) {
    const hasOther = Boolean(el.otherText && file.has(el.otherText));
    const out = importedOptions(el, v, file, (c) => `${el.id}_${c}`, (o) => hasOther && Boolean(o.isOther));
    if (!out) return undefined;
    const { otherText, ...rest } = out;
    return { ...rest, ...(hasOther ? { otherText } : {}) };
  },
};
