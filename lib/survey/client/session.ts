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

/** Pages whose answers a save voids: a changed activity voids that part's later pages (as on the server). */
export function voidedPages(def: TSurveyDefinition, saved: TPageValuesMap, page: TPageId, values: Record<string, unknown>): TPageId[] {
  const part = partOfPage(page);
  if (!part || !page.endsWith("_activity")) return [];
  const q = def.parts.find((p) => p.id === part)?.activity;
  const before = q ? saved[page]?.[q.id] : undefined;
  if (!q || before === undefined || before === values[q.id]) return [];
  return partPages(def, part).filter((p) => p !== page);
}

/** The saved map after a successful save. */
export function applySave(def: TSurveyDefinition, saved: TPageValuesMap, page: TPageId, values: Record<string, unknown>): TPageValuesMap {
  const next: TPageValuesMap = { ...saved, [page]: values };
  for (const p of voidedPages(def, saved, page, values)) delete next[p];
  return next;
}

/**
 * Unsaved values of pages left with "Vorige" after a save: the saved page's own draft is done, and
 * drafts of voided pages answered a question that no longer applies.
 */
export function draftsAfterSave(def: TSurveyDefinition, saved: TPageValuesMap, drafts: TPageValuesMap, page: TPageId, values: Record<string, unknown>): TPageValuesMap {
  const next = { ...drafts };
  for (const p of [page, ...voidedPages(def, saved, page, values)]) delete next[p];
  return next;
}

/** A draft reduced to the fields the page accepts now (a draft typed for another activity keeps nothing of that). */
export function acceptedDraft(fields: readonly string[], draft: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!draft) return undefined;
  return Object.fromEntries(Object.entries(draft).filter(([k]) => fields.includes(k)));
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
