import { z } from "zod";
import { checkOptions, codesOf, importedOptions, optionSource, question, shownOptions, twoOptions } from "./shared";
import type { TElementType } from "./types";

/** Put every shown option in order; stored as its rank (`<id>_<code>` = 1 for the first). */
const ZRanking = z.strictObject({
  ...question,
  ...optionSource,
  type: z.literal("ranking"),
  isRequired: z.boolean().default(true),
});
export type TRanking = z.infer<typeof ZRanking>;

export const ranking: TElementType<TRanking> = {
  type: "ranking",
  schema: ZRanking,
  isQuestion: true,
  blank: (id) => ({ id, type: "ranking", text: "Nieuwe vraag", options: twoOptions() }),
  fields(el, ctx) {
    const codes = codesOf(shownOptions(el, ctx));
    const message = "Zet alle antwoorden in een volgorde.";
    const order = z
      .array(z.enum(codes, { error: "Onbekend antwoord." }), { error: message })
      .length(codes.length, message)
      .refine((a) => new Set(a).size === a.length, "Elk antwoord maar één keer.");
    return { shape: { [el.id]: el.isRequired ? order : order.optional() } };
  },
  toRows: (el, values) => ((values[el.id] as string[] | undefined) ?? []).map((c, i) => ({ variable: `${el.id}_${c}`, num: i + 1, text: null })),
  fromAnswers(el, ctx) {
    const ranked = ctx.options(el)
      .map((o) => ({ code: o.code, rank: ctx.answers[`${el.id}_${o.code}`] }))
      .filter((r): r is { code: string; rank: number } => typeof r.rank === "number")
      .sort((a, b) => a.rank - b.rank);
    return ranked.length ? { [el.id]: ranked.map((r) => r.code) } : {};
  },
  activeVariables: (el, ctx) => shownOptions(el, ctx).map((o) => `${el.id}_${o.code}`),
  variables(el, v) {
    const label = el.label ?? v.plain(el.text);
    return v.options(el).map((o) => ({
      name: `${el.id}_${o.code}`, label: `${label}: ${o.label} (rang)`, type: "numeric" as const, level: "ordinal" as const,
      valueLabels: [], missingValues: [], question: v.plain(el.text),
    }));
  },
  orderItems: (el, v) => (el.randomize ? { group: el.randomize, codes: v.options(el).map((o) => o.code) } : undefined),
  check: checkOptions,
  importTargets: (el, v) => v.options(el).map((o) => ({ variable: `${el.id}_${o.code}`, value: "number", question: el.text, sub: o.label })),
  imported: (el, v, file) => importedOptions(el, v, file, (c) => `${el.id}_${c}`),
};
