import type { TAnswers, TFormValues } from "@/lib/survey/elements/types";
import { shownOptions } from "@/lib/survey/elements/shared";
import { answersWithPage, applySave, chosenParts, context, dependentVariables, pageElements, pageFields, path, type TRespondent } from "@/lib/survey/engine/flow";
import { structure } from "@/lib/survey/engine/structure";
import type { TVersionDef } from "@/lib/survey/version/schema";

/**
 * The browser's view of a respondent's state, derived with the same flow engine the server saves
 * with: the browser keeps the answers by variable and asks the engine for the path, the page's
 * schema and values, and what a save clears. No flow rules of its own.
 */
export type TDrafts = Readonly<Record<string, TFormValues>>;

/**
 * The respondent as a page reads them while it is filled in: conditions and pipes on a page may
 * read answers given on that same page (a follow-up shown for one answer), exactly as the save does.
 */
export function withPageValues(def: TVersionDef, page: string, r: TRespondent, values: TFormValues): TRespondent {
  return { ...r, answers: answersWithPage(def, page, r.answers, values) };
}

/** The values a page accepts now, given what is filled in on it: a hidden follow-up's value is not sent. */
export function acceptedValues(def: TVersionDef, page: string, r: TRespondent, values: TFormValues): TFormValues {
  return acceptedDraft(pageFields(def, page, withPageValues(def, page, r, values)), values) ?? {};
}

/** The version to continue on: the response's own, which is the page's active one unless a newer version went live since. */
export function versionFor(active: { def: TVersionDef; version: number }, state: { def: TVersionDef; version: number }): TVersionDef {
  return state.version === active.version ? active.def : state.def;
}

/** The page before `page` on the respondent's path. */
export function previousPage(pages: readonly string[], page: string): string | undefined {
  const i = pages.indexOf(page);
  return i > 0 ? pages[i - 1] : undefined;
}

/** Before a part is chosen, count with the first part so the progress bar does not jump. */
export function progressPages(def: TVersionDef, answers: TAnswers): string[] {
  const parts = def.parts;
  if (parts?.mode !== "choice" || chosenParts(def, answers).chosen) return path(def, answers);
  return path(def, { ...answers, [parts.choice.variable]: parts.items[0].id });
}

/** The answers after a save the server acknowledged, and the variables whose value it changed. */
export function answersAfterSave(def: TVersionDef, r: TRespondent, page: string, values: TFormValues): { answers: TAnswers; changed: string[] } {
  const outcome = applySave(def, { ...r, currentPage: page, partsFinished: [], isFinished: false }, page, values);
  const keys = new Set([...Object.keys(r.answers), ...Object.keys(outcome.answers)]);
  return { answers: outcome.answers, changed: [...keys].filter((v) => r.answers[v] !== outcome.answers[v]) };
}

/**
 * Unsaved values of pages left with "Vorige" after a save: the saved page's own draft is done, and
 * fields that read a changed answer (statements or ratings about a former choice) no longer apply.
 */
export function draftsAfterSave(def: TVersionDef, drafts: TDrafts, page: string, changed: readonly string[]): TDrafts {
  const stale = dependentVariables(def, changed);
  const next: Record<string, TFormValues> = {};
  for (const [p, values] of Object.entries(drafts)) {
    if (p === page) continue;
    const kept = Object.fromEntries(Object.entries(values).filter(([k]) => !stale.has(k)));
    if (Object.keys(kept).length) next[p] = kept;
  }
  return next;
}

/** A draft reduced to the fields the page accepts now (a draft typed under an earlier answer keeps nothing that no longer applies). */
export function acceptedDraft(fields: readonly string[], draft: TFormValues | undefined): TFormValues | undefined {
  if (!draft) return undefined;
  return Object.fromEntries(Object.entries(draft).filter(([k]) => fields.includes(k)));
}

/**
 * What of a page's values may be kept in the browser's storage: the fields the page accepts,
 * never an e-mail address (it is kept apart from the answers), nothing of the end page.
 */
export function storableDraft(def: TVersionDef, page: string, r: TRespondent, values: TFormValues): TFormValues | undefined {
  if (page === structure(def).endPage.id) return undefined;
  const live = withPageValues(def, page, r, values);
  const emails = new Set(pageElements(def, page, live).filter((el) => el.type === "email").map((el) => el.id));
  const fields = pageFields(def, page, live).filter((f) => !emails.has(f));
  return acceptedDraft(fields, values);
}

/** Parts the end page can still offer (choice mode, no other part taken up yet), in definition order. */
export function offerableParts(def: TVersionDef, r: TRespondent): string[] {
  const parts = def.parts;
  if (parts?.mode !== "choice" || r.answers[parts.extra.variable] !== undefined) return [];
  const el = pageElements(def, structure(def).endPage.id, r).find((e) => e.id === parts.extra.variable);
  return el?.type === "single" ? shownOptions(el, context(def, r)).map((o) => o.code) : [];
}
