import { z } from "zod";
import { elementType, type TElement } from "../elements/registry";
import type { TAnswerRow, TAnswers, TContext, TFormValues, TValue } from "../elements/types";
import type { TPage, TVersionDef } from "../version/schema";
import { conditionVars, holds } from "./conditions";
import { labelFrom, pipe, pipedVars } from "./piping";
import { structure } from "./structure";

/**
 * The one flow engine: which pages a respondent sees, what each page accepts, what a save stores
 * and clears. Pure and shared by the server's save, the browser, the import and the analysis,
 * so they cannot disagree.
 */
export type TRespondent = {
  answers: TAnswers;
  /** Randomised orders shown, by order group. */
  order?: Readonly<Record<string, readonly string[]>>;
};

export class FlowError extends Error {
  constructor(readonly status: 409 | 422, message: string, readonly fields?: Record<string, string>) {
    super(message);
  }
}

export function context(def: TVersionDef, r: TRespondent): TContext {
  const { lookup } = structure(def);
  return {
    answers: r.answers,
    order: r.order ?? {},
    scale: lookup.scale,
    options: lookup.options,
    holds: (c) => holds(c, r.answers),
    pipe: (text) => pipe(text, labelFrom(r.answers, lookup.optionLabel)),
  };
}

function shownElements(page: TPage, answers: TAnswers): TElement[] {
  return page.elements.filter((el) => holds(el.showIf, answers));
}

/** A page is skipped when its condition fails or every one of its elements is hidden. */
function isShown(page: TPage, answers: TAnswers): boolean {
  if (!holds(page.showIf, answers)) return false;
  return page.elements.length === 0 || shownElements(page, answers).length > 0;
}

/** The chosen part and the part taken up from the end page (choice mode). */
export function chosenParts(def: TVersionDef, answers: TAnswers): { chosen?: string; extra?: string } {
  const parts = def.parts;
  if (!parts || parts.mode !== "choice") return {};
  const known = (v: TValue | undefined) => (typeof v === "string" && parts.items.some((p) => p.id === v) ? v : undefined);
  const chosen = known(answers[parts.choice.variable]);
  const extra = known(answers[parts.extra.variable]);
  return { chosen, extra: extra !== chosen ? extra : undefined };
}

/** The respondent's pages in order, from the answers that steer the flow. */
export function path(def: TVersionDef, answers: TAnswers): string[] {
  const s = structure(def);
  let pages: TPage[];
  if (!def.parts) pages = [...s.head, s.endPage];
  else if (def.parts.mode === "sequential") pages = [...s.head, ...[...s.partPages.values()].flat(), ...s.tail, s.endPage];
  else {
    const { chosen, extra } = chosenParts(def, answers);
    const of = (id?: string) => (id ? (s.partPages.get(id) ?? []) : []);
    pages = [...s.head, s.choicePage!, ...of(chosen), ...s.tail, ...of(extra), s.endPage];
  }
  return pages.filter((p) => isShown(p, answers)).map((p) => p.id);
}

/** Every page a version can show, in canonical order (funnels, codebooks). */
export const allPages = (def: TVersionDef): string[] => structure(def).pages.map((p) => p.id);

export const partOfPage = (def: TVersionDef, pageId: string): string | undefined => structure(def).page(pageId)?.part;

/** Parts the respondent must finish for the response to count as finished. */
export function requiredParts(def: TVersionDef, answers: TAnswers): string[] {
  if (!def.parts) return [];
  if (def.parts.mode === "sequential") return def.parts.items.map((p) => p.id);
  const { chosen } = chosenParts(def, answers);
  return chosen ? [chosen] : [];
}

function page(def: TVersionDef, pageId: string): TPage {
  const p = structure(def).page(pageId);
  if (!p) throw new FlowError(409, `Onbekende pagina "${pageId}".`);
  return p;
}

/** Elements of a page shown to this respondent. */
export const pageElements = (def: TVersionDef, pageId: string, r: TRespondent): TElement[] => shownElements(page(def, pageId), r.answers);

