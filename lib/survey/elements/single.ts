import { z } from "zod";
import { ZId } from "../version/primitives";
import {
  checkOptions, codesOf, freeText, isOtherChosen, optionSource, otherTextRule, question, REQUIRED, shownOptions,
  textRow, textVariable,
} from "./shared";
import type { TElementType, TVariable } from "./types";

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
};
