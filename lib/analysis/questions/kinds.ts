import type { TElement } from "@/lib/survey/elements/registry";
import type { TStructure } from "@/lib/survey/engine/structure";
import type { TCondition, TScale } from "@/lib/survey/version/primitives";
import { aggregateOf, scaleOf, type TAnalysisItem } from "../aggregates";

/**
 * "Alle vragen": how each element type is summarised. One entry per element type (a new type
 * does not compile until it says how it is summarised here); `null` is not a question, or is
 * kept apart from the answers (the raffle's e-mail address).
 *
 * - choice: single choice, count and share per option (base: who saw the question)
 * - choices: multiple choice and pick-N, share of those offered each option that chose it
 * - ranking: per option the share placing it in the top (5, or fewer options) and its mean rank
 * - scale: per row or statement the distribution over the scale, missing codes (n.v.t.) apart,
 *   skipped (shown, not answered), N, mean, SD and median
 * - number: N, mean, SD, median, range and a histogram of up to 10 bins
 * - text: how many answered, with a link to the answers
 */
export type TSummaryKind = "choice" | "choices" | "ranking" | "scale" | "number" | "text";

export const SUMMARY_KIND: Record<TElement["type"], TSummaryKind | null> = {
  info: null,
  consent: null,
  email: null,
  single: "choice",
  multi: "choices",
  pickn: "choices",
  ranking: "ranking",
  grid: "scale",
  slider: "scale",
  sliders: "scale",
  number: "number",
  text: "text",
};

/** A ranking is summarised by the share placing each option in its first RANK_TOP places. */
export const RANK_TOP = 5;

export type TOpenVariable = { variable: string; label: string };

/** Everything the SQL and the shaping need to know about one question, from the definition alone. */
export type TQuestionSpec = {
  id: string;
  type: TElement["type"];
  kind: TSummaryKind;
  page: string;
  /** The part the page belongs to: "finished" then means that part was finished. */
  part?: string;
  /** Pages of the same part before this one: a respondent back on one of them has not (re)saved this page. */
  earlierPages: string[];
  title: string;
  question: string;
  showIf?: TCondition;
  /** Options, rows or statements (lib/analysis/aggregates.ts), each with its variable and condition. */
  items: TAnalysisItem[];
  /** Coded and numeric variables whose values are counted. */
  variables: string[];
  /** Free-text variables (the text itself, "anders, namelijk"). */
  open: TOpenVariable[];
  scale?: TScale;
  /** Top places counted for a ranking, the number to pick for a pick-N. */
  top?: number;
  /** A pick-N of at most `top` answers (otherwise exactly `top`). */
  isAtMost?: boolean;
};

function openVariables(el: TElement, s: TStructure): TOpenVariable[] {
  const own = new Set(s.variablesOf.get(el.id) ?? []);
  return s.variables
    .filter((v) => own.has(v.name) && v.type === "string" && !v.isCoded)
    .map((v) => ({ variable: v.name, label: v.label }));
}

/** The question's summary spec, or undefined for elements that are not summarised. */
export function questionSpec(el: TElement, s: TStructure): TQuestionSpec | undefined {
  const kind = SUMMARY_KIND[el.type];
  const found = s.elements.get(el.id);
  if (!kind || !found) return undefined;
  const q = el as { label?: string; text?: string };
  const items = kind === "text" ? [] : (aggregateOf(el)?.items(el, s, {}) ?? []);
  const open = openVariables(el, s);
  const openNames = new Set(open.map((o) => o.variable));
  const page = found.page;
  const partPages = page.part ? (s.partPages.get(page.part) ?? []) : [];
  const top = el.type === "ranking" ? Math.min(RANK_TOP, items.length) : el.type === "pickn" ? el.count : undefined;
  return {
    id: el.id, type: el.type, kind, page: page.id, part: page.part,
    earlierPages: partPages.slice(0, partPages.findIndex((p) => p.id === page.id)).map((p) => p.id),
    title: q.label ?? s.lookup.plain(q.text ?? el.id),
    question: s.lookup.plain(q.text ?? ""),
    showIf: el.showIf,
    items,
    variables: [...new Set(items.map((i) => i.variable))].filter((v) => !openNames.has(v)),
    open,
    scale: scaleOf(el, s),
    ...(top !== undefined ? { top } : {}),
    ...(el.type === "pickn" && el.mode === "atMost" ? { isAtMost: true } : {}),
  };
}

export type TQuestionPage = { id: string; title: string; questions: TQuestionSpec[] };

/** Every summarised question of the version, page by page, in questionnaire order. */
export function questionPages(s: TStructure): TQuestionPage[] {
  return s.pages
    .map((page) => ({
      id: page.id,
      title: s.lookup.plain(page.title ?? page.id),
      questions: page.elements.map((el) => questionSpec(el, s)).filter((q): q is TQuestionSpec => q !== undefined),
    }))
    .filter((p) => p.questions.length > 0);
}

/** Every free-text variable (texts and "anders, namelijk") of the pages, with its question. */
export function openQuestionsOf<Q extends TQuestionSpec>(pages: { questions: Q[] }[]): (TOpenVariable & { question: Q })[] {
  return pages.flatMap((p) => p.questions.flatMap((q) => q.open.map((o) => ({ ...o, question: q }))));
}

export const openQuestions = (s: TStructure) => openQuestionsOf(questionPages(s));

/**
 * The questions of several versions as one list: the first version's pages in its order, then
 * what other versions add (a page of their own after the page it follows there, a question of
 * their own at the end of its page). Answers merge by variable name, as in the exports; each
 * question remembers which version (`source`, an index into `lists`) defines it.
 */
export type TSourcedPage = Omit<TQuestionPage, "questions"> & { questions: (TQuestionSpec & { source: number })[] };

export function mergeQuestionPages(lists: TQuestionPage[][]): TSourcedPage[] {
  const out: TSourcedPage[] = [];
  const seen = new Set<string>();
  lists.forEach((pages, source) => {
    let after = -1;
    for (const page of pages) {
      const fresh = page.questions.filter((q) => !seen.has(q.id)).map((q) => ({ ...q, source }));
      fresh.forEach((q) => seen.add(q.id));
      const at = out.findIndex((p) => p.id === page.id);
      if (at >= 0) {
        out[at] = { ...out[at], questions: [...out[at].questions, ...fresh] };
        after = at;
      } else if (fresh.length) {
        out.splice(after + 1, 0, { ...page, questions: fresh });
        after += 1;
      }
    }
  });
  return out;
}
