import { displayOrder } from "../engine/order";
import { applySave, FlowError, pageValues, path } from "../engine/flow";
import type { TAnswers } from "../elements/types";
import type { TVersionDef } from "../version/schema";
import type { TResumeState, TSaveResult, TSessionIo } from "./api";
import { storeProgress } from "./storage";

/**
 * A researcher's preview of a draft: the real questionnaire (components/survey) with the
 * server's rules for a save run in the page instead of on the server. Saves go through the flow
 * engine's applySave, as lib/responses/save.ts does, and the state a returning respondent gets is
 * built as getResumeState builds it; nothing is sent or stored, and progress lives in memory (a
 * reload starts again). The answers in the preview are therefore checked exactly as a
 * respondent's would be.
 */
type TPreviewResponse = {
  answers: TAnswers;
  order: Record<string, string[]>;
  currentPage: string;
  partsFinished: string[];
  isFinished: boolean;
  lastSeq: number;
  savedPages: Set<string>;
  language?: string;
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

/**
 * The draft as previewed from `page`: a page that a condition hides from a respondent without
 * answers is shown anyway (its condition dropped for the preview), so the page being edited can be seen.
 */
export function previewFrom(def: TVersionDef, page: string | undefined): TVersionDef {
  if (!page || path(def, {}).includes(page)) return def;
  const shown = { ...def, pages: def.pages.map((p) => (p.id === page ? { ...p, showIf: undefined } : p)) };
  return path(shown, {}).includes(page) ? shown : def;
}

/** The respondent API of one draft, answered in the page. */
export function previewIo(def: TVersionDef, version: number, at?: { slug: string; page?: string }): TSessionIo {
  const responses = new Map<string, TPreviewResponse>();
  const memory = new Map<string, string>();
  const storage = { getItem: (k: string) => memory.get(k) ?? null, setItem: (k: string, v: string) => void memory.set(k, v), removeItem: (k: string) => void memory.delete(k) };
  // Started on a later page (the page being edited): as a respondent who got there with no answers.
  const startPages = path(def, {});
  if (at?.page && at.page !== startPages[0] && startPages.includes(at.page)) {
    const id = crypto.randomUUID();
    responses.set(id, {
      answers: {}, order: displayOrder(def, id), currentPage: at.page, partsFinished: [], isFinished: false, lastSeq: 0, savedPages: new Set(),
    });
    storeProgress(storage, at.slug, { responseId: id, secret: "p".repeat(32), seq: 0 });
  }

  function put(id: string, body: { seq: number; page: string; values: Record<string, unknown>; language?: string }): Response {
    let r = responses.get(id);
    if (!r) {
      const first = path(def, {})[0];
      if (body.page !== first) return json(404, { error: "Dit antwoord bestaat niet (meer). Begin opnieuw." });
      r = { answers: {}, order: displayOrder(def, id), currentPage: first, partsFinished: [], isFinished: false, lastSeq: 0, savedPages: new Set() };
      responses.set(id, r);
    }
    if (body.seq <= r.lastSeq) return json(200, { currentPage: r.currentPage, seq: r.lastSeq, isDuplicate: true, isFinished: r.isFinished } satisfies TSaveResult);
    try {
      const outcome = applySave(def, r, body.page, body.values);
      r.answers = outcome.answers;
      r.currentPage = outcome.nextPage;
      r.partsFinished = [...r.partsFinished, ...outcome.finishedParts];
      r.isFinished = outcome.isFinished;
      r.lastSeq = body.seq;
      r.savedPages.add(body.page);
      if (body.language) r.language = body.language;
      return json(200, { currentPage: r.currentPage, seq: r.lastSeq, isDuplicate: false, isFinished: r.isFinished } satisfies TSaveResult);
    } catch (error) {
      if (error instanceof FlowError) return json(error.status, { error: error.message, fields: error.fields });
      throw error;
    }
  }

  function get(id: string): Response {
    const r = responses.get(id);
    if (!r) return json(404, { error: "Dit antwoord bestaat niet (meer). Begin opnieuw." });
    const pages = path(def, r.answers);
    const values: TResumeState["values"] = {};
    for (const page of r.savedPages) if (pages.includes(page)) values[page] = pageValues(def, page, { answers: r.answers, order: r.order });
    const state: TResumeState = {
      responseId: id, version, flowMode: def.parts?.mode ?? "sequential", currentPage: r.currentPage, pages, seq: r.lastSeq,
      isFinished: r.isFinished, displayOrder: r.order, values, answers: r.answers, def,
      language: r.language ?? def.languages?.[0] ?? "nl",
    };
    return json(200, state);
  }

  const fetchPreview = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url, "http://preview.local");
    const id = /\/responses\/([^/]+)$/.exec(url.pathname)?.[1];
    if (!id) return json(404, { error: "Niet gevonden." });
    if ((init?.method ?? "GET") === "PUT") return put(decodeURIComponent(id), JSON.parse(String(init?.body ?? "{}")));
    return get(decodeURIComponent(id));
  };
  return { fetch: fetchPreview as typeof fetch, storage: () => storage };
}
