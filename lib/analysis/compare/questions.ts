import type { TDimension } from "@/lib/survey/config";
import type { TStructure } from "@/lib/survey/engine/structure";
import type { TCondition } from "@/lib/survey/version/primitives";
import { aggregateOf, scaleOf } from "../aggregates";
import { BUILT_IN_GROUPINGS } from "../dimensions";
import { scoreRange } from "../shape-results";

/**
 * What can be compared: every answer variable with a summary, as one of three kinds. A single
 * choice is compared as a whole (its distribution: chi²); an option of a multiple choice or
 * pick-N as a share of those who answered the page and were offered it; a slider, number,
 * statement of a battery, grid row or ranked item as a mean on its scale (missing codes left out).
 */
export type TCompareKind = "categorical" | "share" | "mean";

export type TCompareQuestion = {
  variable: string;
  kind: TCompareKind;
  elementId: string;
  /** The element's label, and this variable's own (an option, statement or row), if any. */
  element: string;
  item?: string;
  page: string;
  part?: string;
  /** Shares: the option's display condition (the base is those offered it). */
  showIf?: TCondition;
  /** Means: scale values that are no score ("niet van toepassing"). */
  missingValues: number[];
  /** Means: the scale's range, for the page. */
  range?: [number, number];
  /** Categorical: the answer categories in questionnaire order. */
  categories?: { code: string; label: string }[];
};

const MEAN_TYPES = new Set(["slider", "sliders", "grid", "number", "ranking"]);
const SHARE_TYPES = new Set(["multi", "pickn"]);

export function compareQuestions(s: TStructure): TCompareQuestion[] {
  const out: TCompareQuestion[] = [];
  for (const { el, page } of s.elements.values()) {
    const spec = aggregateOf(el);
    if (!spec) continue;
    const q = el as { id: string; label?: string; text?: string };
    const element = q.label ?? s.lookup.plain(q.text ?? el.id);
    const items = spec.items(el, s, {});
    const base = { elementId: el.id, element, page: page.id, part: page.part, missingValues: [] as number[] };
    if (el.type === "single") {
      out.push({ ...base, variable: el.id, kind: "categorical", categories: items.map((i) => ({ code: i.code, label: i.label })) });
    } else if (SHARE_TYPES.has(el.type)) {
      for (const i of items) out.push({ ...base, variable: i.variable, kind: "share", item: i.label, showIf: i.showIf });
    } else if (MEAN_TYPES.has(el.type)) {
      const scale = scaleOf(el, s);
      const missingValues = scale?.missingValues ?? [];
      const range = scoreRange(scale);
      for (const i of items) {
        out.push({ ...base, variable: i.variable, kind: "mean", item: i.variable === el.id ? undefined : i.label, missingValues, range, showIf: i.showIf });
      }
    }
  }
  return out;
}

/** The element's label before the item's, unless it is a whole instruction (a battery without a short label). */
const LONG = 60;
export function questionLabel(q: Pick<TCompareQuestion, "element" | "item">): string {
  if (!q.item) return q.element;
  return q.element.length > LONG ? q.item : `${q.element}: ${q.item}`;
}

/** A label cut to `max` characters for a select's option group. */
export const shortLabel = (t: string, max = 80) => (t.length > max ? `${t.slice(0, max - 1)}…` : t);

/** What a survey can be compared by: wave, flow mode, version and its own dimensions. */
export function compareGroupings(dimensions: TDimension[]): { id: string; label: string }[] {
  const builtIn = (["wave", "flow_mode", "version"] as const).map((id) => ({ id, label: BUILT_IN_GROUPINGS[id] }));
  return [...builtIn, ...dimensions.map((d) => ({ id: d.id, label: d.label }))];
}
