import { beforeEach, describe, expect, it } from "vitest";
import { parseFilters } from "@/lib/analysis/filters";
import { forgetWatermarks, getSection, getTotals, getWatermark } from "@/lib/analysis/service";
import { getSurveyContext, type TSurveyContext } from "@/lib/analysis/survey";
import { listAuditEvents } from "@/lib/audit/service";
import { ResponseError } from "@/lib/responses/errors";
import { getResponseDetail } from "@/lib/responses/detail";
import { getResumeState } from "@/lib/responses/service";
import { findDuplicates } from "@/lib/responses/duplicates";
import { deleteResponse, listResponses, reviewResponse } from "@/lib/responses/manage";
import { deletionTarget } from "@/lib/responses/review";
import { enforceIpHashRetention, getRetention, setIpHashRetention } from "@/lib/responses/retention";
import { setFieldwork } from "@/lib/survey/fieldwork-service";
import { exportCount, exportFile } from "@/lib/export/service";
import { collect } from "./export-fixture";
import { query, resetDb } from "./db";
import { part1, respondent, SLUG, type TRespondent } from "./respondents";

/**
 * Response management against the figures: every count below is also computed in SQL here, and
 * monitoring, the results' figure and the export must agree with it before and after an
 * exclusion, a restore and a deletion.
 */
let survey: TSurveyContext;
const F = (q: Record<string, string> = {}) => parseFilters(q);

async function sqlCounts() {
  const [row] = await query<{ started: number; finished: number; counted: number; counted_finished: number }>(
    `SELECT count(*)::int AS started, count(finished_at)::int AS finished,
            count(*) FILTER (WHERE NOT is_excluded)::int AS counted,
            count(finished_at) FILTER (WHERE NOT is_excluded)::int AS counted_finished
       FROM response WHERE survey_id = $1 AND NOT is_imported`, [survey.id]);
  return row;
}

/** N of "Figuur 1" (functions of the respondents), all series together. */
async function figureN(filters = F()) {
  forgetWatermarks();
  const section = await getSection(survey, filters, "steekproef");
  const item = section.items.find((i) => "figure" in i && i.figure.id === "figuur-1") as { figure: { series: { n: number }[] } } | undefined;
  if (!item) throw new Error(`no figuur-1 in ${JSON.stringify(section.items.map((i) => Object.keys(i)))}`);
  return item.figure.series.reduce((sum, s) => sum + s.n, 0);
}

async function started(filters = F()) {
  forgetWatermarks();
  return (await getTotals(survey, filters)).overall.started;
}

async function finishedRespondents(n: number, ip = "203.0.113.7"): Promise<TRespondent[]> {
  const out: TRespondent[] = [];
  for (let i = 0; i < n; i++) {
    const r = respondent();
    await part1({ ...r, save: (page, values, extra = {}) => r.save(page, values, { ...extra, ip }) });
    out.push(r);
  }
  return out;
}

const actor = null;

