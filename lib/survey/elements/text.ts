import { z } from "zod";
import { importedText, MAX_TEXT, question, textRow, textVariable } from "./shared";
import type { TElementType } from "./types";

/** Short (one line) or long free text. */
const ZTextElement = z.strictObject({
  ...question,
  type: z.literal("text"),
  isMultiline: z.boolean().default(false),
  maxLength: z.number().int().positive().max(MAX_TEXT).default(MAX_TEXT),
  isRequired: z.boolean().default(false),
});
export type TTextElement = z.infer<typeof ZTextElement>;

export const text: TElementType<TTextElement> = {
  type: "text",
  schema: ZTextElement,
  isQuestion: true,
  blank: (id) => ({ id, type: "text", text: "Nieuwe vraag" }),
  fields(el) {
    const value = z.string().trim().max(el.maxLength, `Hoogstens ${el.maxLength} tekens.`);
    return { shape: { [el.id]: el.isRequired ? value.min(1, "Vul dit in.") : value.optional() } };
  },
  toRows: (el, values) => textRow(el.id, values[el.id]),
  fromAnswers: (el, ctx) => (ctx.answers[el.id] !== undefined ? { [el.id]: ctx.answers[el.id] } : {}),
  activeVariables: (el) => [el.id],
  variables: (el, v) => [{ ...textVariable(el.id, el.label ?? v.plain(el.text)), width: el.maxLength * 4 }],
  importTargets: (el) => [{ variable: el.id, value: "text", question: el.text, sub: "" }],
  imported: (el, _v, file) => (file.has(el.id) ? { ...el, text: importedText(el.text, file, [el.id]) } : undefined),
};