const schemaCache = new WeakMap<TVersionDef, Map<string, z.ZodType>>();

/** The zod schema of one page save for this respondent: used by the form and by the server. */
export function pageSchema(def: TVersionDef, pageId: string, r: TRespondent): z.ZodType<TFormValues> {
  const elements = pageElements(def, pageId, r);
  const ctx = context(def, r);
  const key = `${pageId}:${JSON.stringify(dependencyValues(def, elements, r.answers))}`;
  let byKey = schemaCache.get(def);
  if (!byKey) schemaCache.set(def, (byKey = new Map()));
  let schema = byKey.get(key);
  if (!schema) {
    const fields = elements.map((el) => elementType(el).fields(el, ctx));
    const object = z.strictObject(Object.assign({}, ...fields.map((f) => f.shape)));
    const refines = fields.flatMap((f) => (f.refine ? [f.refine] : []));
    schema = refines.length === 0 ? object : object.superRefine((values, c) => {
      for (const refine of refines) refine(values as TFormValues, (path, message) => c.addIssue({ code: "custom", path: [path], message }));
    });
    byKey.set(key, schema);
  }
  return schema as z.ZodType<TFormValues>;
}

/** The values a page's schema depends on: what it reads of earlier answers. */
function dependencyValues(def: TVersionDef, elements: TElement[], answers: TAnswers): (TValue | null)[] {
  const vars = [...new Set(elements.flatMap((el) => [...readsOf(el)]))].sort();
  return vars.map((v) => answers[v] ?? null);
}

/** Field names a page accepts now: browser drafts keep only these. */
export function pageFields(def: TVersionDef, pageId: string, r: TRespondent): string[] {
  const ctx = context(def, r);
  return pageElements(def, pageId, r).flatMap((el) => Object.keys(elementType(el).fields(el, ctx).shape));
}

/** A page's form values rebuilt from the stored answers. */
export function pageValues(def: TVersionDef, pageId: string, r: TRespondent): TFormValues {
  const ctx = context(def, r);
  return Object.assign({}, ...pageElements(def, pageId, r).map((el) => elementType(el).fromAnswers(el, ctx)));
}

/** Rows to store for a page's validated values. */
export function pageRows(def: TVersionDef, pageId: string, values: TFormValues, r: TRespondent): TAnswerRow[] {
  const ctx = context(def, r);
  return pageElements(def, pageId, r).flatMap((el) => elementType(el).toRows(el, values, ctx));
}

/** Earlier answers an element reads: its conditions, its options' conditions, pipes, option-dependent items. */
const readsCache = new WeakMap<TElement, Set<string>>();

export function readsOf(el: TElement): Set<string> {
  const hit = readsCache.get(el);
  if (hit) return hit;
  const vars = new Set<string>(conditionVars(el.showIf));
  for (const t of ["text", "help", "label"] as const) for (const v of pipedVars((el as Record<string, unknown>)[t] as string | undefined)) vars.add(v);
  if ("options" in el) for (const o of el.options ?? []) for (const v of conditionVars(o.showIf)) vars.add(v);
  if (el.type === "sliders" && el.itemsBy) vars.add(el.itemsBy.var);
  readsCache.set(el, vars);
  return vars;
}

/**
 * Variables to clear when `changed` change value: the answers of every element that reads them,
 * and of the elements that read those, and so on. Answers about "the chosen activity" must not
 * survive a change of activity.
 */
const readersCache = new WeakMap<TVersionDef, Map<string, TElement[]>>();

/** Elements by the earlier answers they read (their own and their page's conditions, pipes, items). */
function readersOf(def: TVersionDef): Map<string, TElement[]> {
  let readers = readersCache.get(def);
  if (readers) return readers;
  readers = new Map();
  for (const { el, page: p } of structure(def).elements.values()) {
    for (const v of new Set([...readsOf(el), ...conditionVars(p.showIf)])) readers.set(v, [...(readers.get(v) ?? []), el]);
  }
  readersCache.set(def, readers);
  return readers;
}

