import { z } from "zod";
import { ZId } from "../version/primitives";
import { checkScale, importedText, numRow, question, scaleValue, scaleVariable } from "./shared";
import type { TElementType } from "./types";

/** One value on a scale with end labels; untouched is null (not stored), never the middle. */
const ZSlider = z.strictObject({
  ...question,
  type: z.literal("slider"),
  scale: ZId,
  isRequired: z.boolean().default(false),
});
export type TSlider = z.infer<typeof ZSlider>;

export const slider: TElementType<TSlider> = {
  type: "slider",
  schema: ZSlider,
  isQuestion: true,
  blank: (id, v) => ({ id, type: "slider", text: "Nieuwe vraag", scale: v.scale() }),
  fields(el, ctx) {
    const value = scaleValue(ctx.scale(el.scale));
    return { shape: { [el.id]: el.isRequired ? value.refine((v) => v !== null, "Kies een waarde.") : value.optional() } };
  },
  toRows: (el, values) => numRow(el.id, values[el.id]),
  fromAnswers: (el, ctx) => (ctx.answers[el.id] !== undefined ? { [el.id]: ctx.answers[el.id] } : {}),
  activeVariables: (el) => [el.id],
  variables: (el, v) => [scaleVariable(el.id, el.label ?? v.plain(el.text), v.scale(el.scale))],
  check: (el, v, issue) => checkScale(el.scale, v, issue),
  importTargets: (el, v) => [{ variable: el.id, value: "scale", question: el.text, sub: "", scale: v.scale(el.scale) }],
  imported: (el, _v, file) => (file.has(el.id) ? { ...el, text: importedText(el.text, file, [el.id]) } : undefined),
};
