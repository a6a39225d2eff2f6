import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { parseFilters, type TResultFilters } from "@/lib/analysis/filters";
import { ZAnswersQuery } from "@/lib/analysis/questions/answers";
import type { TSourcedPage } from "@/lib/analysis/questions/kinds";
import { getOpenAnswers, getQuestionPage, listQuestionPages, openAnswersCsv, surveyQuestions } from "@/lib/analysis/questions/service";
import type { TQuestionSummary } from "@/lib/analysis/questions/shape";
import { shapeQuestion } from "@/lib/analysis/questions/shape";
import { questionRows } from "@/lib/analysis/questions/sql";
import { pool } from "@/lib/db/client";
import { getSurveyContext, type TSurveyContext } from "@/lib/analysis/survey";
import { savePage } from "@/lib/responses/service";
import type { TAnswers } from "@/lib/survey/elements/types";
import { holds } from "@/lib/survey/engine/conditions";
import { CHOICE_SLUG, seedGolden, type TGoldenRespondent } from "../golden/fixture";
import { query, resetDb } from "./db";

/**
 * "Alle vragen" on the golden respondents (tests/golden/respondents.json, 64 respondents, plus
 * the 2020 wave): every count of every question is recounted here in plain TypeScript from the
 * stored rows (responses, answers, page visits) and the engine's own condition check, and the
 * part-2 grid once more straight from the respondents' saves.
 */
type TRow = { id: string; wave: string; finished: boolean; parts: string[]; current: string };
type TAnswerRow = { response_id: string; variable: string; page_id: string; num: number | null; text: string | null };
type TVisit = { response_id: string; page_id: string };

let survey: TSurveyContext;
let pages: TSourcedPage[];
let respondents: TGoldenRespondent[];
let responses: TRow[];
let answers: Map<string, TAnswerRow[]>;
let visits: Map<string, TVisit[]>;

const group = <T extends { response_id: string }>(rows: T[]) => {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(r.response_id, [...(m.get(r.response_id) ?? []), r]);
  return m;
};

async function load() {
  responses = await query<TRow>(
    `SELECT id, wave, finished_at IS NOT NULL AS finished, ARRAY(SELECT jsonb_object_keys(parts_finished)) AS parts, current_page AS current FROM response`,
  );
  answers = group(await query<TAnswerRow>(`SELECT response_id, variable, page_id, num, text FROM answer`));
  visits = group(await query<TVisit>(`SELECT response_id, page_id FROM page_visit`));
}

/** The independent recount of one question: who saw it, answered it, and the counts per value. */
function recount(q: TSourcedPage["questions"][number], filters: TResultFilters) {
  const shown: { id: string; answers: TAnswers }[] = [];
  for (const r of responses) {
    if (filters.wave.length && !filters.wave.includes(r.wave)) continue;
    if (!filters.includePartial && !(q.part ? r.parts.includes(q.part) : r.finished)) continue;
    const own = answers.get(r.id) ?? [];
    const map: Record<string, number | string> = {};
    for (const a of own) map[a.variable] = a.num ?? a.text!;
    const visited = (visits.get(r.id) ?? []).some((v) => v.page_id === q.page);
    const isBackBefore = [...q.earlierPages, q.page].includes(r.current);
    const sawPage = own.some((a) => a.page_id === q.page) || (visited && !isBackBefore);
    if (sawPage && holds(q.showIf, map)) shown.push({ id: r.id, answers: map });
  }
  const has = (a: TAnswers, v: string) => a[v] !== undefined;
  const answered = shown.filter((r) => (q.variables.length ? q.variables : q.open.map((o) => o.variable)).some((v) => has(r.answers, v))).length;
  const items = q.items.map((it) => {
    const offered = shown.filter((r) => holds(it.showIf, r.answers));
    const values = offered.map((r) => r.answers[it.variable]).filter((v) => v !== undefined);
    return { code: it.code, variable: it.variable, offered: offered.length, values };
  });
  return { shown: shown.length, answered, items, texts: q.open.map((o) => shown.filter((r) => has(r.answers, o.variable)).length) };
}

const FILTERS = [{}, { includePartial: "true" }, { wave: "2020" }, { wave: "2023", includePartial: "true" }];

async function summaries(filters: TResultFilters): Promise<Map<string, TQuestionSummary>> {
  const out = new Map<string, TQuestionSummary>();
  for (const p of pages) for (const q of (await getQuestionPage(survey, filters, p.id)).questions) out.set(q.id, q);
  return out;
}

beforeAll(async () => {
  await resetDb();
  respondents = await seedGolden();
  survey = (await getSurveyContext(CHOICE_SLUG))!;
  pages = await listQuestionPages(survey);
  await load();
}, 300_000);

