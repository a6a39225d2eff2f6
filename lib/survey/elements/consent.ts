import { z } from "zod";
import { ZText } from "../version/primitives";
import { base, importedText } from "./shared";
import type { TElementType } from "./types";

/** A required checkbox; stored as 1. */
const ZConsent = z.strictObject({
  ...base,
  type: z.literal("consent"),
  /** The checkbox's text. */
  text: ZText,
  /** Export label. */
  label: ZText.optional(),
  error: ZText.default("Geef toestemming om verder te gaan."),
});
export type TConsent = z.infer<typeof ZConsent>;

export const consent: TElementType<TConsent> = {
  type: "consent",
  schema: ZConsent,
  isQuestion: true,
  blank: (id) => ({ id, type: "consent", text: "Ik doe vrijwillig mee." }),
  fields: (el) => ({ shape: { [el.id]: z.literal(true, { error: el.error }) } }),
  toRows: (el) => [{ variable: el.id, num: 1, text: null }],
  fromAnswers: (el, ctx) => (ctx.answers[el.id] !== undefined ? { [el.id]: true } : {}),
  activeVariables: (el) => [el.id],
  variables: (el) => [{
    name: el.id, label: el.label ?? el.text, type: "numeric", level: "nominal",
    valueLabels: [{ value: 1, label: "Ja" }], missingValues: [], question: el.text,
  }],
  importTargets: (el) => [{ variable: el.id, value: "flag", question: el.text, sub: "" }],
  imported: (el, _v, file) => (file.has(el.id) ? { ...el, text: importedText(el.text, file, [el.id]) } : undefined),
};
