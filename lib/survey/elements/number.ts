import { z } from "zod";
import { importedText, numRow, question } from "./shared";
import type { TElementType } from "./types";

/** A whole number within bounds (age, years of experience, …). */
const ZNumber = z.strictObject({
  ...question,
  type: z.literal("number"),
  min: z.number().int().optional(),
  max: z.number().int().optional(),
  isRequired: z.boolean().default(false),
});
export type TNumber = z.infer<typeof ZNumber>;

export const number: TElementType<TNumber> = {
  type: "number",
  schema: ZNumber,
  isQuestion: true,
  blank: (id) => ({ id, type: "number", text: "Nieuwe vraag" }),
  fields(el) {
    let value = z.number({ error: "Vul een getal in." }).int("Vul een heel getal in.");
    if (el.min !== undefined) value = value.min(el.min, `Minstens ${el.min}.`);
    if (el.max !== undefined) value = value.max(el.max, `Hoogstens ${el.max}.`);
    return { shape: { [el.id]: el.isRequired ? value : value.nullable().optional() } };
  },
  toRows: (el, values) => numRow(el.id, values[el.id]),
  fromAnswers: (el, ctx) => (ctx.answers[el.id] !== undefined ? { [el.id]: ctx.answers[el.id] } : {}),
  activeVariables: (el) => [el.id],
  variables: (el, v) => [{
    name: el.id, label: el.label ?? v.plain(el.text), type: "numeric", level: "scale", valueLabels: [], missingValues: [],
  }],
  check(el, _v, issue) {
    if (el.min !== undefined && el.max !== undefined && el.min > el.max) issue("min", "min is groter dan max.");
  },
  importTargets: (el) => [{ variable: el.id, value: "number", question: el.text, sub: "" }],
  imported: (el, _v, file) => (file.has(el.id) ? { ...el, text: importedText(el.text, file, [el.id]) } : undefined),
};
