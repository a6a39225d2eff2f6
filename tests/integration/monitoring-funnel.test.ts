import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseFilters } from "@/lib/analysis/filters";
import { forgetWatermarks, getFunnels, getTotals } from "@/lib/analysis/service";
import type { TFunnelArm } from "@/lib/analysis/shape-funnels";
import { getSurveyContext, type TSurveyContext } from "@/lib/analysis/survey";
import { pool } from "@/lib/db/client";
import { query, resetDb } from "./db";

/**
 * Monitoring's funnels on the real database, with the respondents that made the old funnel
 * mislead (every number below by hand):
 * A choice, left on "bg"                             E choice p2, finished, closed on the raffle page
 * B choice p1, left on p1_dev                        F choice p2, finished, raffle + end page, extra part p1: on p1_factors
 * C choice p1, finished, closed on the raffle page   G sequential, finished, closed on the raffle page
 * D choice p1, finished, raffle submitted, on "done" H sequential, finished, on "done"
 *                                                    I sequential, left on p2_dev (started a week later, source "nieuwsbrief")
 */
const SLUG = "internationale-competenties";
const P1 = ["p1_activity", "p1_factors", "p1_dev", "p1_top5", "p1_other"];
const P2 = ["p2_activity", "p2_dev", "p2_top5", "p2_other"];
let survey: TSurveyContext;

type TSeed = {
  version: 1 | 2; visited: string[]; current: string; isFinished: boolean; dims: Record<string, string>;
  source?: string; startedAt?: string;
};

async function seed(r: TSeed) {
  const [v] = await query<{ id: string; survey_id: string; flow_mode: string }>(
    `SELECT v.id, v.survey_id, v.flow_mode::text FROM survey_version v JOIN survey s ON s.id = v.survey_id WHERE s.slug = $1 AND v.version = $2`,
    [SLUG, r.version],
  );
  const id = randomUUID();
  const started = r.startedAt ?? "2023-02-20T10:00:00Z";
  await query(
    `INSERT INTO response (id, survey_id, version_id, secret_hash, flow_mode, wave, source, display_order, current_page, dims, started_at, updated_at, finished_at)
     VALUES ($1, $2, $3, 'x', $4::"FlowMode", '2023', $5, '{}', $6, $7, $8, $8, $9)`,
    [id, v.survey_id, v.id, v.flow_mode, r.source ?? null, r.current, JSON.stringify(r.dims), started, r.isFinished ? started : null],
  );
  for (const page of r.visited) {
    await query(`INSERT INTO page_visit (response_id, page_id, entered_at, submitted_at, duration_ms) VALUES ($1, $2, $3, $3, 1000)`, [id, page, started]);
  }
}

const HEAD = ["welcome", "bg"];
const mbo = { bg_sector: "mbo" };
const hbo = { bg_sector: "hbo" };

beforeAll(async () => {
  await resetDb();
  await seed({ version: 1, visited: ["welcome"], current: "bg", isFinished: false, dims: {} });
  await seed({ version: 1, visited: [...HEAD, "choice", "p1_activity", "p1_factors"], current: "p1_dev", isFinished: false, dims: { ...mbo, part_choice: "p1" } });
  await seed({ version: 1, visited: [...HEAD, "choice", ...P1], current: "raffle", isFinished: true, dims: { ...mbo, part_choice: "p1" }, source: "linkedin" });
  await seed({ version: 1, visited: [...HEAD, "choice", ...P1, "raffle"], current: "done", isFinished: true, dims: { ...mbo, part_choice: "p1" }, source: "linkedin" });
  await seed({ version: 1, visited: [...HEAD, "choice", ...P2], current: "raffle", isFinished: true, dims: { ...mbo, part_choice: "p2" } });
  await seed({
    version: 1, visited: [...HEAD, "choice", ...P2, "raffle", "done", "p1_activity"], current: "p1_factors", isFinished: true,
    dims: { ...mbo, part_choice: "p2", extra_part: "p1", p1_activity: "stage" },
  });
  await seed({ version: 2, visited: [...HEAD, ...P1, ...P2], current: "raffle", isFinished: true, dims: hbo });
  await seed({ version: 2, visited: [...HEAD, ...P1, ...P2, "raffle"], current: "done", isFinished: true, dims: hbo });
  await seed({
    version: 2, visited: [...HEAD, ...P1, "p2_activity"], current: "p2_dev", isFinished: false, dims: { bg_sector: "wo" },
    source: "nieuwsbrief", startedAt: "2023-02-27T10:00:00Z",
  });
  forgetWatermarks();
  survey = (await getSurveyContext(SLUG))!;
});

