import pg from "pg";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { cachedFigure } from "@/lib/analysis/cache";
import { doneComputing, holdMs, LIVE_POLICY, readLiveMarker, recordSpent, startComputing } from "@/lib/analysis/live";
import { query, resetDb } from "./db";
import { SLUG, respondent } from "./respondents";

/** The live marker: follows changes, holds while the figures of the last change use their share of database time. */
const instances = [0, 1].map(() => new pg.Pool({ connectionString: process.env.DATABASE_URL!, max: 4 }));
afterAll(() => Promise.all(instances.map((p) => p.end())));
const [a, b] = instances;

async function surveyId() {
  return (await query<{ id: string }>(`SELECT id FROM survey WHERE slug = $1`, [SLUG]))[0].id;
}
const newResponse = () => respondent().save("welcome", { consent: true });
const rewind = (id: string, seconds: number) =>
  query(`UPDATE live_marker SET advanced_at = advanced_at - make_interval(secs => $2) WHERE survey_id = $1`, [id, seconds]);

describe("the live marker", () => {
  beforeEach(resetDb);

  it("holds after a change for the figures' cost divided by the share, then follows again", async () => {
    const id = await surveyId();
    const m0 = await readLiveMarker(a, id);
    await newResponse();
    // Nothing computed for m0: the change shows at once, on both instances.
    const m1 = await readLiveMarker(a, id);
    expect(m1).not.toBe(m0);
    expect(await readLiveMarker(b, id)).toBe(m1);

    // Figures for m1 cost 2 s of queries: at a share of 0.25 the marker holds 8 s.
    await recordSpent(a, id, m1, 1500);
    await recordSpent(b, id, m1, 500);
    await recordSpent(a, id, "an older marker", 99_000);
    expect((await query<{ spent_ms: number }>(`SELECT spent_ms FROM live_marker`))[0].spent_ms).toBe(2000);
    await newResponse();
    await newResponse();
    expect(await readLiveMarker(a, id)).toBe(m1);
    expect(await readLiveMarker(b, id)).toBe(m1);
    await rewind(id, 7);
    expect(await readLiveMarker(b, id)).toBe(m1);
    await rewind(id, 1.5);
    const m2 = await readLiveMarker(b, id);
    expect(m2).not.toBe(m1);
    expect(await query(`SELECT spent_ms FROM live_marker`)).toEqual([{ spent_ms: 0 }]);
    // Nothing changed since: it stays.
    expect(await readLiveMarker(a, id)).toBe(m2);
  });

  it("does not move while figures for it are still being computed, so a slow refresh's cost counts", async () => {
    const id = await surveyId();
    const m1 = await readLiveMarker(a, id);
    // Two figures started for m1 on two instances; nothing finished yet, so nothing spent.
    await startComputing(a, id, m1);
    await startComputing(b, id, m1);
    await newResponse();
    expect(await readLiveMarker(a, id)).toBe(m1);
    await doneComputing(a, id, m1, 400);
    expect(await readLiveMarker(b, id)).toBe(m1);
    await doneComputing(b, id, m1, 600);
    // Both done: 1 s spent holds 4 s from the move.
    expect(await query(`SELECT computing, spent_ms FROM live_marker`)).toEqual([{ computing: 0, spent_ms: 1000 }]);
    expect(await readLiveMarker(a, id)).toBe(m1);
    await rewind(id, 4.5);
    expect(await readLiveMarker(a, id)).not.toBe(m1);
  });

  it("a count left behind by a crashed computation holds it at most a minute", async () => {
    const id = await surveyId();
    const m1 = await readLiveMarker(a, id);
    await startComputing(a, id, m1);
    await newResponse();
    await rewind(id, 59);
    expect(await readLiveMarker(a, id)).toBe(m1);
    await rewind(id, 1.5);
    expect(await readLiveMarker(a, id)).not.toBe(m1);
    expect(await query(`SELECT computing FROM live_marker`)).toEqual([{ computing: 0 }]);
  });

  it("holds at most a minute however much the figures cost", async () => {
    const id = await surveyId();
    const m1 = await readLiveMarker(a, id);
    await recordSpent(a, id, m1, 10_000_000);
    await newResponse();
    await rewind(id, 59);
    expect(await readLiveMarker(a, id)).toBe(m1);
    await rewind(id, 1.5);
    expect(await readLiveMarker(a, id)).not.toBe(m1);
    expect(holdMs(10_000_000)).toBe(LIVE_POLICY.maxHoldMs);
    expect(holdMs(100)).toBe(400);
  });

  it("a computed figure adds its time to its marker; 20 concurrent readers on two instances agree", async () => {
    const id = await surveyId();
    await newResponse();
    const markers = await Promise.all(Array.from({ length: 20 }, (_, i) => readLiveMarker(instances[i % 2], id)));
    expect(new Set(markers).size).toBe(1);
    const computing = cachedFigure(a, id, "figuur", markers[0], async (db) => (await db.query(`SELECT pg_sleep(0.3)`)).rowCount);
    await new Promise((r) => setTimeout(r, 150));
    expect(await query(`SELECT computing FROM live_marker`)).toEqual([{ computing: 1 }]);
    await computing;
    const [{ spent_ms }] = await query<{ spent_ms: number }>(`SELECT spent_ms FROM live_marker`);
    expect(spent_ms).toBeGreaterThanOrEqual(300);
    expect(await query(`SELECT computing FROM live_marker`)).toEqual([{ computing: 0 }]);
    // A failed computation ends its count too.
    await expect(cachedFigure(a, id, "kapot", markers[0], async () => { throw new Error("kapot"); })).rejects.toThrow("kapot");
    expect(await query(`SELECT computing FROM live_marker`)).toEqual([{ computing: 0 }]);
    // A read from the cache costs nothing.
    await cachedFigure(b, id, "figuur", markers[0], async () => 0);
    expect((await query<{ spent_ms: number }>(`SELECT spent_ms FROM live_marker`))[0].spent_ms).toBe(spent_ms);
  });
});
