import { elementType } from "../elements/registry";
import { seededShuffle } from "../random";
import type { TVersionDef } from "../version/schema";
import { structure } from "./structure";

/**
 * The randomised orders of one respondent, one per order group, seeded by the response ID: the
 * same respondent sees the same order on reload, on back navigation and on another device.
 */
export function displayOrder(def: TVersionDef, responseId: string): Record<string, string[]> {
  const s = structure(def);
  const out: Record<string, string[]> = {};
  for (const { el } of s.elements.values()) {
    const items = elementType(el).orderItems?.(el, s.lookup);
    if (items && !out[items.group]) out[items.group] = seededShuffle(items.codes, `${responseId}:${items.group}`);
  }
  return out;
}
