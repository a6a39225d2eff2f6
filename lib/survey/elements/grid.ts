import { z } from "zod";
import { ZId } from "../version/primitives";
import { checkOptions, checkScale, importedOptions, inOrder, numRow, optionSource, question, scaleValue, scaleVariable } from "./shared";
import type { TElementType } from "./types";

/**
 * A rating matrix: one scale value per row (the rows are an option list, e.g. a competence
 * model). Variables are `<id>_<row>`; codes in the scale's missingValues are answers that are not
 * scores ("niet van toepassing").
 */
const ZGrid = z.strictObject({
  ...question,
  ...optionSource,
  type: z.literal("grid"),
  scale: ZId,
});
export type TGrid = z.infer<typeof ZGrid>;

export const grid: TElementType<TGrid> = {
  type: "grid",
  schema: ZGrid,
  isQuestion: true,
  fields(el, ctx) {
    const value = scaleValue(ctx.scale(el.scale)).optional();
    const rows = ctx.options(el).filter((o) => ctx.holds(o.showIf));
    return { shape: Object.fromEntries(rows.map((r) => [`${el.id}_${r.code}`, value])) };
  },
  toRows: (el, values, ctx) => ctx.options(el).flatMap((r) => numRow(`${el.id}_${r.code}`, values[`${el.id}_${r.code}`])),
  fromAnswers: (el, ctx) =>
    Object.fromEntries(
      ctx.options(el).map((r) => `${el.id}_${r.code}`).filter((v) => ctx.answers[v] !== undefined).map((v) => [v, ctx.answers[v]]),
    ),
  activeVariables: (el, ctx) => inOrder(ctx.options(el).filter((o) => ctx.holds(o.showIf)), undefined).map((r) => `${el.id}_${r.code}`),
  variables(el, v) {
    const scale = v.scale(el.scale);
    const label = el.label ?? v.plain(el.text);
    return v.options(el).map((r) => scaleVariable(`${el.id}_${r.code}`, `${label}: ${r.label}`, scale, v.plain(el.text)));
  },
  orderItems: (el, v) => (el.randomize ? { group: el.randomize, codes: v.options(el).map((o) => o.code) } : undefined),
  check(el, v, issue) {
    checkOptions(el, v, issue);
    checkScale(el.scale, v, issue);
  },
  importTargets: (el, v) =>
    v.options(el).map((o) => ({ variable: `${el.id}_${o.code}`, value: "scale", question: el.text, sub: o.label, scale: v.scale(el.scale) })),
  imported: (el, v, file) => importedOptions(el, v, file, (c) => `${el.id}_${c}`),
};
