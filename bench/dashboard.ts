/**
 * `npm run bench:dashboard`: seeds 100,000 synthetic responses into a throw-away embedded
 * PostgreSQL and times every dashboard query with several filter combinations.
 * Options: BENCH_RESPONSES (default 100000), BENCH_RUNS (runs per query and filter, default 15),
 * BENCH_QUERIES (only queries whose name contains this text), BENCH_NICE (as root: run the
 * database server at this nice level, e.g. -10, to measure on a machine busy with other jobs),
 * BENCH_DATA_DIR (keep the seeded database there and reuse it on the next run, for tuning),
 * BENCH_FILTERS=default (only the default filter, e.g. for a run at 1,000,000 responses),
 * BENCH_EXPLAIN=<text> (print EXPLAIN (ANALYZE, BUFFERS) of every statement of the queries whose
 * name contains the text, with the default filter, instead of timing them).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { cachedFigure, figureKey } from "@/lib/analysis/cache";
import { parseFilters, type TResultFilters } from "@/lib/analysis/filters";
import { dashboardQueries } from "@/lib/analysis/queries";
import { loadReport } from "@/lib/analysis/report/load";
import { surveyConfig } from "@/lib/survey/config";
import { structure } from "@/lib/survey/engine/structure";
import { toVersionDef } from "@/lib/survey/version/load";
import { withPrisma } from "@/lib/db/prisma";
import { seedSurveyFolders } from "@/lib/survey/seed-folders";
import { benchDefinition, seedDashboardData } from "./lib/dashboard-seed";
import { percentile, timed } from "./lib/timing";

const TOTAL = Number(process.env.BENCH_RESPONSES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const TARGET_P95_MS = 200;

const FILTERS: Record<string, TResultFilters> = {
  "afgerond (standaard)": parseFilters({}),
  "incl. gedeeltelijk": parseFilters({ includePartial: "true" }),
  "wave 2023": parseFilters({ wave: "2023" }),
  "mbo, 2023": parseFilters({ sectorGroup: "mbo", wave: "2023" }),
  "keuze, incl. gedeeltelijk": parseFilters({ flowMode: "choice", includePartial: "true" }),
};

async function main() {
  const keepDir = process.env.BENCH_DATA_DIR ? path.resolve(process.env.BENCH_DATA_DIR) : undefined;
  const dir = keepDir ?? mkdtempSync(path.join(os.tmpdir(), "enquete-bench-"));
  const isReused = keepDir !== undefined && existsSync(path.join(dir, "db", "PG_VERSION"));
  const server = await startEmbeddedPostgres({ dir: path.join(dir, "db"), isPersistent: keepDir !== undefined, database: "bench" });
  if (keepDir) console.log(`Database: ${server.url}`);
  const nice = process.env.BENCH_NICE;
  if (nice) {
    // Backends and parallel workers are forked from the postmaster and inherit its priority.
    const pid = readFileSync(path.join(dir, "db", "postmaster.pid"), "utf8").split("\n")[0];
    execFileSync("renice", ["-n", nice, "-p", pid]);
    console.log(`Database server running at nice ${nice}.`);
  }
  const pool = new pg.Pool({ connectionString: server.url, max: 4 });
  try {
    await migrate(server.url);
    const def = benchDefinition();
    const client = await pool.connect();
    let surveyId: string;
    try {
      const seeded = await timed(async () => {
        if (isReused) return;
        await withPrisma(server.url, (db) => seedSurveyFolders(db));
        await seedDashboardData(client, def, TOTAL);
        await client.query("VACUUM ANALYZE");
      });
      const { rows } = await client.query<{ responses: number; answers: number; visits: number; id: string }>(
        `SELECT (SELECT count(*)::int FROM response) AS responses, (SELECT count(*)::int FROM answer) AS answers,
           (SELECT count(*)::int FROM page_visit) AS visits, (SELECT id FROM survey WHERE slug = $1) AS id`,
        [def.slug],
      );
      surveyId = rows[0].id;
      console.log(
        `${isReused ? "Reused" : "Seeded"} ${rows[0].responses} responses, ${rows[0].answers} answers, ${rows[0].visits} page visits in ${(seeded.ms / 1000).toFixed(1)} s`,
      );
    } finally {
      client.release();
    }

    if (process.env.BENCH_EXPLAIN) {
      await explain(pool, surveyId, process.env.BENCH_EXPLAIN);
      return;
    }
    const only = process.env.BENCH_QUERIES;
    const queries = dashboardQueries(pool, surveyId, structure(toVersionDef(def)), surveyConfig(def.slug).dimensions, loadReport(def.slug)).filter((q) => !only || q.name.includes(only));
    const results: { name: string; p50: number; p95: number; max: number; n: number }[] = [];
    for (const q of queries) {
      const times: number[] = [];
      const all = process.env.BENCH_FILTERS === "default" ? [FILTERS["afgerond (standaard)"]] : Object.values(FILTERS);
      const filterSets = q.usesFilters ? all : [FILTERS["afgerond (standaard)"]];
      for (const f of filterSets) {
        await q.run(f); // warm-up: plan cache and buffers
        for (let i = 0; i < RUNS; i++) times.push((await timed(() => q.run(f))).ms);
      }
      results.push({ name: q.name, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), n: times.length });
      process.stderr.write(`  ${q.name}: p95 ${percentile(times, 95).toFixed(1)} ms\n`);
    }
    const load = os.loadavg().map((l) => l.toFixed(1)).join(" / ");
    console.log(`\nMachine: ${os.cpus().length} cores, load average ${load} (1/5/15 min) while measuring.`);
    console.log(`CPU reference: 10^8 additions in JavaScript took ${calibrate().toFixed(0)} ms (about 100 ms on an idle core).`);
    console.log(`\n${"query".padEnd(34)} ${"runs".padStart(5)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"max ms".padStart(8)}`);
    for (const r of results) {
      const flag = r.p95 < TARGET_P95_MS ? "" : "  > target";
      console.log(`${r.name.padEnd(34)} ${String(r.n).padStart(5)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.max.toFixed(1).padStart(8)}${flag}`);
    }
    await measureCache(server.url, surveyId, queries.map((q) => ({ name: q.name, run: () => q.run(FILTERS["afgerond (standaard)"]) })));
    const slow = results.filter((r) => r.p95 >= TARGET_P95_MS);
    console.log(slow.length ? `\n${slow.length} queries above the ${TARGET_P95_MS} ms p95 target.` : `\nAll queries below the ${TARGET_P95_MS} ms p95 target.`);
    process.exitCode = slow.length ? 1 : 0;
  } finally {
    await pool.end();
    await server.stop();
    if (!keepDir) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The figure cache (lib/analysis/cache.ts) as the dashboard uses it: 10 open tabs refresh at once
 * after the watermark moved (each figure computed once, the others wait and read it), then every
 * figure read again at the same watermark (what a refresh costs until the next change).
 */