describe("Alle vragen on the golden respondents", () => {
  it("lists every question of both live versions once, the Nuffic grid, top 5 and the choice of part among them", () => {
    const ids = pages.flatMap((p) => p.questions.map((q) => q.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(["bg_function", "part_choice", "p1_factor", "p1_dev", "p1_top5", "p1_other", "p2_dev", "p2_top5", "extra_part"]));
    expect(ids).not.toContain("email");
  });

  it.each(FILTERS)("matches an independent recount from the stored rows for every question (%o)", async (raw) => {
    const filters = parseFilters(raw);
    const got = await summaries(filters);
    let checked = 0;
    for (const q of pages.flatMap((p) => p.questions)) {
      const want = recount(q, filters);
      const s = got.get(q.id)!;
      expect({ id: q.id, shown: s.shown, answered: s.answered, skipped: s.skipped })
        .toEqual({ id: q.id, shown: want.shown, answered: want.answered, skipped: want.shown - want.answered });
      expect(s.open.map((o) => o.n)).toEqual(want.texts);
      for (const [i, it] of want.items.entries()) {
        const where = `${q.id} ${it.code}`;
        if (s.kind === "choice") {
          expect(s.options![i].n, where).toBe(want.items[0].values.filter((v) => v === it.code).length);
        } else if (s.kind === "choices") {
          expect([s.options![i].n, s.options![i].base], where).toEqual([it.values.filter((v) => v === 1).length, it.offered]);
        } else if (s.kind === "scale") {
          const row = s.scale!.rows[i];
          const missing = q.scale?.missingValues ?? [];
          const scores = (it.values as number[]).filter((v) => !missing.includes(v));
          const mean = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
          expect([row.shown, row.answered, row.skipped, row.n], where).toEqual([it.offered, it.values.length, it.offered - it.values.length, scores.length]);
          expect(row.counts.map((c) => c.n), where).toEqual(s.scale!.columns.map((c) => it.values.filter((v) => v === c.value).length));
          if (mean === null) expect(row.mean).toBeNull();
          else expect(row.mean!, where).toBeCloseTo(mean, 9);
          if (scores.length > 1) {
            const sd = Math.sqrt(scores.reduce((a, v) => a + (v - mean!) ** 2, 0) / (scores.length - 1));
            expect(row.sd!, where).toBeCloseTo(sd, 9);
          }
          if (scores.length) {
            const sorted = [...scores].sort((a, b) => a - b);
            const m = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
            expect(row.median, where).toBe(m);
          }
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it("counts the part-2 grid per row as the respondents' own last saves of it (2023, finished part 2)", async () => {
    const s = (await summaries(parseFilters({ wave: "2023" }))).get("p2_dev")!;
    const finished = new Set(responses.filter((r) => r.parts.includes("p2")).map((r) => r.id));
    const lastSaves = respondents.filter((r) => finished.has(r.id)).map((r) => r.saves.filter((x) => x.page === "p2_dev").at(-1)!.values);
    expect(s.shown).toBe(lastSaves.length);
    for (const row of s.scale!.rows) {
      const given = lastSaves.map((v) => v[`p2_dev_${row.code}`]).filter((v) => typeof v === "number") as number[];
      expect([row.code, row.answered, row.skipped, row.n]).toEqual([row.code, given.length, lastSaves.length - given.length, given.filter((v) => v !== 0).length]);
    }
    // The golden data has rows left empty and "niet van toepassing": both show.
    expect(s.scale!.rows.some((r) => r.skipped > 0)).toBe(true);
    expect(s.scale!.rows.some((r) => r.counts.at(-1)!.n > 0)).toBe(true);
  });

  it("counts the part-1 top 5 as the share of respondents choosing each competence, five each", async () => {
    const s = (await summaries(parseFilters({}))).get("p1_top5")!;
    expect(s.top).toBe(5);
    expect(s.options!.reduce((a, o) => a + o.n, 0)).toBe(5 * s.answered);
  });
});

describe("who saw a question", () => {
  const secret = () => randomBytes(24).toString("base64url");
  async function respond(saves: [string, Record<string, unknown>][]) {
    const id = randomUUID();
    const key = secret();
    let seq = 0;
    for (const [page, values] of saves) await savePage(CHOICE_SLUG, id, { secret: key, seq: ++seq, page, durationMs: 3000, values, version: 1 }, "10.9.9.9");
    return id;
  }
  const start: [string, Record<string, unknown>][] = [
    ["welcome", { consent: true }], ["bg", { bg_function: "docent", bg_province: "utrecht", bg_sector: "mbo" }], ["choice", { part_choice: "p1" }],
    ["p1_activity", { p1_activity: "stage" }], ["p1_factors", {}], ["p1_dev", {}],
  ];

  it("counts a grid saved with every row empty as seen and skipped, but not one cleared by a change of activity on an earlier page", async () => {
    const partial = parseFilters({ includePartial: "true", version: "1" });
    // Straight from SQL, not the figure cache: the live marker may hold for a moment after a save.
    const { structures } = await surveyQuestions(survey);
    const spec = pages.flatMap((p) => p.questions).find((q) => q.id === "p1_dev")!;
    const grid = async () => shapeQuestion(spec, await questionRows(pool(), { surveyId: survey.id, filters: partial, dimensions: survey.dimensions }, spec, structures[spec.source]));
    const before = await grid();
    await respond(start);
    await respond([...start, ["p1_activity", { p1_activity: "online" }]]);
    const after = await grid();
    expect(after.shown - before.shown).toBe(1);
    expect(after.skipped - before.skipped).toBe(1);
    expect(after.scale!.rows[0].skipped - before.scale!.rows[0].skipped).toBe(1);
  });
});

describe("open answers", () => {
  const filters = parseFilters({ includePartial: "true" });

  it("lists an open question's answers newest first, 50 a page, searchable case-insensitively, % and _ as plain text", async () => {
    const all = await getOpenAnswers(survey, filters, ZAnswersQuery.parse({ vraag: "bg_function_other" }));
    const stored = await query<{ text: string }>(`SELECT text FROM answer WHERE variable = 'bg_function_other'`);
    expect(all.total).toBe(stored.length);
    expect(all.answers.length).toBe(Math.min(50, stored.length));
    const times = all.answers.map((a) => a.at);
    expect([...times].sort().reverse()).toEqual(times);
    const word = stored[0].text.split(/\s+/)[0].toUpperCase();
    const found = await getOpenAnswers(survey, filters, ZAnswersQuery.parse({ vraag: "bg_function_other", q: word }));
    expect(found.total).toBe(stored.filter((s) => s.text.toLowerCase().includes(word.toLowerCase())).length);
    expect(found.total).toBeGreaterThan(0);
    expect((await getOpenAnswers(survey, filters, ZAnswersQuery.parse({ vraag: "bg_function_other", q: "%" }))).total)
      .toBe(stored.filter((s) => s.text.includes("%")).length);
    expect((await getOpenAnswers(survey, filters, ZAnswersQuery.parse({ vraag: "bg_function_other", q: "'; SELECT 1; --" }))).total).toBe(0);
  });

  it("pages through more than 50 answers without overlap and downloads them all as CSV", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 55; i++) {
      ids.push(await (async () => {
        const id = randomUUID();
        const key = randomBytes(24).toString("base64url");
        let seq = 0;
        for (const [page, values] of [
          ["welcome", { consent: true }], ["bg", { bg_function: "anders", bg_function_other: `Functie ${i} <script>alert(${i})</script>`, bg_province: "utrecht", bg_sector: "mbo" }],
        ] as const) await savePage(CHOICE_SLUG, id, { secret: key, seq: ++seq, page, durationMs: 1000, values, version: 1 }, "10.9.9.8");
        return id;
      })());
    }
    const q = { vraag: "bg_function_other", q: "<script>" };
    const one = await getOpenAnswers(survey, filters, ZAnswersQuery.parse({ ...q, pagina: "1" }));
    const two = await getOpenAnswers(survey, filters, ZAnswersQuery.parse({ ...q, pagina: "2" }));
    expect([one.total, one.pages, one.answers.length, two.answers.length]).toEqual([55, 2, 50, 5]);
    const listed = [...one.answers, ...two.answers].map((a) => a.responseId);
    expect(new Set(listed)).toEqual(new Set(ids));
    let csv = "";
    for await (const chunk of await openAnswersCsv(survey, filters, q)) csv += chunk;
    const lines = csv.split("\n").filter(Boolean);
    expect(lines[0]).toBe("\uFEFFresponse_id,wave,definition_version,answered_at,source,variable,answer");
    expect(lines.length).toBe(56);
    expect(new Set(lines.slice(1).map((l) => l.split(",")[0]))).toEqual(new Set(ids));
    expect(lines[1]).toMatch(/,bg_function_other,Functie \d+ <script>alert\(\d+\)<\/script>$/);
    // Finished-only (the default) leaves these partial responses out.
    expect((await getOpenAnswers(survey, parseFilters({}), ZAnswersQuery.parse(q))).total).toBe(0);
  });

  it("refuses a variable that is not an open question of the survey", async () => {
    await expect(getOpenAnswers(survey, filters, ZAnswersQuery.parse({ vraag: "bg_function" }))).rejects.toThrow(/geen open vraag/);
    expect((await surveyQuestions(survey)).structures.length).toBe(2);
  });
});
