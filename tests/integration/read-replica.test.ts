import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cachedFigure } from "@/lib/analysis/cache";
import { readLiveMarker } from "@/lib/analysis/live";
import { startEmbeddedPostgres, type TEmbeddedDb } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { withPrisma } from "@/lib/db/prisma";
import { seedSurveyFolders } from "@/lib/survey/seed-folders";
import { startStandby } from "../support/standby";

/**
 * Dashboard figures on a read replica (DATABASE_REPLICA_URL): a real streaming standby of its
 * own primary. A figure is computed there only once the standby has replayed the change the live
 * marker stands for; a standby that is behind (replay paused) leaves the figure to the primary.
 */
const DB = "enquete_replica";
/** Every change moves the marker at once (the hold is tested in live-marker.test.ts). */
const NO_HOLD = { share: 1, maxHoldMs: 0 };
let dir: string;
let primary: TEmbeddedDb | undefined;
let standby: TEmbeddedDb | undefined;
let primaryPool: pg.Pool;
let replicaPool: pg.Pool;
let surveyId: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "enquete-replica-"));
  const primaryDir = path.join(dir, "primary");
  primary = await startEmbeddedPostgres({ dir: primaryDir, isPersistent: false, database: DB });
  await migrate(primary.url);
  await withPrisma(primary.url, (db) => seedSurveyFolders(db));
  standby = await startStandby({ ...primary, dir: primaryDir }, path.join(dir, "standby"), DB);
  primaryPool = new pg.Pool({ connectionString: primary.url, max: 4 });
  replicaPool = new pg.Pool({ connectionString: standby.url, max: 4 });
  surveyId = (await primaryPool.query<{ id: string }>(`SELECT id FROM survey WHERE slug = 'internationale-competenties'`)).rows[0].id;
}, 120_000);

afterAll(async () => {
  await replicaPool?.end();
  await primaryPool?.end();
  await standby?.stop();
  await primary?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A new response on the primary (what a respondent's first save does). */
const addResponse = () =>
  primaryPool.query(
    `INSERT INTO response (id, survey_id, version_id, secret_hash, flow_mode, wave, display_order, current_page)
     SELECT gen_random_uuid(), s.id, v.id, 'x', 'choice', '2023', '{}', 'welcome' FROM survey s JOIN survey_version v ON v.survey_id = s.id
      WHERE s.id = $1 LIMIT 1`,
    [surveyId],
  );

const countFigure = async (db: Pick<pg.Pool, "query">) => {
  const { rows } = await db.query<{ n: number; standby: boolean }>(
    `SELECT count(*)::int AS n, pg_is_in_recovery() AS standby FROM response WHERE survey_id = $1`, [surveyId],
  );
  return rows[0];
};

describe("dashboard figures on a read replica", () => {
  it("are computed on the replica once it has replayed the marker's changes", async () => {
    await addResponse();
    const marker = await readLiveMarker(primaryPool, surveyId, NO_HOLD);
    const outcome = await cachedFigure(primaryPool, surveyId, "aantal", marker, countFigure, { replica: replicaPool, replicaWaitMs: 5000 });
    expect(outcome.computedOn).toBe("replica");
    expect(outcome.value).toEqual({ n: 1, standby: true });
    // Stored on the primary, read from there by every instance.
    const again = await cachedFigure(primaryPool, surveyId, "aantal", marker, countFigure, { replica: replicaPool });
    expect(again).toMatchObject({ isHit: true, value: { n: 1, standby: true } });
  });

  it("a replica that is behind leaves the figure to the primary: it never shows less than the marker", async () => {
    await replicaPool.query(`SELECT pg_wal_replay_pause()`);
    try {
      await addResponse();
      const marker = await readLiveMarker(primaryPool, surveyId, NO_HOLD);
      const started = performance.now();
      const outcome = await cachedFigure(primaryPool, surveyId, "aantal", marker, countFigure, { replica: replicaPool, replicaWaitMs: 300 });
      expect(performance.now() - started).toBeGreaterThanOrEqual(300);
      expect(outcome.computedOn).toBe("primary");
      expect(outcome.value).toEqual({ n: 2, standby: false });
      // The replica itself still shows the older state.
      expect((await countFigure(replicaPool)).n).toBe(1);
    } finally {
      await replicaPool.query(`SELECT pg_wal_replay_resume()`);
    }
    await addResponse();
    const marker = await readLiveMarker(primaryPool, surveyId, NO_HOLD);
    const outcome = await cachedFigure(primaryPool, surveyId, "aantal", marker, countFigure, { replica: replicaPool, replicaWaitMs: 5000 });
    expect(outcome).toMatchObject({ computedOn: "replica", value: { n: 3, standby: true } });
  });

  it("a replica URL that points at a primary is never trusted as caught up", async () => {
    await addResponse();
    const marker = await readLiveMarker(primaryPool, surveyId, NO_HOLD);
    const outcome = await cachedFigure(primaryPool, surveyId, "aantal", marker, countFigure, { replica: primaryPool, replicaWaitMs: 100 });
    expect(outcome.computedOn).toBe("primary");
  });
});