afterAll(async () => {
  await pool().end().catch(() => {});
});

const F = (q: Record<string, string> = {}) => parseFilters(q, survey.dimensions);
const table = (arm: TFunnelArm, key: string) => arm.sections.find((s) => s.key === key)?.steps.map((s) => [s.key, s.reached, s.left]);
const armOf = async (key: string, q: Record<string, string> = {}, split?: string) => (await getFunnels(survey, F(q), split)).arms.find((a) => a.key === key)!;

describe("monitoring funnels per route", () => {
  it("choice mode: part-2 respondents are not counted as lost on part 1's pages, and no part-1 page appears in part 2's path", async () => {
    const choice = await armOf("choice");
    expect([choice.started, choice.finished]).toEqual([6, 4]);
    expect(table(choice, "start")).toEqual([["welcome", 6, 0], ["bg", 6, 1], ["choice", 5, 0]]);
    expect(table(choice, "path:p1")).toEqual([
      ["p1_activity", 3, 0], ["p1_factors", 3, 0], ["p1_dev", 3, 1], ["p1_top5", 2, 0], ["p1_other", 2, 0], ["finished", 2, null],
    ]);
    expect(table(choice, "path:p2")).toEqual([["p2_activity", 2, 0], ["p2_dev", 2, 0], ["p2_top5", 2, 0], ["p2_other", 2, 0], ["finished", 2, null]]);
  });

  it("the raffle and end page follow the path, the extra part comes after them in its own section, and counts never rise", async () => {
    const choice = await armOf("choice");
    expect(choice.sections.map((s) => s.key)).toEqual(["start", "path:p1", "after:p1", "path:p2", "after:p2", "extra:p2:p1"]);
    expect(table(choice, "after:p2")).toEqual([["raffle", 2, 1], ["done", 1, 0]]);
    expect(table(choice, "extra:p2:p1")).toEqual([["p1_activity", 1, 0], ["p1_factors", 1, 1], ["p1_dev", 0, 0], ["p1_top5", 0, 0], ["p1_other", 0, 0]]);
    for (const s of choice.sections) {
      const reached = s.steps.map((x) => x.reached);
      expect(reached, s.key).toEqual([...reached].sort((a, b) => b - a));
    }
  });

  it("the last step is the finished count of the totals, including those who closed the window on the raffle page", async () => {
    const totals = await getTotals(survey, F());
    const seq = await armOf("sequential");
    const last = (arm: TFunnelArm, key: string) => arm.sections.find((s) => s.key === key)!.steps.at(-1)!;
    expect(last(seq, "path")).toMatchObject({ label: "Afgerond", reached: 2 });
    expect(table(seq, "after")).toEqual([["raffle", 2, 1], ["done", 1, 1]]);
    const choice = await armOf("choice");
    expect(last(choice, "path:p1").reached + last(choice, "path:p2").reached).toBe(totals.byMode.find((m) => m.key === "choice")!.finished);
    expect(seq.finished).toBe(totals.byMode.find((m) => m.key === "sequential")!.finished);
    expect(totals.overall.finished).toBe(6);
  });

  it("split by source: one arm per source and flow mode", async () => {
    const f = await getFunnels(survey, F(), "source");
    expect(f.arms.map((a) => [a.label, a.started, a.finished])).toEqual([
      ["(geen bron) · Keuze (een deel naar keuze)", 4, 2],
      ["(geen bron) · Opeenvolgend (alle delen)", 2, 2],
      ["Bron: linkedin · Keuze (een deel naar keuze)", 2, 2],
      ["Bron: nieuwsbrief · Opeenvolgend (alle delen)", 1, 0],
    ]);
  });

  it("filters narrow every monitoring figure: flow mode, version, dimension, period", async () => {
    expect((await getFunnels(survey, F({ flowMode: "sequential" }))).arms.map((a) => a.key)).toEqual(["sequential"]);
    expect((await getFunnels(survey, F({ version: "1" }))).arms.map((a) => a.key)).toEqual(["choice"]);
    expect((await getTotals(survey, F({ sectorGroup: "ho" }))).overall).toMatchObject({ started: 3, finished: 2 });
    const week = F({ from: "2023-02-27", to: "2023-03-05" });
    expect((await getTotals(survey, week)).overall).toMatchObject({ started: 1, finished: 0 });
    expect(table(await armOf("sequential", { from: "2023-02-27" }), "path")!.at(-1)).toEqual(["finished", 0, null]);
    // Partial responses always count in monitoring, whatever includePartial says.
    expect((await getTotals(survey, F({ includePartial: "false" }))).overall.started).toBe(9);
  });
});
