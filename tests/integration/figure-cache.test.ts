import pg from "pg";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { cachedFigure } from "@/lib/analysis/cache";
import { forgetWatermarks, getTotals, getWatermark } from "@/lib/analysis/service";
import { getSurveyContext } from "@/lib/analysis/survey";
import { query, resetDb } from "./db";
import { SLUG, part1, respondent } from "./respondents";

/** Figures computed once per watermark, shared by tabs and app instances (two pools = two instances). */
const instances = [0, 1].map(() => new pg.Pool({ connectionString: process.env.DATABASE_URL!, max: 4 }));
afterAll(() => Promise.all(instances.map((p) => p.end())));

async function surveyId() {
  return (await query<{ id: string }>(`SELECT id FROM survey WHERE slug = $1`, [SLUG]))[0].id;
}

describe("the figure cache", () => {
  beforeEach(resetDb);

  it("computes a figure once for 20 concurrent requests on two instances, again when the watermark moves", async () => {
    const id = await surveyId();
    let computed = 0;
    const compute = async (db: Pick<pg.Pool, "query">) => {
      computed++;
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n, pg_sleep(0.05) FROM response`);
      return { n: rows[0].n, at: new Date("2026-11-30T12:00:00Z") };
    };
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => cachedFigure(instances[i % 2], id, "figuur-1", "w1", compute)));
    expect(computed).toBe(1);
    expect(outcomes.filter((o) => !o.isHit)).toHaveLength(1);
    // A hit and the computing request give the same (JSON) shape.
    expect(new Set(outcomes.map((o) => JSON.stringify(o.value))).size).toBe(1);
    expect(outcomes[0].value.at).toBe("2026-11-30T12:00:00.000Z");
    await cachedFigure(instances[0], id, "figuur-1", "w2", compute);
    await cachedFigure(instances[1], id, "figuur-1", "w2", compute);
    expect(computed).toBe(2);
    const rows = await query<{ watermark: string; compute_ms: number }>(`SELECT watermark, compute_ms FROM figure_cache WHERE survey_id = $1`, [id]);
    expect(rows).toEqual([{ watermark: "w2", compute_ms: expect.any(Number) }]);
  });

  it("requests of one instance share one computation on the compute pool; the main pool only reads hits", async () => {
    const id = await surveyId();
    const main = new pg.Pool({ connectionString: process.env.DATABASE_URL!, max: 10 });
    const computePool = new pg.Pool({ connectionString: process.env.DATABASE_URL!, max: 10 });
    try {
      let computed = 0;
      const compute = async (db: Pick<pg.Pool, "query">) => {
        computed++;
        await db.query(`SELECT pg_sleep(0.2)`);
        return computed;
      };
      const outcomes = await Promise.all(
        Array.from({ length: 10 }, () => cachedFigure(main, id, "gedeeld", "w1", compute, { computePool })),
      );
      expect(computed).toBe(1);
      expect(outcomes.filter((o) => !o.isHit)).toHaveLength(1);
      // Ten tabs, one connection computing: the others did not each take one to wait on the lock.
      expect(computePool.totalCount).toBe(1);
    } finally {
      await Promise.all([main.end(), computePool.end()]);
    }
  });

  it("more figures at once than the pool has connections: each computation needs only its own connection", async () => {
    const id = await surveyId();
    const small = new pg.Pool({ connectionString: process.env.DATABASE_URL!, max: 2 });
    try {
      const compute = async (db: Pick<pg.Pool, "query">) => (await db.query(`SELECT pg_sleep(0.1)`)).rowCount;
      const all = Promise.all(["a", "b", "c", "d", "e"].map((k) => cachedFigure(small, id, k, "w1", compute)));
      const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error("waiting for connections forever")), 10_000));
      expect(await Promise.race([all, timeout])).toHaveLength(5);
    } finally {
      await small.end();
    }
  });

  it("a failed computation stores nothing and the next request computes", async () => {
    const id = await surveyId();
    await expect(cachedFigure(instances[0], id, "f", "w1", async () => { throw new Error("kapot"); })).rejects.toThrow("kapot");
    expect(await query(`SELECT 1 FROM figure_cache`)).toEqual([]);
    expect((await cachedFigure(instances[0], id, "f", "w1", async () => 7)).value).toBe(7);
  });

  it("the dashboard's figures follow new responses (the watermark moves with every save)", async () => {
    const survey = (await getSurveyContext(SLUG))!;
    expect((await getTotals(survey)).overall.started).toBe(0);
    const before = await getWatermark(survey.id);
    const r = respondent();
    await part1(r);
    forgetWatermarks();
    expect(await getWatermark(survey.id)).not.toBe(before);
    expect((await getTotals(survey)).overall).toMatchObject({ started: 1, finished: 1 });
    // Same watermark: read from the table, not computed again.
    const [{ computed_at: first }] = await query<{ computed_at: Date }>(`SELECT computed_at FROM figure_cache`);
    await getTotals(survey);
    const [{ computed_at: again }] = await query<{ computed_at: Date }>(`SELECT computed_at FROM figure_cache`);
    expect(again).toEqual(first);
  });
});
