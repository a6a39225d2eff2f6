import { randomBytes, randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { groupCounts } from "@/lib/analysis/experiment";
import { parseFilters } from "@/lib/analysis/filters";
import { forgetWatermarks, getSection, getTotals, getWatermark } from "@/lib/analysis/service";
import { getSurveyContext, listSurveySummaries, type TSurveyContext } from "@/lib/analysis/survey";
import { listAuditEvents } from "@/lib/audit/service";
import { pool } from "@/lib/db/client";
import { exportCount, exportFile } from "@/lib/export/service";
import { findDuplicates } from "@/lib/responses/duplicates";
import { deleteTestResponses, listResponses, responseCounts } from "@/lib/responses/manage";
import { getResumeState, savePage } from "@/lib/responses/service";
import { createCollector, listCollectors, setCollectorOpen } from "@/lib/survey/collector-service";
import { startExperiment } from "@/lib/survey/experiment-service";
import { setFieldwork } from "@/lib/survey/fieldwork-service";
import { listVersions } from "@/lib/survey/publish/service";
import { renewTestToken } from "@/lib/survey/test-link-service";
import { collect } from "./export-fixture";
import { query, resetDb } from "./db";
import { part1, respondent, SLUG, statusOf, type TRespondent } from "./respondents";

/**
 * The test link on the real database: a response started with the survey's test token is stored
 * as a test response and every count, figure and export agrees with SQL counts of the other
 * responses; the link opens a closed or full survey; deleting the test responses removes exactly
 * those.
 */
let survey: TSurveyContext;
let token: string;
const F = (q: Record<string, string> = {}) => parseFilters(q);
const IP = "203.0.113.7";

/** A respondent through the test link: the token goes with the first page, as the browser sends it. */
function tester(testToken = token): TRespondent {
  const id = randomUUID();
  const secret = randomBytes(24).toString("base64url");
  let seq = 0;
  return {
    id, secret,
    save: (page, values, extra = {}) => {
      seq = extra.seq ?? seq + 1;
      return savePage(SLUG, id, {
        secret, seq, page, durationMs: 1500, values, source: extra.source, ...(seq === 1 && testToken ? { test: testToken } : {}),
      }, extra.ip ?? IP);
    },
  };
}

async function sqlCounts() {
  const [row] = await query<{ counted: number; counted_finished: number; tests: number }>(
    `SELECT count(*) FILTER (WHERE NOT is_test)::int AS counted,
            count(finished_at) FILTER (WHERE NOT is_test)::int AS counted_finished,
            count(*) FILTER (WHERE is_test)::int AS tests
       FROM response WHERE survey_id = $1 AND NOT is_imported AND NOT is_excluded`, [survey.id]);
  return row;
}

async function started(filters = F()) {
  forgetWatermarks();
  return (await getTotals(survey, filters)).overall.started;
}

/** N of "Figuur 1" (functions of the respondents), all series together. */
async function figureN(filters = F()) {
  forgetWatermarks();
  const section = await getSection(survey, filters, "steekproef");
  const item = section.items.find((i) => "figure" in i && i.figure.id === "figuur-1") as { figure: { series: { n: number }[] } };
  return item.figure.series.reduce((sum, s) => sum + s.n, 0);
}

async function csvRows(filters = F()) {
  const csv = (await collect((await exportFile(SLUG, "csv-wide", filters)).body)).toString("utf8");
  const [header, ...lines] = csv.replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  const cols = header.split(",");
  return { cols, rows: lines.map((l) => l.split(",")).map((v) => Object.fromEntries(cols.map((c, i) => [c, v[i]]))) };
}

const maxAuditId = async () => (await query<{ id: string | null }>(`SELECT max(id)::text AS id FROM audit_event`))[0].id ?? "0";
const eventsAfter = async (id: string) => (await listAuditEvents({ surveyId: survey.id })).filter((e) => e.id > BigInt(id));

describe("the test link", () => {
  beforeEach(async () => {
    await resetDb();
    survey = (await getSurveyContext(SLUG))!;
    token = (await query<{ test_token: string }>(`SELECT test_token FROM survey WHERE id = $1`, [survey.id]))[0].test_token;
  });

  it("stores a test response marked as test; monitoring, a figure, the export, links, overview and versions count only the others", async () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    await createCollector(survey.id, { name: "LinkedIn", code: "linkedin" });
    const real = [respondent(), respondent()];
    for (const r of real) await part1(r);
    const test = tester();
    await part1(test);

    const stored = await query<{ id: string; is_test: boolean; ip_hash: string | null }>(
      `SELECT id, is_test, ip_hash FROM response WHERE survey_id = $1 ORDER BY started_at`, [survey.id]);
    expect(Object.fromEntries(stored.map((r) => [r.id, r.is_test]))).toEqual({ [real[0].id]: false, [real[1].id]: false, [test.id]: true });
    expect(stored.find((r) => r.id === test.id)!.ip_hash).toBeNull();

    const sql = await sqlCounts();
    expect(sql).toMatchObject({ counted: 2, tests: 1 });
    expect(await started()).toBe(sql.counted);
    // The figure counts who answered the question (partial responses too): the two real ones.
    expect(await figureN()).toBe(sql.counted);
    // Results never honour includeTest, even when a URL asks for it.
    expect(await figureN(F({ includeTest: "true" }))).toBe(sql.counted);
    expect(await started(F({ includeTest: "true" }))).toBe(sql.counted);
    expect(await exportCount(SLUG, F({ includePartial: "true" }))).toBe(sql.counted);
    expect(await exportCount(SLUG, F())).toBe(sql.counted_finished);
    expect((await listCollectors(survey.id)).map((c) => [c.code, c.started])).toEqual([["linkedin", sql.counted]]);
    expect((await listSurveySummaries()).find((s) => s.slug === SLUG)!.started).toBe(sql.counted);
    expect((await listVersions(survey.id)).reduce((n, v) => n + v.started, 0)).toBe(sql.counted);

    // The export's option includes it, with a column saying which one it is.
    expect(await exportCount(SLUG, F({ includePartial: "true", includeTest: "true" }))).toBe(sql.counted + sql.tests);
    const withTests = await csvRows(F({ includePartial: "true", includeTest: "true" }));
    expect(withTests.cols).toContain("is_test");
    expect(Object.fromEntries(withTests.rows.map((r) => [r.response_id, r.is_test]))).toEqual({ [real[0].id]: "0", [real[1].id]: "0", [test.id]: "1" });
    const plain = await csvRows(F({ includePartial: "true" }));
    expect(plain.cols).not.toContain("is_test");
    expect(plain.rows.map((r) => r.response_id).sort()).toEqual(real.map((r) => r.id).sort());
  });

  it("stays test when resumed, never enters the raffle and is in no duplicate group", async () => {
    const real = [respondent(), respondent()];
    for (const r of real) await part1(r);
    const test = tester();
    await part1(test);
    const resumed = await getResumeState(SLUG, test.id, test.secret);
    expect(resumed.isTest).toBe(true);
    expect((await getResumeState(SLUG, real[0].id, real[0].secret)).isTest).toBe(false);

    await test.save("raffle", { email: "tester@example.org" });
    await real[0].save("raffle", { email: "echt@example.org" });
    expect(await query(`SELECT email FROM raffle_entry WHERE survey_id = $1`, [survey.id])).toEqual([{ email: "echt@example.org" }]);
    expect(await query(`SELECT is_test, raffle_entered FROM response WHERE id = $1`, [test.id])).toEqual([{ is_test: true, raffle_entered: false }]);

    // The same answers as the real respondents, from the same address: no group names it.
    const duplicates = await findDuplicates(survey.id, 3);
    const members = [...duplicates.byIp, ...duplicates.byAnswers].flatMap((g) => g.members.map((m) => m.id));
    expect(members).toContain(real[0].id);
    expect(members).not.toContain(test.id);
  });

  it("opens a closed or full survey and a stopped link; a wrong token is no token; renewing ends the old link", async () => {
    const start = (r: TRespondent, source?: string) => statusOf(r.save("welcome", { consent: true }, { source }));
    await setFieldwork(SLUG, { mode: "closed", opensAt: "", closesAt: "", responseLimit: "" });
    expect(await start(tester())).toBe(200);
    expect(await start(tester("x".repeat(token.length)))).toBe(403);
    expect(await start(tester(""))).toBe(403);
    expect(await start(respondent())).toBe(403);

    // Full: one real response reached the limit; test responses do not count towards it.
    await setFieldwork(SLUG, { mode: "auto", opensAt: "", closesAt: "", responseLimit: 2 });
    expect(await start(respondent())).toBe(200);
    expect(await start(tester())).toBe(200);
    expect(await start(respondent())).toBe(200);
    expect(await start(respondent())).toBe(403);
    expect(await start(tester())).toBe(200);

    await setFieldwork(SLUG, { mode: "auto", opensAt: "", closesAt: "", responseLimit: "" });
    await createCollector(survey.id, { name: "Nieuwsbrief", code: "nieuwsbrief" });
    await setCollectorOpen(survey.id, (await listCollectors(survey.id))[0].id, false);
    expect(await start(respondent(), "nieuwsbrief")).toBe(403);
    expect(await start(tester(), "nieuwsbrief")).toBe(200);

    const since = await maxAuditId();
    const renewed = await renewTestToken(survey.id, null);
    expect(renewed).not.toBe(token);
    expect(renewed).toMatch(/^[A-Za-z0-9_-]{32}$/);
    await setFieldwork(SLUG, { mode: "closed", opensAt: "", closesAt: "", responseLimit: "" });
    expect(await start(tester(token))).toBe(403);
    expect(await start(tester(renewed))).toBe(200);
    const events = (await eventsAfter(since)).filter((e) => e.action === "test_link.renewed");
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events[0].details)).not.toContain(renewed);
    // A wrong token's first save stored nothing; the test ones are test, the rest are not.
    expect(await query(`SELECT count(*) FILTER (WHERE is_test)::int AS tests, count(*)::int AS n FROM response WHERE survey_id = $1`, [survey.id]))
      .toEqual([{ tests: 5, n: 7 }]);
  });

  it("deletes all test responses with their answers and page visits in one audit-logged step; the live marker moves", async () => {
    const real = [respondent(), respondent()];
    for (const r of real) await part1(r);
    const tests = [tester(), tester()];
    await part1(tests[0]);
    await tests[1].save("welcome", { consent: true });
    const count = async (table: string, ids: string[]) =>
      (await query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE response_id = ANY($1::uuid[])`, [ids]))[0].n;
    const testIds = tests.map((t) => t.id);
    const realIds = real.map((r) => r.id);
    const before = { answers: await count("answer", testIds), pageVisits: await count("page_visit", testIds), realAnswers: await count("answer", realIds) };
    expect(before.answers).toBeGreaterThan(5);
    expect(await responseCounts(survey.id)).toEqual({ all: 4, excluded: 0, test: 2 });
    expect((await listResponses(survey.id, { page: 1, pageSize: 50, filter: "test" })).rows.map((r) => r.id).sort()).toEqual([...testIds].sort());
    expect((await listResponses(survey.id, { page: 1, pageSize: 50, filter: "included" })).rows.map((r) => r.id).sort()).toEqual([...realIds].sort());
    const figuresBefore = { started: await started(), n: await figureN() };
    forgetWatermarks();
    const marker = await getWatermark(survey.id);
    const since = await maxAuditId();

    const deleted = await deleteTestResponses(survey.id, null);
    expect(deleted).toEqual({ responses: 2, answers: before.answers, pageVisits: before.pageVisits });
    expect(await query(`SELECT id FROM response WHERE survey_id = $1 ORDER BY id`, [survey.id])).toEqual([...realIds].sort().map((id) => ({ id })));
    expect([await count("answer", testIds), await count("page_visit", testIds)]).toEqual([0, 0]);
    expect(await count("answer", realIds)).toBe(before.realAnswers);
    forgetWatermarks();
    expect(await getWatermark(survey.id)).not.toBe(marker);
    expect({ started: await started(), n: await figureN() }).toEqual(figuresBefore);
    expect((await eventsAfter(since)).map((e) => [e.action, e.details])).toEqual([
      ["response.tests_deleted", { responses: 2, answers: before.answers, pageVisits: before.pageVisits }],
    ]);
    await expect(getResumeState(SLUG, tests[0].id, tests[0].secret)).rejects.toMatchObject({ status: 404 });
    expect(await deleteTestResponses(survey.id, null)).toEqual({ responses: 0, answers: 0, pageVisits: 0 });
  });

  it("gets an experiment arm as a new respondent would, without taking an assignment or counting in the arms' figures", async () => {
    const versions = await query<{ id: string; version: number }>(`SELECT id, version FROM survey_version WHERE survey_id = $1 AND NOT is_imported`, [survey.id]);
    const arms = versions.filter((v) => v.version <= 2).map((v) => ({ versionId: v.id, weight: 50 }));
    const experiment = await startExperiment(survey.id, { arms });
    if (!experiment.ok) throw new Error(experiment.message);
    const real = respondent();
    await real.save("welcome", { consent: true });
    const tests = [tester(), tester(), tester()];
    for (const t of tests) await t.save("welcome", { consent: true });

    expect(await query(`SELECT assigned FROM experiment WHERE id = $1`, [experiment.id])).toEqual([{ assigned: 1 }]);
    const rows = await query<{ experiment_arm_id: string | null; experiment_seq: number | null }>(
      `SELECT experiment_arm_id, experiment_seq FROM response WHERE id = ANY($1::uuid[])`, [tests.map((t) => t.id)]);
    expect(rows.every((r) => r.experiment_arm_id !== null && r.experiment_seq === null)).toBe(true);
    const counts = await groupCounts(pool(), survey.id, { kind: "arm", experimentId: experiment.id });
    expect(counts.reduce((n, c) => n + c.started, 0)).toBe(1);
  });
});
