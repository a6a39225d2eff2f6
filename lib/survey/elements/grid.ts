import { z } from "zod";
import { ZId } from "../version/primitives";
import { checkOptions, checkScale, importedOptions, optionSource, question, scaleValue, scaleVariable, twoOptions } from "./shared";
import type { TAnswerRow, TContext, TElementType } from "./types";

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

/** `<id>_<row>` per row, built once per element and list. */
const namesCache = new WeakMap<object, Map<string, string>>();
function rowNames(el: TGrid, ctx: Pick<TContext, "options">): Map<string, string> {
  const options = ctx.options(el);
  let names = namesCache.get(options);
  if (!names) namesCache.set(options, (names = new Map(options.map((o) => [o.code, `${el.id}_${o.code}`]))));
  return names;
}

export const grid: TElementType<TGrid> = {
  type: "grid",
  schema: ZGrid,
  isQuestion: true,
  blank: (id, v) => ({ id, type: "grid", text: "Nieuwe vraag", scale: v.scale(), options: twoOptions() }),
  fields(el, ctx) {
    const value = scaleValue(ctx.scale(el.scale)).optional();
    const names = rowNames(el, ctx);
    const rows = ctx.options(el).filter((o) => ctx.holds(o.showIf));
    return { shape: Object.fromEntries(rows.map((r) => [names.get(r.code)!, value])) };
  },
  toRows(el, values, ctx) {
    const rows: TAnswerRow[] = [];
    for (const name of rowNames(el, ctx).values()) if (typeof values[name] === "number") rows.push({ variable: name, num: values[name] as number, text: null });
    return rows;
  },
  fromAnswers: (el, ctx) =>
    Object.fromEntries([...rowNames(el, ctx).values()].filter((v) => ctx.answers[v] !== undefined).map((v) => [v, ctx.answers[v]])),
  activeVariables(el, ctx) {
    const names = rowNames(el, ctx);
    return ctx.options(el).filter((o) => ctx.holds(o.showIf)).map((o) => names.get(o.code)!);
  },
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
