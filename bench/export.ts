/**
 * `npm run bench:export`: 100,000 synthetic responses in a throw-away embedded PostgreSQL, then
 * each export format streamed to a file by the same code the download route runs
 * (lib/export/build.ts), each in its own child process so its peak RSS is its own.
 * Targets: under 30 s and under 300 MB peak RSS per export.
 * Options: BENCH_RESPONSES (default 100000), BENCH_FORMATS (default "csv-wide,xlsx,csv-long,spss"),
 * BENCH_DATA_DIR (keep the seeded database there and reuse it on the next run).
 */
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { parseFilters } from "@/lib/analysis/filters";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { buildExport } from "@/lib/export/build";
import { ZExportFormat } from "@/lib/export/formats";
import type { TSurveyDefinition } from "@/lib/survey/legacy/schema";
import { withPrisma } from "@/lib/db/prisma";
import { seedSurveyFolders } from "@/lib/survey/seed-folders";
import { benchDefinition, seedDashboardData } from "./lib/dashboard-seed";
import { cpuBetween, dbCpuByPid } from "./lib/proc";

const TOTAL = Number(process.env.BENCH_RESPONSES ?? 100_000);
const FORMATS = (process.env.BENCH_FORMATS ?? "csv-wide,xlsx,csv-long,spss").split(",").map((f) => ZExportFormat.parse(f.trim()));
const TARGET_MS = 30_000;
const TARGET_MB = 300;

type TResult = { format: string; ms: number; cpuSec: number; dbCpuSec: number | null; peakMb: number; bytes: number };

/**
 * What the dashboard seeder leaves out but an export reads: IP hashes (some shared, for the
 * duplicate flag), the randomised competence order, consent and "anders, namelijk" texts.
 */
async function completeForExport(client: pg.ClientBase, def: TSurveyDefinition) {
  const model = (part: "p1" | "p2") => def.parts.find((p) => p.id === part)!.top5.model;
  const ids = (part: "p1" | "p2") => def.models.find((m) => m.id === model(part))!.clusters.flatMap((c) => c.competences.map((x) => x.id));
  await client.query(`UPDATE response SET ip_hash = md5('ip' || floor(random() * $1::int)::text)`, [Math.ceil(TOTAL * 0.9)]);
  await client.query(
    `UPDATE response r SET display_order = jsonb_build_object(
       'p1', (SELECT jsonb_agg(c ORDER BY random()) FROM unnest($1::text[]) c WHERE r.id IS NOT NULL),
       'p2', (SELECT jsonb_agg(c ORDER BY random()) FROM unnest($2::text[]) c WHERE r.id IS NOT NULL))
     WHERE NOT r.is_imported`,
    [ids("p1"), ids("p2")],
  );
  await client.query(`INSERT INTO answer (response_id, variable, page_id, num) SELECT id, 'consent', 'welcome', 1 FROM response`);
  // The shared seeder records the chosen part in `dims`; a save also stores it as an answer,
  // and the export's path (which pages, so which shown orders, a respondent reached) reads it.
  await client.query(
    `INSERT INTO answer (response_id, variable, page_id, text)
     SELECT r.id, 'part_choice', 'choice', r.dims->>'part_choice'
     FROM response r WHERE r.dims ? 'part_choice'
     ON CONFLICT (response_id, variable) DO NOTHING`,
  );
  for (const part of ["p1", "p2"]) {
    await client.query(
      `WITH picked AS (
         SELECT DISTINCT response_id FROM answer WHERE page_id = $1 AND random() < 0.15
       ), flag AS (
         INSERT INTO answer (response_id, variable, page_id, num) SELECT response_id, $2, $1, 1 FROM picked ON CONFLICT DO NOTHING
       )
       INSERT INTO answer (response_id, variable, page_id, text)
       SELECT response_id, $3, $1, 'Vrije tekst, met "aanhalingstekens" en een komma; nr ' || substr(md5(response_id::text), 1, 8)
       FROM picked`,
      [`${part}_other`, `${part}_other_anders`, `${part}_other_text`],
    );
  }
}

async function seed(url: string, isReused: boolean) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (!isReused) {
      const started = performance.now();
      const def = benchDefinition();
      await withPrisma(url, (db) => seedSurveyFolders(db));
      await seedDashboardData(client, def, TOTAL);
      await completeForExport(client, def);
      await client.query("VACUUM ANALYZE");
      console.log(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const { rows } = await client.query<{ responses: number; answers: number; finished: number }>(
      `SELECT count(*)::int AS responses, count(finished_at)::int AS finished, (SELECT count(*)::int FROM answer) AS answers FROM response`,
    );
    console.log(`${rows[0].responses} responses (${rows[0].finished} finished), ${rows[0].answers} answer rows`);
  } finally {
    await client.end();
  }
}

