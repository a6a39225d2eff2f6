import type { TFlowMode, TPartId, TSurveyDefinition } from "@/lib/survey/definition";
import { flowPages, partOfPage, partPages, type TPageId } from "@/lib/survey/flow";

/**
 * The respondent's saved answers per page drive the path (part choice, extra part, activities),
 * exactly as the server derives it, so client and server agree on which page comes next.
 */
export type TPageValuesMap = Partial<Record<TPageId, Record<string, unknown>>>;

export function activitiesOf(def: TSurveyDefinition, saved: TPageValuesMap): Partial<Record<TPartId, string>> {
  const out: Partial<Record<TPartId, string>> = {};
  for (const p of def.parts) {
    const code = saved[`${p.id}_activity` as TPageId]?.[p.activity.id];
    if (typeof code === "string") out[p.id] = code;
  }
  return out;
}

function partId(value: unknown): TPartId | undefined {
  return value === "p1" || value === "p2" ? value : undefined;
}

export function pagesOf(def: TSurveyDefinition, mode: TFlowMode, saved: TPageValuesMap): TPageId[] {
  return flowPages(def, mode, {
    partChoice: partId(saved.choice?.part_choice),
    extraPart: partId(saved.done?.extra_part),
  });
}

/** The saved map after a successful save; a changed activity voids that part's later pages (as on the server). */
export function applySave(def: TSurveyDefinition, saved: TPageValuesMap, page: TPageId, values: Record<string, unknown>): TPageValuesMap {
  const next: TPageValuesMap = { ...saved, [page]: values };
  const part = partOfPage(page);
  if (part && page.endsWith("_activity")) {
    const q = def.parts.find((p) => p.id === part)?.activity;
    const before = q ? saved[page]?.[q.id] : undefined;
    if (q && before !== undefined && before !== values[q.id]) {
      for (const p of partPages(def, part)) if (p !== page) delete next[p];
    }
  }
  return next;
}

/** Which part the done page may still offer (choice mode, the other part not yet taken). */
export function offerablePart(def: TSurveyDefinition, mode: TFlowMode, saved: TPageValuesMap): TPartId | undefined {
  if (mode !== "choice") return undefined;
  const chosen = partId(saved.choice?.part_choice);
  if (!chosen || saved.done?.extra_part) return undefined;
  return def.parts.find((p) => p.id !== chosen)?.id;
}

/** An extra part chosen on the done page but not finished yet: its next page to continue with. */
export function unfinishedExtraPage(def: TSurveyDefinition, saved: TPageValuesMap): TPageId | undefined {
  const extra = partId(saved.done?.extra_part);
  if (!extra) return undefined;
  return partPages(def, extra).find((p) => !saved[p]);
}
