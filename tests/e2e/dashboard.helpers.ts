import { randomBytes, randomUUID } from "node:crypto";
import { expect, type APIRequestContext } from "@playwright/test";

/**
 * A respondent driven through the public API (PUT /api/s/<slug>/responses/<id>), page by page,
 * so the dashboard tests do not depend on the questionnaire's UI.
 */
export type TApiRespondent = { id: string; secret: string; seq: number; slug: string };

export function newRespondent(slug: string): TApiRespondent {
  return { id: randomUUID(), secret: randomBytes(24).toString("base64url"), seq: 0, slug };
}

export async function savePage(request: APIRequestContext, r: TApiRespondent, page: string, values: Record<string, unknown>) {
  r.seq += 1;
  const res = await request.put(`/api/s/${r.slug}/responses/${r.id}`, {
    data: { secret: r.secret, seq: r.seq, page, durationMs: 4000, values, ...(r.seq === 1 ? { source: "e2e" } : {}) },
  });
  expect(res.status(), `${page}: ${await res.text()}`).toBe(200);
  return (await res.json()) as { currentPage: string; isFinished: boolean };
}

const P1_TOP5 = ["zelfstandigheid", "zelfredzaamheid", "aanpassingsvermogen", "doorzettingsvermogen", "zelfvertrouwen"];

/** Part 1 about a stage abroad, in choice mode: from page `from` on, and up to `stopAfter` when given. */
export async function respondPart1(request: APIRequestContext, r: TApiRespondent, stopAfter?: string, from = "welcome") {
  const all: [string, Record<string, unknown>][] = [
    ["welcome", { consent: true }],
    ["bg", { bg_function: "docent", bg_province: "utrecht", bg_sector: "mbo" }],
    ["choice", { part_choice: "p1" }],
    ["p1_activity", { p1_activity: "stage" }],
    ["p1_factors", { p1_factor_stage_taal: 8, p1_factor_stage_begeleiding: 7 }],
    ["p1_dev", { p1_dev_zelfstandigheid: 5, p1_dev_open_minded: 4 }],
    ["p1_top5", { p1_top5: P1_TOP5 }],
    ["p1_other", { p1_other: ["excursie"] }],
    ["raffle", { email: "" }],
  ];
  const pages = all.slice(all.findIndex(([page]) => page === from));
  let last;
  for (const [page, values] of pages) {
    last = await savePage(request, r, page, values);
    if (page === stopAfter) break;
  }
  return last!;
}

/** Part 2 about an international congress, in choice mode, to the end. */
export async function respondPart2(request: APIRequestContext, r: TApiRespondent) {
  const pages: [string, Record<string, unknown>][] = [
    ["welcome", { consent: true }],
    ["bg", { bg_function: "coordinator", bg_province: "zuid_holland", bg_sector: "hbo" }],
    ["choice", { part_choice: "p2" }],
    ["p2_activity", { p2_activity: "congres" }],
    ["p2_dev", { p2_dev_open_minded: 4, p2_dev_nieuwsgierigheid: 0, p2_dev_kennis_talen: 3 }],
    ["p2_top5", { p2_top5: ["open_minded", "nieuwsgierigheid", "kennis_talen", "zelfvertrouwen", "creativiteit"] }],
    ["p2_other", { p2_other: ["begeleiden_excursie"] }],
    ["raffle", { email: "" }],
  ];
  let last;
  for (const [page, values] of pages) last = await savePage(request, r, page, values);
  return last!;
}

/**
 * A SurveyMonkey export imported through the API as `wave`, with the suggested mapping and the
 * 2020 model's "Tolerantie" mapped to the 2023 "erkennen van verschillen" (as import.spec.ts does
 * through the form). Returns the import's response (201 when imported).
 */
export async function importSurveyMonkey(request: APIRequestContext, slug: string, file: { name: string; mimeType: string; buffer: Buffer }, wave: string) {
  const url = `/api/admin/s/${slug}/import`;
  const analysed = await request.post(url, { multipart: { file, step: "analyse" } });
  expect(analysed.status(), await analysed.text()).toBe(200);
  const { columns, mapping } = (await analysed.json()) as {
    columns: { index: number; sub: string }[];
    mapping: { columns: { index: number; target: string | null }[] };
  };
  const tolerantie = columns.filter((c) => c.sub === "Tolerantie").map((c) => c.index);
  const targets = ["p1_dev_erkennen_verschillen", "p1_top5_erkennen_verschillen"];
  const edited = { columns: mapping.columns.map((c) => (tolerantie.includes(c.index) ? { ...c, target: targets[tolerantie.indexOf(c.index)] } : c)) };
  return request.post(url, { multipart: { file, step: "import", wave, mapping: JSON.stringify(edited) } });
}
