import { elementType } from "@/lib/survey/elements/registry";
import type { TAnswers, TValue } from "@/lib/survey/elements/types";
import { FlowError, applySave, context, pageElements, pageValues, path, type TSaveInput } from "@/lib/survey/engine/flow";
import { structure } from "@/lib/survey/engine/structure";
import type { TVersionDef } from "@/lib/survey/version/schema";

/**
 * One file row through the flow engine, page by page, as a respondent would have saved it: every
 * page save is validated and applied by `applySave`, so an imported response holds exactly what
 * a live save of the same answers would hold. Answers the engine would not keep (a hidden option,
 * items of another activity, a part not taken) are dropped and listed; a page the engine refuses
 * stops the row with the engine's message.
 */
export type TReplayed = {
  answers: TAnswers;
  /** The page each stored variable was saved on. */
  pageOf: Map<string, string>;
  currentPage: string;
  partsFinished: string[];
  isFinished: boolean;
  /** Variables of the row that the engine did not keep. */
  dropped: string[];
  problem?: { page: string; message: string };
};

const variablesCache = new WeakMap<TVersionDef, Map<string, string[]>>();

/** Variables a page can store; asked for every page of every row, so kept per version. */
function pageVariables(def: TVersionDef, pageId: string): string[] {
  let byPage = variablesCache.get(def);
  if (!byPage) variablesCache.set(def, (byPage = new Map()));
  let vars = byPage.get(pageId);
  if (!vars) {
    const s = structure(def);
    vars = (s.page(pageId)?.elements ?? []).flatMap((el) => s.variablesOf.get(el.id) ?? []);
    byPage.set(pageId, vars);
  }
  return vars;
}

const pick = (answers: TAnswers, names: Iterable<string>) => {
  const out: Record<string, TValue> = {};
  for (const n of names) if (answers[n] !== undefined) out[n] = answers[n];
  return out;
};

export function replay(def: TVersionDef, row: TAnswers): TReplayed {
  const pending = new Set(Object.keys(row));
  const dropped: string[] = [];
  const pageOf = new Map<string, string>();
  let state: TSaveInput = { answers: {}, order: {}, currentPage: path(def, {})[0], partsFinished: [], isFinished: false };
  let problem: TReplayed["problem"];
  const saved = new Set<string>();

  while (pending.size > 0) {
    const pageId = state.currentPage;
    // The end page returns to itself: a page saved twice means the path is done.
    if (saved.has(pageId) && pageId === structure(def).endPage.id) break;
    const mine = pageVariables(def, pageId).filter((v) => pending.has(v));
    const active = mine.length > 0 ? activeOnPage(def, pageId, { ...state.answers, ...pick(row, mine) }) : new Set<string>();
    const kept = mine.filter((v) => active.has(v));
    for (const v of mine) {
      pending.delete(v);
      if (!active.has(v)) dropped.push(v);
    }
    if (kept.length === 0 && !isAhead(def, state.answers, row, pending, pageId)) break;
    const values = pageValues(def, pageId, { answers: { ...state.answers, ...pick(row, kept) } });
    let outcome;
    try {
      outcome = applySave(def, state, pageId, values);
    } catch (error) {
      if (!(error instanceof FlowError)) throw error;
      // A page without answers in the row, with answers after it: a respondent who went back and
      // changed a steering answer left it empty (its answers were cleared). Pass it as they did.
      const next = kept.length === 0 ? path(def, state.answers)[path(def, state.answers).indexOf(pageId) + 1] : undefined;
      if (error.status === 422 && next) {
        state = { ...state, currentPage: next };
        continue;
      }
      problem = { page: pageId, message: error.message };
      break;
    }
    saved.add(pageId);
    for (const a of outcome.rows) pageOf.set(a.variable, pageId);
    state = {
      ...state, answers: outcome.answers, currentPage: outcome.nextPage,
      partsFinished: [...state.partsFinished, ...outcome.finishedParts], isFinished: outcome.isFinished,
    };
    if (outcome.nextPage === pageId) break;
  }
  // After a refused page the rest of the row is unplaced, not inapplicable: the error says why.
  if (!problem) dropped.push(...pending);
  const { answers, currentPage, partsFinished, isFinished } = state;
  return { answers, pageOf, currentPage, partsFinished: [...partsFinished], isFinished, dropped, problem };
}

/** Variables the page's shown elements may hold with these answers: what a live save would keep. */
function activeOnPage(def: TVersionDef, pageId: string, answers: TAnswers): Set<string> {
  const r = { answers };
  const ctx = context(def, r);
  return new Set(pageElements(def, pageId, r).flatMap((el) => elementType(el).activeVariables(el, ctx)));
}

/** Whether answers still to place lie on pages after this one on the row's path: then the page must be saved. */
function isAhead(def: TVersionDef, answers: TAnswers, row: TAnswers, pending: Set<string>, pageId: string): boolean {
  const pages = path(def, { ...row, ...answers });
  const later = pages.slice(pages.indexOf(pageId) + 1);
  return later.some((p) => pageVariables(def, p).some((v) => pending.has(v)));
}