export function dependentVariables(def: TVersionDef, changed: Iterable<string>): Set<string> {
  const readers = readersOf(def);
  const out = new Set<string>();
  const queue = [...changed];
  const seen = new Set<string>();
  while (queue.length) {
    const v = queue.pop()!;
    for (const el of readers.get(v) ?? []) {
      if (seen.has(el.id)) continue;
      seen.add(el.id);
      for (const name of variablesOf(def, el)) out.add(name);
      queue.push(el.id);
    }
  }
  return out;
}

const variablesOf = (def: TVersionDef, el: TElement): string[] => structure(def).variablesOf.get(el.id) ?? [];

const pageVariablesCache = new WeakMap<TPage, Set<string>>();

/** Every variable the elements of a page can store. */
function pageVariables(def: TVersionDef, pageId: string): Set<string> {
  const p = page(def, pageId);
  let vars = pageVariablesCache.get(p);
  if (!vars) pageVariablesCache.set(p, (vars = new Set(p.elements.flatMap((el) => variablesOf(def, el)))));
  return vars;
}

/** Every variable that may hold an answer given the answers: on the path, shown, and still applicable. */
export function activeVariables(def: TVersionDef, r: TRespondent): Set<string> {
  const ctx = context(def, r);
  const out = new Set<string>();
  for (const id of path(def, r.answers)) {
    for (const el of pageElements(def, id, r)) for (const v of elementType(el).activeVariables(el, ctx)) out.add(v);
  }
  return out;
}

/**
 * Stored answers that no longer apply: their element is off the path or hidden, or the element no
 * longer offers that variable (another activity's statements, an option now hidden). Only the
 * elements that hold answers are evaluated: this runs on every save.
 */
export function inapplicableAnswers(def: TVersionDef, answers: TAnswers): string[] {
  const s = structure(def);
  const onPath = new Set(path(def, answers));
  const ctx = context(def, { answers });
  const activeOf = new Map<string, Set<string>>();
  const out: string[] = [];
  for (const v of Object.keys(answers)) {
    const el = s.ownerOf.get(v);
    if (!el) {
      out.push(v);
      continue;
    }
    let active = activeOf.get(el.id);
    if (!active) {
      const page = s.elements.get(el.id)!.page;
      const isShown = onPath.has(page.id) && holds(el.showIf, answers);
      active = new Set(isShown ? elementType(el).activeVariables(el, ctx) : []);
      activeOf.set(el.id, active);
    }
    if (!active.has(v)) out.push(v);
  }
  return out;
}

/**
 * The answers as they would be with a page's submitted values, before validation: conditions
 * and pipes on a page may read answers given on that same page (a follow-up question shown when
 * an earlier one on the page has a certain answer). Values an element cannot read are ignored
 * here; the page schema refuses them.
 */
export function answersWithPage(def: TVersionDef, pageId: string, answers: TAnswers, values: unknown): TAnswers {
  const p = structure(def).page(pageId);
  if (!p || typeof values !== "object" || values === null) return answers;
  const replaced = pageVariables(def, pageId);
  const out: Record<string, TValue> = {};
  for (const [v, value] of Object.entries(answers)) if (!replaced.has(v)) out[v] = value;
  const ctx = context(def, { answers: out });
  for (const el of p.elements) {
    try {
      for (const row of elementType(el).toRows(el, values as TFormValues, ctx)) {
        const value = row.num ?? row.text;
        if (typeof value === "number" || typeof value === "string") out[row.variable] = value;
      }
    } catch {
      // Malformed values for this element: it reads as unanswered.
    }
  }
  return out;
}

