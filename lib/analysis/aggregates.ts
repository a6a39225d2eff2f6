import type { TElement } from "@/lib/survey/elements/registry";
import type { TStructure } from "@/lib/survey/engine/structure";
import type { TCondition, TScale } from "@/lib/survey/version/primitives";
import type { TAggregate } from "./report/schema";

/**
 * What each element type contributes to the results: its default aggregate and the items it is
 * summarised over (options, statements, grid rows), each with the answer variable that holds it
 * and the condition under which it is offered. One entry per element type; adding a type means
 * adding it here (or it is left out of the default report).
 */
export type TAnalysisItem = { code: string; label: string; variable: string; showIf?: TCondition; group?: string };

type TItemFilter = Record<string, string | string[]>;
type TOptionElement = { id: string; options?: { code: string; label: string; showIf?: TCondition; group?: string }[]; list?: string };
type TAggregateSpec = {
  aggregate: TAggregate;
  items(el: TElement, s: TStructure, filter: TItemFilter): TAnalysisItem[];
};

const options = (el: TOptionElement, s: TStructure) => s.lookup.options(el);
const perOption = (el: TElement, s: TStructure): TAnalysisItem[] =>
  options(el as TOptionElement, s).map((o) => ({ code: o.code, label: o.label, variable: `${el.id}_${o.code}`, showIf: o.showIf, group: o.group }));
const itself = (el: TElement, s: TStructure): TAnalysisItem[] => {
  const q = el as { id: string; label?: string; text?: string };
  return [{ code: q.id, label: q.label ?? s.lookup.plain(q.text ?? q.id), variable: q.id }];
};
const asList = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export const AGGREGATES: Partial<Record<TElement["type"], TAggregateSpec>> = {
  single: {
    aggregate: "distribution",
    items: (el, s) => options(el as TOptionElement, s).map((o) => ({ code: o.code, label: o.label, variable: el.id })),
  },
  multi: { aggregate: "share", items: perOption },
  pickn: { aggregate: "share", items: perOption },
  ranking: { aggregate: "meanRank", items: perOption },
  grid: { aggregate: "mean", items: perOption },
  slider: { aggregate: "mean", items: itself },
  number: { aggregate: "mean", items: itself },
  text: { aggregate: "count", items: itself },
  sliders: {
    aggregate: "mean",
    items(el, s, filter) {
      if (el.type !== "sliders") return [];
      if (el.items) return el.items.map((it) => ({ code: it.id, label: it.text, variable: `${el.id}_${it.id}` }));
      const by = el.itemsBy!;
      const chosen = asList(filter[by.var]);
      const sets = chosen.length ? by.sets.filter((set) => chosen.includes(set.code)) : by.sets;
      // Statements of one set keep their own codes; across sets they are prefixed with the set.
      return sets.flatMap((set) =>
        set.items.map((it) => ({
          code: sets.length === 1 ? it.id : `${set.code}_${it.id}`,
          label: sets.length === 1 ? it.text : `${s.lookup.optionLabel(by.var, set.code) ?? set.code}: ${it.text}`,
          variable: `${el.id}_${set.code}_${it.id}`,
          showIf: { var: by.var, equals: set.code },
        })),
      );
    },
  },
};

export const aggregateOf = (el: TElement): TAggregateSpec | undefined => AGGREGATES[el.type];

/** The element's scale (means are on it; its missing values never count). */
export function scaleOf(el: TElement, s: TStructure): TScale | undefined {
  const id = (el as { scale?: string }).scale;
  return id ? s.lookup.scale(id) : undefined;
}

/** The groups of the element's list (clusters), for grids pooled per group. */
export function groupsOf(el: TElement, s: TStructure): { id: string; label: string }[] {
  const listId = (el as { list?: string }).list;
  return s.def.lists.find((l) => l.id === listId)?.groups ?? [];
}