/** Child: one export to a file; prints its time, CPU, peak RSS and size as JSON. */
async function child(url: string, format: string, outFile: string, dataDir: string) {
  const db = new pg.Pool({ connectionString: url, max: 2 });
  const dbBefore = dbCpuByPid(dataDir);
  const started = performance.now();
  const file = await buildExport(db, benchDefinition().slug, ZExportFormat.parse(format), parseFilters({ includePartial: "true" }));
  await pipeline(Readable.from(file.body), createWriteStream(outFile));
  const ms = performance.now() - started;
  const dbAfter = dbCpuByPid(dataDir);
  await db.end();
  const dbCpuSec = dbBefore && dbAfter ? cpuBetween(dbBefore, dbAfter) : null;
  // maxRSS is in kilobytes on Linux.
  const usage = process.resourceUsage();
  const result: TResult = {
    format, ms, cpuSec: (usage.userCPUTime + usage.systemCPUTime) / 1e6, dbCpuSec, peakMb: usage.maxRSS / 1024, bytes: statSync(outFile).size,
  };
  console.log(JSON.stringify(result));
  // The app's own database client (survey versions are read through it) keeps its pool open.
  process.exit(0);
}

function runChild(url: string, format: string, outFile: string, dataDir: string): Promise<TResult> {
  return new Promise((resolve, reject) => {
    const script = fileURLToPath(import.meta.url);
    const p = spawn(process.execPath, [...process.execArgv, script, "--child", url, format, outFile, dataDir], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.on("exit", (code) => {
      const line = out.trim().split("\n").pop() ?? "";
      if (code !== 0) reject(new Error(`export ${format} failed (${code}): ${out}`));
      else resolve(JSON.parse(line) as TResult);
    });
  });
}

async function main() {
  const keepDir = process.env.BENCH_DATA_DIR ? path.resolve(process.env.BENCH_DATA_DIR) : undefined;
  const dir = keepDir ?? mkdtempSync(path.join(os.tmpdir(), "enquete-bench-export-"));
  const isReused = keepDir !== undefined && existsSync(path.join(dir, "db", "PG_VERSION"));
  const server = await startEmbeddedPostgres({ dir: path.join(dir, "db"), isPersistent: keepDir !== undefined, database: "bench" });
  try {
    await migrate(server.url);
    await seed(server.url, isReused);
    console.log(`Node ${process.version}, ${os.cpus().length} CPUs; filters: includePartial=true (every response)`);
    // Wall times depend on what else runs: the load average and the export's own CPU time say how much.
    console.log(`Load average before the exports: ${os.loadavg().map((l) => l.toFixed(1)).join(", ")}\n`);
    const results: TResult[] = [];
    for (const format of FORMATS) {
      const r = await runChild(server.url, format, path.join(dir, `export-${format}.out`), path.join(dir, "db"));
      results.push(r);
      const ok = r.ms < TARGET_MS && r.peakMb < TARGET_MB;
      console.log(
        `${format.padEnd(10)} ${(r.ms / 1000).toFixed(1).padStart(6)} s wall ${r.cpuSec.toFixed(1).padStart(6)} s CPU Node ${r.dbCpuSec === null ? "    ?" : r.dbCpuSec.toFixed(1).padStart(5)} s CPU PostgreSQL ${r.peakMb.toFixed(0).padStart(6)} MB peak RSS ${(r.bytes / 1e6).toFixed(1).padStart(7)} MB file${ok ? "" : "  > target"}  (load ${os.loadavg()[0].toFixed(1)})`,
      );
    }
    const failed = results.filter((r) => r.ms >= TARGET_MS || r.peakMb >= TARGET_MB);
    console.log(failed.length ? `\n${failed.length} exports above target (${TARGET_MS / 1000} s, ${TARGET_MB} MB).` : `\nAll exports within ${TARGET_MS / 1000} s and ${TARGET_MB} MB.`);
    process.exitCode = failed.length ? 1 : 0;
  } finally {
    await server.stop();
    if (!keepDir) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--child") void child(process.argv[3], process.argv[4], process.argv[5], process.argv[6]);
else void main();
