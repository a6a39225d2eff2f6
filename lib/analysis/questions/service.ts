import "server-only";
import { pool } from "@/lib/db/client";
import { ResponseError } from "@/lib/responses/errors";
import type { TResultFilters } from "../filters";
import { cached } from "../service";
import type { TSurveyContext } from "../survey";
import { allOpenAnswers, ANSWERS_PER_PAGE, countOpenAnswers, listOpenAnswers, type TAnswersQuery } from "./answers";
import { answersCsvHeader, answersCsvLines } from "./csv";
import { structure, type TStructure } from "@/lib/survey/engine/structure";
import { liveVersions } from "../monitoring";
import { mergeQuestionPages, openQuestionsOf, questionPages, type TSourcedPage } from "./kinds";
import { shapeQuestion, type TQuestionSummary } from "./shape";
import { questionRows, type TQuestionScope } from "./sql";

/**
 * "Alle vragen": every question of the survey's version summarised by its type (./kinds.ts),
 * one cached figure per questionnaire page, and the answers to its open questions.
 */
const scopeOf = (s: TSurveyContext, filters: TResultFilters): TQuestionScope => ({ surveyId: s.id, filters, dimensions: s.dimensions });

/**
 * The survey's questions over its live versions: the dashboard's version first, then what other
 * versions add (the choice page of a choice-mode version, …). Versions change only when the app
 * starts (lib/survey/seed-folders.ts); kept a minute per survey.
 */
type TQuestions = { structures: TStructure[]; pages: TSourcedPage[] };
const VERSIONS_TTL_MS = 60_000;
const known = new Map<string, { at: number; value: Promise<TQuestions> }>();

export function surveyQuestions(s: TSurveyContext): Promise<TQuestions> {
  const hit = known.get(s.id);
  if (hit && performance.now() - hit.at < VERSIONS_TTL_MS) return hit.value;
  const value = liveVersions(pool(), s.id).then((versions) => {
    const others = versions.filter((v) => v.def.version !== s.structure.def.version).map((v) => structure(v.def));
    const structures = [s.structure, ...others];
    return { structures, pages: mergeQuestionPages(structures.map(questionPages)) };
  });
  known.set(s.id, { at: performance.now(), value });
  value.catch(() => known.delete(s.id));
  return value;
}

export const listQuestionPages = async (s: TSurveyContext): Promise<TSourcedPage[]> => (await surveyQuestions(s)).pages;

export type TQuestionPageSummary = { id: string; title: string; questions: TQuestionSummary[] };

/** One page's questions for the filters, computed once per live marker (lib/analysis/cache.ts). */
export async function getQuestionPage(s: TSurveyContext, filters: TResultFilters, pageId: string): Promise<TQuestionPageSummary> {
  const { structures, pages } = await surveyQuestions(s);
  const page = pages.find((p) => p.id === pageId);
  if (!page) throw new Error(`Onbekende pagina ${pageId}`);
  return cached(s, ["questions", page, filters], async (db) => {
    const questions = [];
    // One after the other: the figure runs on one connection (lib/analysis/cache.ts).
    for (const q of page.questions) questions.push(shapeQuestion(q, await questionRows(db, scopeOf(s, filters), q, structures[q.source])));
    return { id: page.id, title: page.title, questions };
  });
}

export async function findOpenQuestion(s: TSurveyContext, variable: string) {
  return openQuestionsOf((await surveyQuestions(s)).pages).find((o) => o.variable === variable);
}

async function openQuestionOrFail(s: TSurveyContext, variable: string) {
  const open = await findOpenQuestion(s, variable);
  if (!open) throw new ResponseError(404, `Deze vragenlijst heeft geen open vraag ${variable}.`);
  return open;
}

export type TOpenAnswersPage = {
  variable: string; label: string; questionTitle: string; total: number; page: number; pages: number; perPage: number;
  answers: Awaited<ReturnType<typeof listOpenAnswers>>;
};

/** A page of one open question's answers (newest first) for the filters and search. Live, not cached. */
export async function getOpenAnswers(s: TSurveyContext, filters: TResultFilters, query: TAnswersQuery): Promise<TOpenAnswersPage> {
  const open = await openQuestionOrFail(s, query.vraag);
  const place = { spec: open.question, variable: open.variable };
  const total = await countOpenAnswers(pool(), scopeOf(s, filters), place, query.q);
  const pages = Math.max(1, Math.ceil(total / ANSWERS_PER_PAGE));
  const page = Math.min(query.pagina, pages);
  const answers = total ? await listOpenAnswers(pool(), scopeOf(s, filters), place, query.q, page) : [];
  return { variable: open.variable, label: open.label, questionTitle: open.question.title, total, page, pages, perPage: ANSWERS_PER_PAGE, answers };
}

/** The CSV of one open question's answers, as chunks for a streamed download. */
export async function openAnswersCsv(s: TSurveyContext, filters: TResultFilters, query: Pick<TAnswersQuery, "vraag" | "q">): Promise<AsyncIterable<string>> {
  const open = await openQuestionOrFail(s, query.vraag);
  const place = { spec: open.question, variable: open.variable };
  return (async function* () {
    yield answersCsvHeader();
    for await (const rows of allOpenAnswers(pool(), scopeOf(s, filters), place, query.q)) yield answersCsvLines(open.variable, rows);
  })();
}
