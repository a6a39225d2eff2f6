import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseFilters } from "@/lib/analysis/filters";
import { forgetWatermarks, getPerDay, getTotals, getTrend } from "@/lib/analysis/service";
import { getSurveyContext, type TSurveyContext } from "@/lib/analysis/survey";
import { pool } from "@/lib/db/client";
import { query, resetDb } from "./db";
import { download, finishedPart1, wideRecords } from "./export-fixture";

/**
 * Days and times are the survey's wall clock (survey.json `timeZone`, Europe/Amsterdam here),
 * whatever the database server's zone: a response at 23:30 UTC in winter (00:30 CET) belongs to
 * the next day, one at 22:15 UTC in summer (00:15 CEST) too. Every expected value by hand.
 */
const MOMENTS = {
  winter: { started: "2026-03-01T23:30:00Z", finished: "2026-03-01T23:50:00Z" }, // 00:30 / 00:50 CET on 2 March
  summer: { started: "2026-07-01T22:15:00Z", finished: "2026-07-01T22:40:00Z" }, // 00:15 / 00:40 CEST on 2 July
  noon: { started: "2026-03-05T11:00:00Z", finished: "2026-03-05T11:20:00Z" }, // 12:00 / 12:20 CET on 5 March
};
let survey: TSurveyContext;
const ids: Record<string, string> = {};

beforeAll(async () => {
  await resetDb();
  for (const [name, m] of Object.entries(MOMENTS)) {
    const r = await finishedPart1();
    ids[name] = r.id;
    await query(
      `UPDATE response SET started_at = $2::timestamptz, updated_at = $3::timestamptz, finished_at = $3::timestamptz,
         parts_finished = jsonb_build_object('p1', to_char($3::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
       WHERE id = $1`,
      [r.id, m.started, m.finished],
    );
  }
  survey = (await getSurveyContext("internationale-competenties"))!;
  forgetWatermarks();
});

afterAll(() => pool().end());

describe("the survey's time zone", () => {
  it("is read from survey.json (default Europe/Amsterdam), not the database server's zone", async () => {
    expect(survey.timeZone).toBe("Europe/Amsterdam");
    // Per-day counts used to follow the server's zone: these tests mean something only if it differs.
    expect((await query<{ TimeZone: string }>(`SHOW TimeZone`))[0].TimeZone).not.toBe("Europe/Amsterdam");
  });

  it("monitoring counts a response on its day in Amsterdam, not in UTC", async () => {
    const days = (await getPerDay(survey)).filter((d) => d.started || d.finished);
    expect(days).toEqual([
      { day: "2026-03-02", started: 1, finished: 1 },
      { day: "2026-03-05", started: 1, finished: 1 },
      { day: "2026-07-02", started: 1, finished: 1 },
    ]);
  });

  it("the cumulative trend runs over the same days, per source", async () => {
    const trend = await getTrend(survey);
    expect(trend.series).toEqual([{ key: "s0", label: "nieuwsbrief" }]);
    expect(trend.rows[0]).toEqual({ day: "2026-03-02", started: 1, finished: 1, s0: 1 });
    expect(trend.rows.find((r) => r.day === "2026-03-05")).toEqual({ day: "2026-03-05", started: 2, finished: 2, s0: 2 });
    expect(trend.rows.at(-1)).toEqual({ day: "2026-07-02", started: 3, finished: 3, s0: 3 });
    const march = await getTrend(survey, parseFilters({ from: "2026-03-01", to: "2026-03-31" }));
    expect(march.rows.at(-1)).toEqual({ day: "2026-03-05", started: 2, finished: 2, s0: 2 });
  });

  it("the period filter takes whole Amsterdam days", async () => {
    const totals = async (from: string, to: string) => (await getTotals(survey, parseFilters({ from, to }))).overall.started;
    expect(await totals("2026-03-02", "2026-03-02")).toBe(1);
    expect(await totals("2026-03-01", "2026-03-01")).toBe(0);
    expect(await totals("2026-07-02", "2026-07-02")).toBe(1);
  });

  it("exports write Amsterdam wall-clock times (CET and CEST) and say so in the codebook", async () => {
    const rows = wideRecords((await download("csv-wide")).data.toString("utf8"));
    const byId = new Map(rows.map((r) => [r.response_id, r]));
    expect(byId.get(ids.winter)).toMatchObject({ started_at: "2026-03-02 00:30:00", finished_at: "2026-03-02 00:50:00", p1_finished_at: "2026-03-02 00:50:00" });
    expect(byId.get(ids.summer)).toMatchObject({ started_at: "2026-07-02 00:15:00", finished_at: "2026-07-02 00:40:00" });
    expect(byId.get(ids.noon)).toMatchObject({ started_at: "2026-03-05 12:00:00" });
    const codebook = (await download("codebook-html")).data.toString("utf8");
    expect(codebook).toContain("Gestart op (tijd in Europe/Amsterdam)");
    expect(codebook).not.toContain("(UTC)");
  });
});