describe("excluding, restoring and deleting responses", () => {
  beforeEach(async () => {
    await resetDb();
    survey = (await getSurveyContext(SLUG))!;
  });

  it("takes an excluded response out of monitoring, the results and the export; a filter brings it back; restore undoes it", async () => {
    const [a, b, c] = await finishedRespondents(3);
    const partial = respondent();
    await partial.save("welcome", { consent: true });
    const before = await sqlCounts();
    expect(before).toMatchObject({ started: 4, finished: 3, counted: 4 });
    expect(await started()).toBe(before.started);
    expect(await figureN()).toBe(3 + 0); // partial has no function answer
    expect(await exportCount(SLUG, F())).toBe(before.finished);

    const markerBefore = await getWatermark(survey.id);
    await reviewResponse(survey.id, { responseId: b.id, decision: "exclude", reason: "Tweede inzending vanaf hetzelfde adres" }, actor);
    forgetWatermarks();
    expect(await getWatermark(survey.id)).not.toBe(markerBefore);

    const after = await sqlCounts();
    expect(after).toMatchObject({ counted: 3, counted_finished: 2 });
    expect(await started()).toBe(after.counted);
    expect(await figureN()).toBe(after.counted_finished);
    expect(await exportCount(SLUG, F())).toBe(after.counted_finished);
    // The filter includes them again, in the figures and in the export with a column saying so.
    expect(await started(F({ includeExcluded: "true" }))).toBe(before.started);
    expect(await figureN(F({ includeExcluded: "true" }))).toBe(3);
    const csv = (await collect((await exportFile(SLUG, "csv-wide", F({ includeExcluded: "true" }))).body)).toString("utf8");
    const [header, ...lines] = csv.replace(/^\uFEFF/, "").trim().split(/\r?\n/);
    const cols = header.split(",");
    expect(cols).toContain("is_excluded");
    const flags = Object.fromEntries(lines.map((l) => l.split(",")).map((v) => [v[cols.indexOf("response_id")], v[cols.indexOf("is_excluded")]]));
    expect(flags).toEqual({ [a.id]: "0", [b.id]: "1", [c.id]: "0" });
    const plain = (await collect((await exportFile(SLUG, "csv-wide", F())).body)).toString("utf8");
    expect(plain).not.toContain(b.id);
    expect(plain.split(/\r?\n/)[0]).not.toContain("is_excluded");

    await reviewResponse(survey.id, { responseId: b.id, decision: "restore", reason: "Toch een andere docent" }, actor);
    expect(await started()).toBe(before.started);
    expect(await figureN()).toBe(3);
    expect(await exportCount(SLUG, F())).toBe(3);
    const events = (await listAuditEvents({ surveyId: survey.id })).filter((e) => e.action.startsWith("response."));
    expect(events.slice(-2).map((e) => [e.action, e.details])).toEqual([
      ["response.excluded", { responseId: b.id, reason: "Tweede inzending vanaf hetzelfde adres" }],
      ["response.restored", { responseId: b.id, reason: "Toch een andere docent" }],
    ]);
  });

  it("refuses a decision that changes nothing, an unknown response and one of another survey, and changes nothing", async () => {
    const [a] = await finishedRespondents(1);
    const status = (p: Promise<unknown>) => p.then(() => 200, (e: unknown) => (e instanceof ResponseError ? e.status : 500));
    expect(await status(reviewResponse(survey.id, { responseId: a.id, decision: "restore", reason: "niets" }, actor))).toBe(409);
    const other = (await getSurveyContext("voorbeeld-alle-elementen"))!;
    expect(await status(reviewResponse(other.id, { responseId: a.id, decision: "exclude", reason: "verkeerde" }, actor))).toBe(404);
    expect(await status(deleteResponse(other.id, { responseId: a.id, via: "id" }, actor))).toBe(404);
    expect(await query(`SELECT is_excluded, reviewed_at FROM response WHERE id = $1`, [a.id])).toEqual([{ is_excluded: false, reviewed_at: null }]);
  });

  it("deletes a response with its answers and page visits by ID or by the resume link, and the figures drop", async () => {
    const [a, b, c] = await finishedRespondents(3);
    const count = async (table: string, id: string) => (await query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE response_id = $1`, [id]))[0].n;
    const answersOfB = await count("answer", b.id);
    expect(answersOfB).toBeGreaterThan(5);
    expect(await started()).toBe(3);
    const marker = await getWatermark(survey.id);

    const link = `http://localhost:3000/s/${SLUG}#hervat=${b.id}.${b.secret}`;
    const deleted = await deleteResponse(survey.id, deletionTarget(link)!, actor);
    expect(deleted).toEqual({ responseId: b.id, answers: answersOfB, pageVisits: 8 });
    expect([await count("answer", b.id), await count("page_visit", b.id)]).toEqual([0, 0]);
    expect(await query(`SELECT id FROM response WHERE id = $1`, [b.id])).toEqual([]);
    // The respondent's next save or resume finds nothing, and nothing is written back.
    await expect(b.save("raffle", { email: "" })).rejects.toMatchObject({ status: 404 });
    await expect(getResumeState(SLUG, b.id, b.secret)).rejects.toMatchObject({ status: 404 });
    expect(await query(`SELECT id FROM response WHERE id = $1`, [b.id])).toEqual([]);
    forgetWatermarks();
    expect(await getWatermark(survey.id)).not.toBe(marker);
    const sql = await sqlCounts();
    expect(sql.started).toBe(2);
    expect(await started()).toBe(2);
    expect(await figureN()).toBe(2);
    expect(await exportCount(SLUG, F({ includeExcluded: "true" }))).toBe(2);

    // A resume link whose secret does not match deletes nothing.
    const wrong = `#hervat=${a.id}.${c.secret}`;
    await expect(deleteResponse(survey.id, deletionTarget(wrong)!, actor)).rejects.toThrow("hervatlink");
    await deleteResponse(survey.id, deletionTarget(a.id)!, actor);
    await expect(deleteResponse(survey.id, deletionTarget(a.id)!, actor)).rejects.toThrow("Geen antwoord met dit ID");
    expect(await started()).toBe(1);
    const events = (await listAuditEvents({ surveyId: survey.id, action: "response.deleted" })).map((e) => e.details);
    expect(events.slice(-2)).toEqual([
      { responseId: b.id, via: "resume-link", answers: answersOfB, pageVisits: 8 },
      expect.objectContaining({ responseId: a.id, via: "id" }),
    ]);
    expect(JSON.stringify(events)).not.toContain(b.secret);
  });

  it("a deletion that brings count and newest change back to an earlier state still moves the marker", async () => {
    const [a] = await finishedRespondents(1);
    const m1 = await getWatermark(survey.id);
    const b = respondent();
    await b.save("welcome", { consent: true });
    forgetWatermarks();
    expect(await getWatermark(survey.id)).not.toBe(m1);
    await deleteResponse(survey.id, { responseId: b.id, via: "id" }, actor);
    forgetWatermarks();
    const m3 = await getWatermark(survey.id);
    // Without the revision, count and max(updated_at) are m1's again: a cached figure of m1 would be served.
    expect(m3.split("-").slice(0, 2)).toEqual(m1.split("-").slice(0, 2));
    expect(m3).not.toBe(m1);
    expect(a.id).toBeTruthy();
  });

  it("lists responses page by page and shows one response with its answers, visits and order", async () => {
    const rs = await finishedRespondents(3);
    const page1 = await listResponses(survey.id, { page: 1, pageSize: 2, filter: "all" });
    expect(page1.total).toBe(3);
    expect(page1.rows).toHaveLength(2);
    const page2 = await listResponses(survey.id, { page: 2, pageSize: 2, filter: "all" });
    expect(new Set([...page1.rows, ...page2.rows].map((r) => r.id))).toEqual(new Set(rs.map((r) => r.id)));
    await reviewResponse(survey.id, { responseId: rs[0].id, decision: "exclude", reason: "test" }, actor);
    expect((await listResponses(survey.id, { page: 1, pageSize: 10, filter: "excluded" })).rows.map((r) => r.id)).toEqual([rs[0].id]);

    const detail = (await getResponseDetail(survey.id, rs[1].id))!;
    expect(detail).toMatchObject({ version: 1, source: "linkedin", isExcluded: false, flowMode: "choice" });
    expect(detail.finishedAt).not.toBeNull();
    expect(detail.answers.find((x) => x.variable === "bg_sector")).toMatchObject({ pageId: "bg", value: expect.stringContaining("mbo") });
    expect(detail.visits.map((v) => v.pageId)).toContain("p1_top5");
    expect(Object.keys(detail.displayOrder).length).toBeGreaterThan(0);
    expect(await getResponseDetail(survey.id, "00000000-0000-4000-8000-000000000000")).toBeUndefined();
  });
});

describe("duplicates", () => {
  beforeEach(async () => {
    await resetDb();
    survey = (await getSurveyContext(SLUG))!;
  });

  it("groups responses sharing an IP hash and responses with identical coded answers", async () => {
    const same = await finishedRespondents(2, "198.51.100.9");
    const [alone] = await finishedRespondents(1, "198.51.100.10");
    const short = respondent();
    await short.save("welcome", { consent: true }, { ip: "198.51.100.11" });
    const d = await findDuplicates(survey.id);
    expect(d.byIp.map((g) => g.members.map((m) => m.id))).toEqual([same.map((r) => r.id)]);
    // The three finished respondents answered identically (part1); the one who only consented is not in it.
    expect(d.byAnswers.map((g) => g.members.map((m) => m.id).sort())).toEqual([[...same, alone].map((r) => r.id).sort()]);
    // SQL check: the IP group is exactly the rows with that hash.
    const [{ n }] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM response WHERE survey_id = $1 AND ip_hash = (SELECT ip_hash FROM response WHERE id = $2)`, [survey.id, same[0].id]);
    expect(n).toBe(2);
    // A decision shows in the group.
    await reviewResponse(survey.id, { responseId: same[1].id, decision: "exclude", reason: "Dubbel" }, actor);
    await reviewResponse(survey.id, { responseId: same[0].id, decision: "keep", reason: "Eerste inzending" }, actor);
    const again = await findDuplicates(survey.id);
    expect(again.byIp[0].members.map((m) => [m.isExcluded, m.reviewReason])).toEqual([[false, "Eerste inzending"], [true, "Dubbel"]]);
  });
});

describe("retention of IP hashes", () => {
  beforeEach(async () => {
    await resetDb();
    survey = (await getSurveyContext(SLUG))!;
  });

  it("by hand by default; with on-close they are deleted when fieldwork closes, duplicate flags kept", async () => {
    await finishedRespondents(2, "198.51.100.20");
    expect(await getRetention(survey.id)).toMatchObject({ ipHashRetention: "manual", ipHashingClosedAt: null, hashedResponses: 2 });
    await setFieldwork(SLUG, { mode: "closed", opensAt: "", closesAt: "", responseLimit: "" });
    expect(await enforceIpHashRetention(survey.id)).toBe(false);
    expect((await getRetention(survey.id))!.hashedResponses).toBe(2);

    await setIpHashRetention(survey.id, "on-close", actor);
    const r = (await getRetention(survey.id))!;
    expect(r).toMatchObject({ ipHashRetention: "on-close", hashedResponses: 0 });
    expect(r.ipHashingClosedAt).not.toBeNull();
    expect(await query(`SELECT is_ip_duplicate FROM response WHERE survey_id = $1 ORDER BY started_at`, [survey.id]))
      .toEqual([{ is_ip_duplicate: false }, { is_ip_duplicate: true }]);
    expect((await findDuplicates(survey.id)).flagged).toHaveLength(1);
    const events = await listAuditEvents({ surveyId: survey.id, action: "ip_hashes.deleted" });
    expect(events.at(-1)?.details).toEqual({ cleared: 2, trigger: "fieldwork-closed" });
  });

  it("on-close waits while fieldwork is open and acts once its closing date has passed", async () => {
    await finishedRespondents(1);
    await setIpHashRetention(survey.id, "on-close", actor);
    expect((await getRetention(survey.id))!.hashedResponses).toBe(1);
    await setFieldwork(SLUG, { mode: "auto", opensAt: "", closesAt: "2030-01-01T12:00", responseLimit: "" });
    expect(await enforceIpHashRetention(survey.id, new Date("2029-12-31T00:00:00Z"))).toBe(false);
    expect(await enforceIpHashRetention(survey.id, new Date("2030-01-02T00:00:00Z"))).toBe(true);
    expect((await getRetention(survey.id))!.hashedResponses).toBe(0);
  });
});
