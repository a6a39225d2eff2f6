import { z } from "zod";
import { CHOSEN, checkOptions, codesOf, importedOptions, optionSource, question, shownOptions, suffixes, twoOptions } from "./shared";
import type { TElementType } from "./types";

/** Pick exactly (or at most) N from a list, e.g. a top 5. One row per pick (`<id>_<code>` = 1). */
const ZPickN = z.strictObject({
  ...question,
  ...optionSource,
  type: z.literal("pickn"),
  count: z.number().int().positive(),
  mode: z.enum(["exactly", "atMost"]).default("exactly"),
});
export type TPickN = z.infer<typeof ZPickN>;

export const pickn: TElementType<TPickN> = {
  type: "pickn",
  schema: ZPickN,
  isQuestion: true,
  blank: (id) => ({ id, type: "pickn", text: "Nieuwe vraag", count: 1, options: twoOptions() }),
  fields(el, ctx) {
    const n = el.count;
    const message = el.mode === "exactly" ? `Kies precies ${n}.` : `Kies hoogstens ${n}.`;
    const list = z.array(z.enum(codesOf(shownOptions(el, ctx)), { error: "Onbekend antwoord." }), { error: message });
    const sized = el.mode === "exactly" ? list.length(n, message) : list.max(n, message);
    const unique = sized.refine((a) => new Set(a).size === a.length, "Kies elk antwoord maar één keer.");
    return { shape: { [el.id]: el.mode === "exactly" ? unique : unique.optional() } };
  },
  toRows: (el, values) => ((values[el.id] as string[] | undefined) ?? []).map((c) => ({ variable: `${el.id}_${c}`, num: 1, text: null })),
  fromAnswers(el, ctx) {
    const chosen = suffixes(ctx.answers, `${el.id}_`, ctx.options(el).map((o) => o.code));
    return chosen.length ? { [el.id]: chosen } : {};
  },
  activeVariables: (el, ctx) => shownOptions(el, ctx).map((o) => `${el.id}_${o.code}`),
  variables(el, v) {
    const label = el.label ?? v.plain(el.text);
    return v.options(el).map((o) => ({
      name: `${el.id}_${o.code}`, label: `${label}: ${o.label}`, type: "numeric" as const, level: "nominal" as const,
      valueLabels: CHOSEN, missingValues: [], isDichotomy: true, question: v.plain(el.text),
    }));
  },
  orderItems: (el, v) => (el.randomize ? { group: el.randomize, codes: v.options(el).map((o) => o.code) } : undefined),
  check: checkOptions,
  importTargets: (el, v) => v.options(el).map((o) => ({ variable: `${el.id}_${o.code}`, value: "flag", question: el.text, sub: o.label })),
  imported(el, v, file) {
    const out = importedOptions(el, v, file, (c) => `${el.id}_${c}`);
    return out && { ...out, count: Math.min(el.count, out.options!.length) };
  },
};
