import { pipedVars } from "@/lib/survey/engine/piping";
import { structure } from "@/lib/survey/engine/structure";
import type { TVersionDef } from "@/lib/survey/version/schema";

/**
 * Steering questions: questions other elements depend on, through a condition, a pipe or a choice
 * of items by an earlier answer. Without their column an import keeps the dependent answers but
 * loses who was shown what, so the dry run refuses it.
 *
 * Every reference to an earlier answer in the definition schema is spelled the same way: `var` or
 * `answered` (conditions, an element's items chosen by an answer) or `{{variable}}` in a text. The
 * element's data is read for those, so a new element type needs no code here.
 */
function references(value: unknown, out: Set<string>) {
  if (typeof value === "string") {
    for (const v of pipedVars(value)) out.add(v);
  } else if (Array.isArray(value)) {
    for (const v of value) references(v, out);
  } else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if ((key === "var" || key === "answered") && typeof v === "string") out.add(v);
      else references(v, out);
    }
  }
}

/** Steering element ID → the element IDs that depend on it, in questionnaire order. */
export function steeringQuestions(def: TVersionDef): Map<string, string[]> {
  const s = structure(def);
  // The part choice and the extra part are inferred from which parts have answers (convert.ts).
  const inferred = new Set([def.parts?.choice.variable, def.parts?.extra.variable].filter(Boolean));
  const out = new Map<string, string[]>();
  for (const page of s.pages) {
    const onPage = new Set<string>();
    references(page.showIf, onPage);
    for (const el of page.elements) {
      const refs = new Set(onPage);
      references(el, refs);
      for (const ref of refs) {
        if (ref === el.id || inferred.has(ref) || !s.elements.has(ref)) continue;
        out.set(ref, [...(out.get(ref) ?? []), el.id]);
      }
    }
  }
  return out;
}
