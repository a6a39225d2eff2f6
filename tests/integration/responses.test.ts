import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { getResumeState, savePage } from "@/lib/responses/service";
import { query, resetDb } from "./db";
import { SLUG, five, part1, respondent, statusOf } from "./respondents";

describe("saving pages", () => {
  beforeEach(resetDb);

  it("stores a whole part with typed values, source, timings and the finish time", async () => {
    const r = respondent();
    const last = await part1(r);
    expect(last).toMatchObject({ currentPage: "raffle", isFinished: true });
    const [resp] = await query(`SELECT * FROM response WHERE id = $1`, [r.id]);
    expect(resp).toMatchObject({
      source: "linkedin", current_page: "raffle", wave: "2023", flow_mode: "choice",
      dims: { bg_sector: "mbo", bg_function: "anders", bg_province: "fryslan", part_choice: "p1", p1_activity: "stage" },
    });
    expect(resp.finished_at).toBeInstanceOf(Date);
    expect(Object.keys(resp.parts_finished)).toEqual(["p1"]);
    expect(new Date(resp.parts_finished.p1).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const answers = await query<{ variable: string; num: number | null; text: string | null }>(
      `SELECT variable, num, text FROM answer WHERE response_id = $1 ORDER BY variable`, [r.id],
    );
    const byVar = Object.fromEntries(answers.map((a) => [a.variable, a.num ?? a.text]));
    expect(byVar).toMatchObject({
      consent: 1, bg_function: "anders", bg_function_other: "Docent én coördinator", p1_activity: "stage",
      p1_factor_stage_taal: 8, p1_factor_stage_duur: 0, p1_dev_open_minded: 5, p1_top5_open_minded: 1,
      p1_other_excursie: 1, p1_other_anders: 1, p1_other_text: "Buddy's uit het buitenland",
    });
    expect(byVar).not.toHaveProperty("p1_factor_stage_alleen"); // untouched slider: missing, not 0
    expect(answers.filter((a) => a.variable.startsWith("p1_top5_"))).toHaveLength(5);
    const visits = await query<{ page_id: string; duration_ms: number }>(`SELECT page_id, duration_ms FROM page_visit WHERE response_id = $1`, [r.id]);
    expect(visits).toHaveLength(8);
    expect(visits.every((v) => v.duration_ms === 1500)).toBe(true);
  });

  it("records the randomised competence order with the response", async () => {
    const r = respondent();
    await r.save("welcome", { consent: true });
    const [resp] = await query<{ display_order: { p1: string[]; p2: string[] } }>(`SELECT display_order FROM response WHERE id = $1`, [r.id]);
    expect(resp.display_order.p1).toHaveLength(34);
    expect(resp.display_order.p2).toHaveLength(39);
    const state = await getResumeState(SLUG, r.id, r.secret);
    expect(state.displayOrder).toEqual(resp.display_order);
  });

  it("stores a retried save once (same seq) and refuses an older one", async () => {
    const r = respondent();
    await r.save("welcome", { consent: true }, { seq: 1 });
    await r.save("welcome", { consent: true }, { seq: 1 }); // retried create
    await r.save("bg", { bg_function: "docent", bg_province: "utrecht", bg_sector: "vo" }, { seq: 2 });
    const retried = await r.save("bg", { bg_function: "docent", bg_province: "utrecht", bg_sector: "vo" }, { seq: 2 });
    expect(retried.isDuplicate).toBe(true);
    const [visit] = await query<{ save_count: number }>(`SELECT save_count FROM page_visit WHERE response_id = $1 AND page_id = 'bg'`, [r.id]);
    expect(visit.save_count).toBe(1);
    expect(await query(`SELECT 1 FROM response`)).toHaveLength(1);
    expect(await statusOf(r.save("bg", { bg_function: "leerkracht", bg_province: "utrecht", bg_sector: "po" }, { seq: 1 }))).toBe(409);
    const [resp] = await query(`SELECT dims->>'bg_sector' AS sector FROM response WHERE id = $1`, [r.id]);
    expect(resp.sector).toBe("vo");
  });

  it("a different save that reuses the last number (second device) is refused, not swallowed", async () => {
    const r = respondent();
    await r.save("welcome", { consent: true }, { seq: 1 });
    await r.save("bg", { bg_function: "docent", bg_province: "utrecht", bg_sector: "vo" }, { seq: 2 });
    const otherDevice = r.save("bg", { bg_function: "leerkracht", bg_province: "utrecht", bg_sector: "po" }, { seq: 2 });
    expect(await statusOf(otherDevice)).toBe(409);
    const [resp] = await query(`SELECT dims->>'bg_sector' AS sector FROM response WHERE id = $1`, [r.id]);
    expect(resp.sector).toBe("vo");
  });

  it("concurrent double submits of the same page store once", async () => {
    const r = respondent();
    await r.save("welcome", { consent: true }, { seq: 1 });
    const values = { bg_function: "docent", bg_province: "utrecht", bg_sector: "vo" };
    const results = await Promise.allSettled([r.save("bg", values, { seq: 2 }), r.save("bg", values, { seq: 2 })]);
    expect(results.map((x) => x.status)).toEqual(["fulfilled", "fulfilled"]);
    const [visit] = await query<{ save_count: number }>(`SELECT save_count FROM page_visit WHERE response_id = $1 AND page_id = 'bg'`, [r.id]);
    expect(visit.save_count).toBe(1);
  });

  it("resumes with every page's values, the current page and the seq", async () => {
    const r = respondent();
    await r.save("welcome", { consent: true });
    await r.save("bg", { bg_function: "docent", bg_province: "utrecht", bg_sector: "hbo" });
    await r.save("choice", { part_choice: "p2" });
    await r.save("p2_activity", { p2_activity: "congres" });
    await r.save("p2_dev", { p2_dev_open_minded: 0, p2_dev_nieuwsgierigheid: 4 });
    const state = await getResumeState(SLUG, r.id, r.secret);
    expect(state).toMatchObject({ currentPage: "p2_top5", seq: 5, isFinished: false, answers: { p2_activity: "congres" } });
    expect(state.values.bg).toEqual({ bg_function: "docent", bg_province: "utrecht", bg_sector: "hbo" });
    expect(state.values.p2_dev).toEqual({ p2_dev_open_minded: 0, p2_dev_nieuwsgierigheid: 4 });
    expect(state.pages.at(-3)).toBe("p2_other");
  });

  it("going back and changing the activity removes answers about the old one", async () => {
    const r = respondent();
    await part1(r);
    await r.save("p1_activity", { p1_activity: "online" });
    const vars = (await query<{ variable: string }>(`SELECT variable FROM answer WHERE response_id = $1`, [r.id])).map((a) => a.variable);
    expect(vars.some((v) => v.startsWith("p1_factor_stage"))).toBe(false);
    expect(vars.some((v) => v.startsWith("p1_top5_"))).toBe(false);
    expect(vars).toContain("bg_sector");
  });

  it("switching part on the choice page discards the abandoned part's answers and dimensions", async () => {
    const r = respondent();
    await r.save("welcome", { consent: true });
    await r.save("bg", { bg_function: "docent", bg_province: "utrecht", bg_sector: "vo" });
    await r.save("choice", { part_choice: "p1" });
    await r.save("p1_activity", { p1_activity: "stage" });
    await r.save("p1_factors", { p1_factor_stage_taal: 8 });
    await r.save("p1_dev", { p1_dev_open_minded: 5 });
    // Back to the choice page: part 2 instead.
    expect(await r.save("choice", { part_choice: "p2" })).toMatchObject({ currentPage: "p2_activity" });
    const vars = (await query<{ variable: string }>(`SELECT variable FROM answer WHERE response_id = $1`, [r.id])).map((a) => a.variable);
    expect(vars.filter((v) => v.startsWith("p1_"))).toEqual([]);
    const [resp] = await query<{ dims: Record<string, string>; current_page: string }>(`SELECT dims, current_page FROM response WHERE id = $1`, [r.id]);
    expect(resp.dims).toEqual({ bg_function: "docent", bg_province: "utrecht", bg_sector: "vo", part_choice: "p2" });
    const state = await getResumeState(SLUG, r.id, r.secret);
    expect(Object.keys(state.values).filter((p) => p.startsWith("p1_"))).toEqual([]);
  });

  it("refuses bad input and changes nothing", async () => {
    const r = respondent();
    await r.save("welcome", { consent: true });
    await r.save("bg", { bg_function: "docent", bg_province: "utrecht", bg_sector: "vo" });
    await r.save("choice", { part_choice: "p1" });
    await r.save("p1_activity", { p1_activity: "stage" });
    const before = await query(`SELECT * FROM answer ORDER BY variable`);
    const [respBefore] = await query(`SELECT last_seq, current_page FROM response`);
    expect(await statusOf(r.save("p1_factors", { p1_factor_stage_taal: 11 }, { seq: 5 }))).toBe(422);
    expect(await statusOf(r.save("p1_factors", { p1_factor_onbekend: 3 }, { seq: 5 }))).toBe(422);
    expect(await statusOf(r.save("p1_factors", { p1_factor_stage_taal: "acht" }, { seq: 5 }))).toBe(422);
    expect(await statusOf(r.save("p1_top5", { p1_top5: [...five, "nieuwsgierigheid"] }, { seq: 5 }))).toBe(409); // not reached yet
    const other = respondent();
    expect(
      await statusOf(savePage(SLUG, r.id, { secret: other.secret, seq: 9, page: "p1_factors", durationMs: 1, values: {} })),
    ).toBe(403);
    expect(await statusOf(getResumeState(SLUG, r.id, other.secret))).toBe(403);
    expect(await statusOf(savePage("bestaat-niet", randomUUID(), { secret: r.secret, seq: 1, page: "welcome", durationMs: 1, values: { consent: true } }))).toBe(404);
    expect(await statusOf(other.save("bg", { bg_function: "docent", bg_province: "utrecht", bg_sector: "vo" }))).toBe(404);
    expect(await query(`SELECT * FROM answer ORDER BY variable`)).toEqual(before);
    expect(await query(`SELECT last_seq, current_page FROM response`)).toEqual([respBefore]);
  });

  it("stores only a keyed hash of the IP address and flags nothing itself", async () => {
    const a = respondent();
    await a.save("welcome", { consent: true }, { ip: "198.51.100.23" });
    const [row] = await query<{ ip_hash: string }>(`SELECT ip_hash FROM response WHERE id = $1`, [a.id]);
    expect(row.ip_hash).toMatch(/^[0-9a-f]{64}$/);
    const dump = JSON.stringify(await query(`SELECT * FROM response`));
    expect(dump).not.toContain("198.51.100.23");
  });

  it("keeps the raffle e-mail apart from the answers", async () => {
    const r = respondent();
    await part1(r);
    await r.save("raffle", { email: "Winnaar@Example.org" });
    const entries = await query(`SELECT * FROM raffle_entry`);
    expect(entries).toHaveLength(1);
    expect(Object.keys(entries[0]).sort()).toEqual(["email", "id", "survey_id"]);
    expect(entries[0].email).toBe("winnaar@example.org");
    expect(JSON.stringify(await query(`SELECT * FROM answer`))).not.toContain("xample.org");
  });

  it("a refused first save creates no response and stores no IP hash", async () => {
    const r = respondent();
    for (let i = 0; i < 25; i++) {
      expect(await statusOf(r.save("welcome", { consent: false }, { seq: 1, ip: "198.51.100.9" }))).toBe(422);
    }
    expect(await statusOf(r.save("welcome", { consent: true, extra: 1 }, { seq: 1 }))).toBe(422);
    expect(await query(`SELECT 1 FROM response`)).toEqual([]);
    expect(await query(`SELECT 1 FROM page_visit`)).toEqual([]);
    await r.save("welcome", { consent: true }, { seq: 1 });
    expect(await query(`SELECT 1 FROM response`)).toHaveLength(1);
  });

  it("choice mode offers the other part after the thank-you page", async () => {
    const r = respondent();
    await part1(r);
    await r.save("raffle", {});
    const next = await r.save("done", { extra_part: "p2" });
    expect(next.currentPage).toBe("p2_activity");
    await r.save("p2_activity", { p2_activity: "samenwerken" });
    const [resp] = await query(`SELECT dims, parts_finished FROM response WHERE id = $1`, [r.id]);
    expect(resp.dims).toMatchObject({ extra_part: "p2", p2_activity: "samenwerken" });
    expect(resp.parts_finished).not.toHaveProperty("p2");
  });
});