export type TSaveOutcome = {
  /** Rows of the saved page. */
  rows: TAnswerRow[];
  /** Every answer after the save. */
  answers: TAnswers;
  /** Stored variables that no longer hold an answer. */
  cleared: string[];
  nextPage: string;
  /** Parts whose last page this save completed. */
  finishedParts: string[];
  isFinished: boolean;
  /** An e-mail address for a store apart from the answers (raffle), if given. */
  email: string | null;
};

export type TSaveInput = TRespondent & { currentPage: string; partsFinished: readonly string[]; isFinished: boolean };

/** Applies one page save to a respondent's state; throws FlowError for a save that does not fit. */
export function applySave(def: TVersionDef, r: TSaveInput, pageId: string, values: unknown): TSaveOutcome {
  const before = path(def, r.answers);
  const at = before.indexOf(pageId);
  if (at < 0) throw new FlowError(409, `De pagina "${pageId}" hoort niet bij dit verloop van de vragenlijst.`);
  if (at > before.indexOf(r.currentPage)) throw new FlowError(409, `De pagina "${pageId}" komt pas na "${r.currentPage}".`);

  const provisional = { ...r, answers: answersWithPage(def, pageId, r.answers, values) };
  const parsed = pageSchema(def, pageId, provisional).safeParse(values);
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((i) => [i.path.join(".") || "_", i.message]));
    throw new FlowError(422, `Controleer je antwoorden: ${Object.values(fields).join(" ")}`, fields);
  }
  const data = parsed.data;
  const rows = pageRows(def, pageId, data, provisional);

  // The page's answers are replaced by this save.
  const replaced = pageVariables(def, pageId);
  const saved: Record<string, TValue> = {};
  for (const [v, value] of Object.entries(r.answers)) if (!replaced.has(v)) saved[v] = value;
  for (const row of rows) saved[row.variable] = (row.num ?? row.text) as TValue;
  const changed = Object.keys(r.answers).filter((v) => r.answers[v] !== saved[v]);
  const written = new Set(rows.map((row) => row.variable));
  const dropped = new Set([...dependentVariables(def, changed)].filter((v) => !written.has(v)));
  for (const v of inapplicableAnswers(def, saved)) dropped.add(v);
  const next: Record<string, TValue> = {};
  for (const [v, value] of Object.entries(saved)) if (!dropped.has(v)) next[v] = value;

  const after = path(def, next);
  const s = structure(def);
  const { extra } = chosenParts(def, next);
  const nextPage =
    pageId === s.endPage.id && extra ? (after.find((p) => s.page(p)?.part === extra) ?? pageId) : (after[after.indexOf(pageId) + 1] ?? pageId);

  const part = partOfPage(def, pageId);
  const lastOfPart = part ? after.filter((p) => s.page(p)?.part === part).at(-1) : undefined;
  const finishedParts = part && lastOfPart === pageId && !r.partsFinished.includes(part) ? [part] : [];
  const finished = new Set([...r.partsFinished, ...finishedParts]);
  const required = requiredParts(def, next);
  const lastBeforeEnd = after.at(-2);
  const isFinishing = def.parts
    ? finished.size > 0 && required.every((p) => finished.has(p))
    : pageId === lastBeforeEnd;
  const emailEl = pageElements(def, pageId, provisional).find((el) => el.type === "email");
  const email = emailEl && typeof data[emailEl.id] === "string" && data[emailEl.id] ? (data[emailEl.id] as string).toLowerCase() : null;

  return {
    rows,
    answers: next,
    cleared: Object.keys(r.answers).filter((v) => next[v] === undefined),
    nextPage,
    finishedParts,
    isFinished: r.isFinished || isFinishing,
    email,
  };
}

/** Position of a page among the question pages (the first page and the end page are not counted). */
export function progress(def: TVersionDef, pages: string[], current: string): { index: number; total: number } {
  const end = structure(def).endPage.id;
  const questionPages = pages.slice(1).filter((p) => p !== end);
  const i = questionPages.indexOf(current);
  return { index: current === end ? questionPages.length : Math.max(i, 0), total: questionPages.length };
}
