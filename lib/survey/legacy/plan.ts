import { createHash } from "node:crypto";
import type { TPartId, TSurveyDefinition } from "@/lib/survey/definition";
import { flowPages, nextPage, partOfPage, partPages, requiredParts, type TFlowState, type TPageId } from "@/lib/survey/flow";
import { getCompetences, getPart } from "@/lib/survey/model";
import { PageOrderError, pageSchema, toAnswerRows, type TAnswerRow } from "@/lib/survey/pages";
import { seededShuffle } from "@/lib/survey/random";
import { ResponseError } from "@/lib/responses/errors";

/**
 * The first engine's save plan, kept only to prove the general engine (lib/survey/engine) does the
 * same (tests/unit/engine/legacy-equivalence.test.ts). Was: the pure part of saving a page; decide what to
 * write. No I/O here, so every rule is unit-tested; lib/responses/service.ts runs the SQL.
 */
export type TStoredResponse = {
  id: string;
  secretHash: string;
  lastSeq: number;
  currentPage: TPageId;
  flowMode: "sequential" | "choice";
  partChoice: TPartId | null;
  extraPart: TPartId | null;
  activities: Partial<Record<TPartId, string>>;
  partsFinished: TPartId[];
  isFinished: boolean;
};

export type TWritePlan = {
  rows: TAnswerRow[];
  /** Pages whose stored answers are replaced by this save. */
  clearPages: TPageId[];
  columns: Record<string, string | null>;
  finishParts: TPartId[];
  isFinishing: boolean;
  nextPage: TPageId;
  raffleEmail: string | null;
};

export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** Identifies a save's content: a retry repeats it exactly, another device's save does not. */
export const saveDigest = (req: { page: string; values: Record<string, unknown> }) =>
  createHash("sha256").update(JSON.stringify([req.page, req.values])).digest("hex");

export function displayOrderFor(def: TSurveyDefinition, responseId: string): Record<string, string[]> {
  return Object.fromEntries(
    def.parts.map((p) => [p.id, seededShuffle(getCompetences(def, p.top5.model).map((c) => c.id), `${responseId}:${p.id}`)]),
  );
}

export function flowState(r: Pick<TStoredResponse, "partChoice" | "extraPart">): TFlowState {
  return { partChoice: r.partChoice ?? undefined, extraPart: r.extraPart ?? undefined };
}

export function planSave(def: TSurveyDefinition, stored: TStoredResponse, page: string, values: Record<string, unknown>): TWritePlan {
  const pages = flowPages(def, stored.flowMode, flowState(stored));
  const pageId = page as TPageId;
  const at = pages.indexOf(pageId);
  if (at < 0) throw new ResponseError(409, `De pagina "${page}" hoort niet bij dit verloop van de vragenlijst.`);
  if (at > pages.indexOf(stored.currentPage)) {
    throw new ResponseError(409, `De pagina "${page}" komt pas na "${stored.currentPage}".`);
  }
  let schema;
  try {
    schema = pageSchema(def, pageId, { activities: stored.activities });
  } catch (error) {
    if (error instanceof PageOrderError) throw new ResponseError(409, error.message);
    throw error;
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((i) => [i.path.join(".") || "_", i.message]));
    throw new ResponseError(422, `Controleer je antwoorden: ${Object.values(fields).join(" ")}`, fields);
  }
  const data = parsed.data as Record<string, unknown>;
  const columns: Record<string, string | null> = {};
  const clearPages: TPageId[] = [pageId];
  const next: TStoredResponse = { ...stored, activities: { ...stored.activities } };

  const partId = partOfPage(pageId);
  if (pageId === "bg") {
    columns.function = data.bg_function as string;
    columns.province = data.bg_province as string;
    columns.sector = data.bg_sector as string;
  } else if (pageId === "choice") {
    columns.part_choice = next.partChoice = data.part_choice as TPartId;
  } else if (pageId === "done") {
    const extra = data.extra_part as TPartId;
    if (stored.flowMode !== "choice" || extra === stored.partChoice || !stored.partChoice) {
      throw new ResponseError(409, "Dit deel kun je niet als extra deel kiezen.");
    }
    columns.extra_part = next.extraPart = extra;
  } else if (partId && pageId.endsWith("_activity")) {
    const activity = data[getPart(def, partId).activity.id] as string;
    columns[`${partId}_activity`] = next.activities[partId] = activity;
    const previous = stored.activities[partId];
    // A different activity makes the answers on the part's later pages refer to the wrong thing.
    if (previous && previous !== activity) clearPages.push(...partPages(def, partId).filter((p) => p !== pageId));
  }

  const nextPages = flowPages(def, stored.flowMode, flowState(next));
  const finishParts = partId && pageId === `${partId}_other` && !stored.partsFinished.includes(partId) ? [partId] : [];
  const finished = new Set([...stored.partsFinished, ...finishParts]);
  const isFinishing =
    !stored.isFinished && requiredParts(def, stored.flowMode, flowState(next)).every((p) => finished.has(p)) && finished.size > 0;
  const email = pageId === "raffle" && typeof data.email === "string" && data.email ? data.email.toLowerCase() : null;

  return {
    rows: toAnswerRows(def, pageId, data),
    clearPages,
    columns,
    finishParts,
    isFinishing,
    // From the thank-you page the extra part starts at its first page.
    nextPage: pageId === "done" && next.extraPart ? partPages(def, next.extraPart)[0] : nextPage(nextPages, pageId),
    raffleEmail: email,
  };
}