async function measureCache(url: string, surveyId: string, figures: { name: string; run: () => Promise<unknown> }[]) {
  const cachePool = new pg.Pool({ connectionString: url, max: 10 });
  try {
    const watermark = `bench-${Date.now()}`;
    let computed = 0;
    const all = () =>
      Promise.all(figures.map((f) => cachedFigure(cachePool, surveyId, figureKey([f.name]), watermark, async () => (computed++, f.run()))));
    const refresh = await timed(() => Promise.all(Array.from({ length: 10 }, all)));
    const hits: number[] = [];
    for (let i = 0; i < RUNS; i++) hits.push((await timed(all)).ms);
    console.log(`
Figure cache, ${figures.length} figures: 10 tabs refreshing after a change computed ${computed} (without the cache ${10 * figures.length}) in ${refresh.ms.toFixed(0)} ms;`);
    console.log(`every figure read from the cache at the same watermark: p50 ${percentile(hits, 50).toFixed(1)} ms, p95 ${percentile(hits, 95).toFixed(1)} ms (all ${figures.length} together).`);
  } finally {
    await cachePool.end();
  }
}

/** The plans behind the timings: each statement of the named queries, run with EXPLAIN ANALYZE. */
async function explain(pool: pg.Pool, surveyId: string, text: string) {
  const def = benchDefinition();
  const explaining = {
    query: async (sql: string, params?: unknown[]) => {
      const plan = await pool.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      console.log(`${plan.rows.map((r) => r["QUERY PLAN"]).join("\n")}\n`);
      return pool.query(sql, params);
    },
  } as unknown as pg.Pool;
  const queries = dashboardQueries(explaining, surveyId, structure(toVersionDef(def)), surveyConfig(def.slug).dimensions, loadReport(def.slug));
  for (const q of queries.filter((x) => x.name.includes(text))) {
    console.log(`== ${q.name}`);
    await q.run(FILTERS["afgerond (standaard)"]);
  }
}

/** A fixed CPU-bound loop: tells how much CPU this run actually got on a shared machine. */
function calibrate(): number {
  const start = performance.now();
  let x = 0;
  for (let i = 0; i < 1e8; i++) x += i;
  if (x < 0) console.log(x);
  return performance.now() - start;
}

void main();
