import { createHash } from "node:crypto";
import type { TAnswerRow, TAnswers } from "@/lib/survey/elements/types";
import { FlowError, applySave } from "@/lib/survey/engine/flow";
import { structure } from "@/lib/survey/engine/structure";
import type { TVersionDef } from "@/lib/survey/version/schema";
import { ResponseError } from "./errors";

/**
 * The pure part of saving a page: from the stored response and the request, decide what to
 * write. The rules are the flow engine's (lib/survey/engine), shared with the browser and the
 * import; lib/responses/service.ts runs the SQL.
 */
export type TStoredResponse = {
  id: string;
  lastSeq: number;
  currentPage: string;
  answers: TAnswers;
  order: Record<string, string[]>;
  partsFinished: string[];
  isFinished: boolean;
};

export type TWritePlan = {
  rows: TAnswerRow[];
  /** Stored variables whose answers go: replaced on this page or no longer applicable. */
  clear: string[];
  /** Every single-choice answer after the save: the response's dimension values. */
  dims: Record<string, string>;
  answers: TAnswers;
  finishParts: string[];
  isFinishing: boolean;
  nextPage: string;
  raffleEmail: string | null;
};

export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** Identifies a save's content: a retry repeats it exactly, another device's save does not. */
export const saveDigest = (req: { page: string; values: Record<string, unknown> }) =>
  createHash("sha256").update(JSON.stringify([req.page, req.values])).digest("hex");

/** Single-choice answers by variable: what results filter and group on. */
export function dimsOf(def: TVersionDef, answers: TAnswers): Record<string, string> {
  const { elements } = structure(def);
  const out: Record<string, string> = {};
  for (const [variable, value] of Object.entries(answers)) {
    if (typeof value === "string" && elements.get(variable)?.el.type === "single") out[variable] = value;
  }
  return out;
}

export function planSave(def: TVersionDef, stored: TStoredResponse, page: string, values: Record<string, unknown>): TWritePlan {
  let outcome;
  try {
    outcome = applySave(def, stored, page, values);
  } catch (error) {
    if (error instanceof FlowError) throw new ResponseError(error.status, error.message, error.fields);
    throw error;
  }
  return {
    rows: outcome.rows,
    clear: outcome.cleared,
    dims: dimsOf(def, outcome.answers),
    answers: outcome.answers,
    finishParts: outcome.finishedParts,
    isFinishing: !stored.isFinished && outcome.isFinished,
    nextPage: outcome.nextPage,
    raffleEmail: outcome.email,
  };
}
