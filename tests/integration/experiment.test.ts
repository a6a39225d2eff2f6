import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBeforeAfter, getExperimentFigures } from "@/lib/analysis/experiment-service";
import { forgetWatermarks } from "@/lib/analysis/service";
import { getSurveyContext } from "@/lib/analysis/survey";
import { listAuditEvents } from "@/lib/audit/service";
import { pool } from "@/lib/db/client";
import { getResumeState, savePage } from "@/lib/responses/service";
import { blockSizeFor } from "@/lib/survey/experiment";
import { listArmCandidates, startExperiment, stopExperiment } from "@/lib/survey/experiment-service";
import { query, resetDb } from "./db";
import { SLUG } from "./export-fixture";

/**
 * Flow experiments on the real database: assignment under concurrent starts, the arm kept on
 * resume and after the stop, and monitoring's figures against SQL written here.
 */
let surveyId: string;
let v1: string; // choice
let v2: string; // both parts in a row (sequential)

function respondent(version?: number) {
  const id = randomUUID();
  const secret = randomBytes(24).toString("base64url");
  let seq = 0;
  return {
    id, secret,
    save: (page: string, values: Record<string, unknown>) =>
      savePage(SLUG, id, { secret, seq: ++seq, page, durationMs: 1000, values, ...(seq === 1 && version ? { version } : {}) }, "203.0.113.9"),
  };
}
const BG = { bg_function: "docent", bg_province: "utrecht", bg_sector: "mbo" };

type TArmRow = { response: string; arm: string; position: number; seq: number; version_id: string; flow_mode: string };
const assigned = (experimentId: string) =>
  query<TArmRow>(
    `SELECT r.id AS response, a.id AS arm, a.arm_index AS position, r.experiment_seq AS seq, r.version_id, r.flow_mode::text AS flow_mode
     FROM response r JOIN experiment_arm a ON a.id = r.experiment_arm_id WHERE a.experiment_id = $1 ORDER BY r.experiment_seq`,
    [experimentId],
  );

beforeAll(async () => {
  await resetDb();
  surveyId = (await query<{ id: string }>(`SELECT id FROM survey WHERE slug = $1`, [SLUG]))[0].id;
  const versions = await query<{ id: string; version: number }>(`SELECT id, version FROM survey_version WHERE survey_id = $1`, [surveyId]);
  v1 = versions.find((v) => v.version === 1)!.id;
  v2 = versions.find((v) => v.version === 2)!.id;
});

afterAll(() => pool().end());

