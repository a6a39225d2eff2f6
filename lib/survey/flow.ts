import type { TFlowMode, TPartId, TSurveyDefinition } from "./definition";

/**
 * The respondent's path through a survey, derived from the definition and the answers that steer
 * it (part choice, optional extra part). Page IDs are stable: the dashboard's funnel and the
 * per-page timings use them.
 */
export const PART_PAGE_KINDS = ["activity", "factors", "dev", "top5", "other"] as const;
export type TPartPageKind = (typeof PART_PAGE_KINDS)[number];

export type TPageId =
  | "welcome"
  | "bg"
  | "choice"
  | `${TPartId}_${TPartPageKind}`
  | "raffle"
  | "done";

export type TFlowState = {
  /** The part chosen on the choice page (choice mode). */
  partChoice?: TPartId;
  /** The other part, taken up from the thank-you page (choice mode). */
  extraPart?: TPartId;
};

export function partPages(def: TSurveyDefinition, part: TPartId): TPageId[] {
  const p = def.parts.find((x) => x.id === part);
  if (!p) return [];
  return PART_PAGE_KINDS.filter((k) => k !== "factors" || p.factors).map((k) => `${part}_${k}` as TPageId);
}

export function flowPages(def: TSurveyDefinition, mode: TFlowMode, state: TFlowState): TPageId[] {
  const partIds = def.parts.map((p) => p.id);
  if (mode === "sequential") {
    return ["welcome", "bg", ...partIds.flatMap((id) => partPages(def, id)), "raffle", "done"];
  }
  const head: TPageId[] = ["welcome", "bg", "choice"];
  if (!state.partChoice) return [...head, "raffle", "done"];
  const extra = state.extraPart && state.extraPart !== state.partChoice ? partPages(def, state.extraPart) : [];
  return [...head, ...partPages(def, state.partChoice), "raffle", ...extra, "done"];
}

/** Every page ID a definition can produce, in canonical order (for funnels and codebooks). */
export function allPages(def: TSurveyDefinition): TPageId[] {
  return ["welcome", "bg", "choice", ...def.parts.flatMap((p) => partPages(def, p.id)), "raffle", "done"];
}

export function nextPage(pages: TPageId[], current: TPageId): TPageId {
  const i = pages.indexOf(current);
  return pages[Math.min(i + 1, pages.length - 1)] ?? "done";
}

export function previousPage(pages: TPageId[], current: TPageId): TPageId | undefined {
  const i = pages.indexOf(current);
  return i > 0 ? pages[i - 1] : undefined;
}

/** Parts the respondent must complete for the response to count as finished. */
export function requiredParts(def: TSurveyDefinition, mode: TFlowMode, state: TFlowState): TPartId[] {
  if (mode === "sequential") return def.parts.map((p) => p.id);
  return state.partChoice ? [state.partChoice] : [];
}

export function partOfPage(page: TPageId): TPartId | undefined {
  const m = /^(p\d)_/.exec(page);
  return m ? (m[1] as TPartId) : undefined;
}

export function progress(pages: TPageId[], current: TPageId): { index: number; total: number } {
  // welcome and done are not questions; count the pages in between.
  const questionPages: TPageId[] = pages.filter((p) => p !== "welcome" && p !== "done");
  const i = questionPages.indexOf(current);
  return { index: current === "done" ? questionPages.length : Math.max(i, 0), total: questionPages.length };
}
