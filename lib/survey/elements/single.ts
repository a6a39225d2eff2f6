import { z } from "zod";
import { ZId } from "../version/primitives";
import {
  checkOptions, codesOf, freeText, isOtherChosen, optionSource, otherTextRule, question, REQUIRED, shownOptions,
  importedText, textRow, textVariable, twoOptions } from "./shared";
import type { TElementType, TImportTarget, TVariable } from "./types";

/** One answer from a list, as radio buttons or a dropdown; stored as the option's code. */
const ZSingle = z.strictObject({
  ...question,
  ...optionSource,
  type: z.literal("single"),
  display: z.enum(["radio", "dropdown"]).default("radio"),
  isRequired: z.boolean().default(true),
  /** Variable for the "anders, namelijk" text. */
  otherText: ZId.optional(),
});
export type TSingle = z.infer<typeof ZSingle>;

export const single: TElementType<TSingle> = {
  type: "single",
  schema: ZSingle,
  isQuestion: true,
  blank: (id) => ({ id, type: "single", text: "Nieuwe vraag", options: twoOptions() }),
  fields(el, ctx) {
    const options = shownOptions(el, ctx);
    const answer = z.enum(codesOf(options), { error: REQUIRED });
    const shape: Record<string, z.ZodType> = { [el.id]: el.isRequired ? answer : answer.optional() };
    if (el.otherText) shape[el.otherText] = freeText().optional();
    return {
      shape,
      refine: (values, issue) => otherTextRule(el, options, (c) => values[el.id] === c, values, issue),
    };
  },
  toRows(el, values, ctx) {
    const options = ctx.options(el);
    const rows = textRow(el.id, values[el.id]);
    if (el.otherText && isOtherChosen(options, (c) => values[el.id] === c)) rows.push(...textRow(el.otherText, values[el.otherText]));
    return rows;
  },
  fromAnswers(el, ctx) {
    const out: Record<string, unknown> = {};
    if (ctx.answers[el.id] !== undefined) out[el.id] = ctx.answers[el.id];
    if (el.otherText && ctx.answers[el.otherText] !== undefined) out[el.otherText] = ctx.answers[el.otherText];
    return out;
  },
  activeVariables(el, ctx) {
    const chosen = ctx.answers[el.id];
    const isOther = isOtherChosen(ctx.options(el), (c) => chosen === c);
    return el.otherText && isOther ? [el.id, el.otherText] : [el.id];
  },
  variables(el, v) {
    const options = v.options(el);
    const label = el.label ?? v.plain(el.text);
    const vars: TVariable[] = [{
      name: el.id, label, type: "numeric" as const, level: "nominal" as const, isCoded: true,
      valueLabels: options.map((o, i) => ({ value: i + 1, label: o.label, code: o.code })), missingValues: [],
    }];
    const other = options.find((o) => o.isOther);
    if (el.otherText && other) vars.push(textVariable(el.otherText, `${label} ${other.label} (tekst)`));
    return vars;
  },
  orderItems: (el, v) => (el.randomize ? { group: el.randomize, codes: v.options(el).map((o) => o.code) } : undefined),
  check: checkOptions,
  importTargets(el, v) {
    const options = v.options(el);
    const targets: TImportTarget[] = [{ variable: el.id, value: "code", question: el.text, sub: "", options }];
    const other = options.find((o) => o.isOther);
    if (el.otherText && other) {
      targets.push({ variable: el.otherText, value: "text", question: el.text, sub: other.label, implies: { variable: el.id, value: other.code } });
    }
    return targets;
  },
  imported(el, v, file) {
    const hasOther = Boolean(el.otherText && file.has(el.otherText));
    if (!file.has(el.id) && !hasOther) return undefined;
    // One column holds every option: which options the wave had is not in the file, so all stay.
    const { randomize: _randomize, list: _list, otherText, ...rest } = el;
    return {
      ...rest,
      text: importedText(el.text, file, [el.id, ...(otherText ? [otherText] : [])]),
      options: v.options(el),
      ...(hasOther ? { otherText } : {}),
    };
  },
};