describe("flow experiment", () => {
  it("before/after: a switch of the flow by a new version, compared per version without an experiment", async () => {
    // The first weeks on version 2 (both parts in a row), then the link serves version 1 (choice).
    const before = [respondent(2), respondent(2), respondent(2)];
    for (const r of before) await r.save("welcome", { consent: true });
    await before[0].save("bg", BG);
    await query(`UPDATE response SET started_at = now() - interval '30 days' WHERE id = ANY($1::uuid[])`, [before.map((r) => r.id)]);
    const after = [respondent(), respondent()];
    for (const r of after) await r.save("welcome", { consent: true });
    await query(`UPDATE response SET finished_at = now() WHERE id = $1`, [after[0].id]);
    forgetWatermarks();
    const c = (await getBeforeAfter((await getSurveyContext(SLUG))!))!;
    expect(c.groups.map((g) => [g.key, g.label, g.started, g.finished])).toEqual([
      [v2, "Versie 2: Opeenvolgend (alle delen)", 3, 0],
      [v1, "Versie 1: Keuze (een deel naar keuze)", 2, 1],
    ]);
    expect(c.test?.statistic).toBe("z");
    const bg = c.pages.find((p) => p.page === "bg")!;
    expect(bg.cells.map((x) => [x.reached, x.stopped])).toEqual([[3, 2], [2, 1]]);
  });

  it("starts on open versions with the same first page; one at a time; audit-logged", async () => {
    expect((await listArmCandidates(surveyId)).map((c) => [c.version, c.flowMode, c.firstPage])).toEqual([[1, "choice", "welcome"], [2, "sequential", "welcome"]]);
    expect(await startExperiment(surveyId, { arms: [{ versionId: v2, weight: 50 }, { versionId: randomUUID(), weight: 50 }] })).toEqual({
      ok: false, message: "Een gekozen versie is niet (meer) open voor deze vragenlijst.",
    });
    expect(await query(`SELECT id FROM experiment`)).toEqual([]);
    const started = await startExperiment(surveyId, { arms: [{ versionId: v2, weight: 50 }, { versionId: v1, weight: 50 }] });
    expect(started.ok).toBe(true);
    expect(await startExperiment(surveyId, { arms: [{ versionId: v2, weight: 1 }, { versionId: v1, weight: 1 }] })).toEqual({
      ok: false, message: "Er loopt al een experiment; stop het eerst.",
    });
    const events = await listAuditEvents({ surveyId, action: "experiment.started" });
    expect(events.at(-1)!.details).toMatchObject({
      blockSize: 10, arms: [{ version: 2, flowMode: "sequential", weight: 50 }, { version: 1, flowMode: "choice", weight: 50 }],
    });
    expect(JSON.stringify(events.at(-1)!.details)).not.toMatch(/seed/);
  });

  it("40 concurrent starts: 5 + 5 in every block of 10, each on its arm's version; a retried first save takes no second number", async () => {
    const [{ id: experimentId }] = await query<{ id: string }>(`SELECT id FROM experiment WHERE stopped_at IS NULL`);
    const people = Array.from({ length: 40 }, () => respondent());
    await Promise.all(people.map((r) => r.save("welcome", { consent: true })));
    // A retry that overlaps its original (same save number) is one response, one assignment.
    const twice = respondent();
    const req = { secret: twice.secret, seq: 1, page: "welcome", durationMs: 1, values: { consent: true } };
    await Promise.all([savePage(SLUG, twice.id, req), savePage(SLUG, twice.id, req)]);

    const rows = await assigned(experimentId);
    expect(rows).toHaveLength(41);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 41 }, (_, i) => i));
    for (let block = 0; block < 4; block++) {
      const inBlock = rows.filter((r) => Math.floor(r.seq / 10) === block);
      expect(inBlock.filter((r) => r.position === 0)).toHaveLength(5);
      expect(inBlock.filter((r) => r.position === 1)).toHaveLength(5);
    }
    for (const r of rows) expect([r.version_id, r.flow_mode]).toEqual(r.position === 0 ? [v2, "sequential"] : [v1, "choice"]);
    expect((await query<{ assigned: number }>(`SELECT assigned FROM experiment WHERE id = $1`, [experimentId]))[0].assigned).toBe(41);
  });

  it("a resumed respondent keeps the arm, also after the stop; new respondents then get the usual version", async () => {
    const r = respondent();
    await r.save("welcome", { consent: true });
    const [{ version_id: versionId, arm }] = await query<{ version_id: string; arm: string }>(
      `SELECT version_id, experiment_arm_id AS arm FROM response WHERE id = $1`, [r.id],
    );
    const state = await getResumeState(SLUG, r.id, r.secret);
    expect(state.version).toBe(versionId === v2 ? 2 : 1);
    expect(await stopExperiment(surveyId)).toBe(true);
    expect(await stopExperiment(surveyId)).toBe(false);
    const stopped = await listAuditEvents({ surveyId, action: "experiment.stopped" });
    expect(stopped.at(-1)!.details).toMatchObject({ assigned: 42 });
    expect(stopped.at(-1)!.details).toHaveProperty("seed");

    await r.save("bg", BG);
    const after = await query<{ version_id: string; arm: string; current_page: string }>(
      `SELECT version_id, experiment_arm_id AS arm, current_page FROM response WHERE id = $1`, [r.id],
    );
    expect(after[0]).toMatchObject({ version_id: versionId, arm });
    expect(after[0].current_page).toBe(versionId === v2 ? "p1_activity" : "choice");

    const late = respondent();
    await late.save("welcome", { consent: true });
    expect(await query(`SELECT version_id, experiment_arm_id FROM response WHERE id = $1`, [late.id])).toEqual([{ version_id: v1, experiment_arm_id: null }]);
  });

  it("70/30 with 25 concurrent starts: 7 + 3 in each complete block, the open block within its share", async () => {
    const started = await startExperiment(surveyId, { arms: [{ versionId: v1, weight: 70 }, { versionId: v2, weight: 30 }] });
    if (!started.ok) throw new Error(started.message);
    expect(blockSizeFor([70, 30])).toBe(10);
    await Promise.all(Array.from({ length: 25 }, () => respondent().save("welcome", { consent: true })));
    const rows = await assigned(started.id);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 25 }, (_, i) => i));
    for (let block = 0; block < 2; block++) {
      const inBlock = rows.filter((r) => Math.floor(r.seq / 10) === block);
      expect([inBlock.filter((r) => r.position === 0).length, inBlock.filter((r) => r.position === 1).length]).toEqual([7, 3]);
    }
    const open = rows.filter((r) => r.seq >= 20);
    expect(open.filter((r) => r.position === 0).length).toBeLessThanOrEqual(7);
    expect(open.filter((r) => r.position === 1).length).toBeLessThanOrEqual(3);
    await stopExperiment(surveyId);
  });

  it("monitoring's figures per arm and per page equal SQL computed here", async () => {
    const [{ id: experimentId }] = await query<{ id: string }>(`SELECT id FROM experiment ORDER BY started_at LIMIT 1`);
    // A third finish (the flow's end is tested elsewhere); one went on to the second page.
    const rows = await assigned(experimentId);
    const ids = rows.map((r) => r.response);
    await query(`UPDATE response SET finished_at = now() WHERE id = ANY($1::uuid[])`, [ids.filter((_, i) => i % 3 === 0)]);
    forgetWatermarks();
    const survey = (await getSurveyContext(SLUG))!;
    const figure = (await getExperimentFigures(survey)).find((f) => f.experiment.id === experimentId)!;

    const expected = await query<{ arm: string; started: number; finished: number }>(
      `SELECT a.id AS arm, count(r.id)::int AS started, count(r.finished_at)::int AS finished
       FROM experiment_arm a LEFT JOIN response r ON r.experiment_arm_id = a.id WHERE a.experiment_id = $1 GROUP BY a.id, a.arm_index ORDER BY a.arm_index`,
      [experimentId],
    );
    expect(figure.comparison.groups.map((g) => ({ arm: g.key, started: g.started, finished: g.finished }))).toEqual(expected);
    for (const g of figure.comparison.groups) expect(g.dropout).toBeCloseTo((g.started - g.finished) / g.started, 12);

    // Per page: reached = submitted it or is on it; stopped = unfinished and on it.
    const pages = await query<{ arm: string; page: string; reached: number; stopped: number }>(
      `WITH seen AS (
         SELECT r.experiment_arm_id AS arm, r.id, pv.page_id AS page FROM response r JOIN page_visit pv ON pv.response_id = r.id
         UNION SELECT r.experiment_arm_id, r.id, r.current_page FROM response r
       )
       SELECT s.arm::text AS arm, s.page, count(*)::int AS reached,
              count(*) FILTER (WHERE r.finished_at IS NULL AND r.current_page = s.page)::int AS stopped
       FROM seen s JOIN response r ON r.id = s.id JOIN experiment_arm a ON a.id = s.arm
       WHERE a.experiment_id = $1 GROUP BY 1, 2`,
      [experimentId],
    );
    const arms = figure.comparison.groups.map((g) => g.key);
    const shown = figure.comparison.pages.flatMap((p) => p.cells.flatMap((c, i) => (c.reached ? [{ arm: arms[i], page: p.page, reached: c.reached, stopped: c.stopped }] : [])));
    const byKey = (x: { arm: string; page: string }) => `${x.arm}/${x.page}`;
    expect(shown.sort((a, b) => byKey(a).localeCompare(byKey(b)))).toEqual(pages.sort((a, b) => byKey(a).localeCompare(byKey(b))));
    expect(figure.comparison.test?.statistic).toBe("z");
    expect(figure.comparison.pages.map((p) => p.page).slice(0, 2)).toEqual(["welcome", "bg"]);
  });
});
