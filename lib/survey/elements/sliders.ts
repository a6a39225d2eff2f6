import { z } from "zod";
import { ZId, ZText } from "../version/primitives";
import { checkScale, importedText, numRow, question, scaleValue, scaleVariable } from "./shared";
import type { TContext, TElementType } from "./types";

/**
 * A battery of slider statements on one scale. The statements can depend on an earlier answer
 * (`itemsBy`: one set per option code, e.g. per activity); variables are then `<id>_<code>_<item>`,
 * otherwise `<id>_<item>`. Untouched sliders are not stored.
 */
const ZItem = z.strictObject({ id: ZId, text: ZText });
type TItem = z.infer<typeof ZItem>;
const ZSliders = z.strictObject({
  ...question,
  type: z.literal("sliders"),
  scale: ZId,
  items: z.array(ZItem).min(1).optional(),
  itemsBy: z
    .strictObject({
      var: ZId,
      sets: z.array(z.strictObject({ code: ZId, items: z.array(ZItem).min(1) })).min(1),
    })
    .optional(),
});
export type TSliders = z.infer<typeof ZSliders>;

type TShownItem = { variable: string; text: string };

function shownItems(el: TSliders, answers: TContext["answers"]): TShownItem[] {
  if (el.items) return el.items.map((it) => ({ variable: `${el.id}_${it.id}`, text: it.text }));
  const code = answers[el.itemsBy!.var];
  const set = el.itemsBy!.sets.find((s) => s.code === code);
  return (set?.items ?? []).map((it) => ({ variable: `${el.id}_${set!.code}_${it.id}`, text: it.text }));
}

export const sliders: TElementType<TSliders> & { shownItems: typeof shownItems } = {
  type: "sliders",
  schema: ZSliders,
  isQuestion: true,
  blank: (id, v) => ({ id, type: "sliders", text: "Nieuwe vraag", scale: v.scale(), items: [{ id: "stelling_1", text: "Stelling 1" }] }),
  shownItems,
  fields(el, ctx) {
    const value = scaleValue(ctx.scale(el.scale)).optional();
    return { shape: Object.fromEntries(shownItems(el, ctx.answers).map((it) => [it.variable, value])) };
  },
  toRows: (el, values, ctx) => shownItems(el, ctx.answers).flatMap((it) => numRow(it.variable, values[it.variable])),
  fromAnswers: (el, ctx) =>
    Object.fromEntries(shownItems(el, ctx.answers).filter((it) => ctx.answers[it.variable] !== undefined).map((it) => [it.variable, ctx.answers[it.variable]])),
  activeVariables: (el, ctx) => shownItems(el, ctx.answers).map((it) => it.variable),
  variables(el, v) {
    const scale = v.scale(el.scale);
    const question = v.plain(el.text);
    if (el.items) return el.items.map((it) => scaleVariable(`${el.id}_${it.id}`, it.text, scale, question));
    const by = el.itemsBy!;
    return by.sets.flatMap((set) =>
      set.items.map((it) => ({
        ...scaleVariable(`${el.id}_${set.code}_${it.id}`, it.text, scale, question),
        note: `Alleen gevraagd bij ${by.var} = "${v.optionLabel(by.var, set.code)}".`,
      })),
    );
  },
  check(el, v, issue) {
    checkScale(el.scale, v, issue);
    if (Boolean(el.items) === Boolean(el.itemsBy)) issue("items", "Geef óf items óf itemsBy.");
    for (const set of el.itemsBy?.sets ?? []) {
      if (!v.optionLabel(el.itemsBy!.var, set.code)) issue("itemsBy", `Set voor onbekende code ${set.code} van ${el.itemsBy!.var}.`);
    }
  },
  importTargets(el, v) {
    const scale = v.scale(el.scale);
    const target = (variable: string, text: string) => ({ variable, value: "scale" as const, question: el.text, sub: text, scale });
    if (el.items) return el.items.map((it) => target(`${el.id}_${it.id}`, it.text));
    return el.itemsBy!.sets.flatMap((set) => set.items.map((it) => target(`${el.id}_${set.code}_${it.id}`, it.text)));
  },
  imported(el, _v, file) {
    const keep = (prefix: string, items: TItem[]) =>
      items.filter((it) => file.has(`${prefix}_${it.id}`)).map((it) => ({ ...it, text: file.sub(`${prefix}_${it.id}`) ?? it.text }));
    const names = (prefix: string, items: TItem[]) => items.map((it) => `${prefix}_${it.id}`);
    if (el.items) {
      const items = keep(el.id, el.items);
      return items.length ? { ...el, text: importedText(el.text, file, names(el.id, items)), items } : undefined;
    }
    const sets = el.itemsBy!.sets
      .map((set) => ({ code: set.code, items: keep(`${el.id}_${set.code}`, set.items) }))
      .filter((set) => set.items.length > 0);
    if (sets.length === 0) return undefined;
    const text = importedText(el.text, file, sets.flatMap((set) => names(`${el.id}_${set.code}`, set.items)));
    return { ...el, text, itemsBy: { var: el.itemsBy!.var, sets } };
  },
};
