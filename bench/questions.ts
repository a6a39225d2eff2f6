/**
 * `npm run bench:questions`: "Alle vragen" on 100,000 synthetic responses (the dashboard
 * benchmark's data, bench/lib/dashboard-seed.ts): every questionnaire page's summaries, and one
 * open question's answers (page 1, a search, the whole CSV) with texts added to a tenth of the
 * responses. Options as bench:dashboard: BENCH_RESPONSES, BENCH_RUNS (default 5), BENCH_DATA_DIR.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { parseFilters, type TResultFilters } from "@/lib/analysis/filters";
import { allOpenAnswers, countOpenAnswers, listOpenAnswers } from "@/lib/analysis/questions/answers";
import { answersCsvLines } from "@/lib/analysis/questions/csv";
import { openQuestions, questionPages } from "@/lib/analysis/questions/kinds";
import { shapeQuestion } from "@/lib/analysis/questions/shape";
import { questionRows } from "@/lib/analysis/questions/sql";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { withPrisma } from "@/lib/db/prisma";
import { surveyConfig } from "@/lib/survey/config";
import { structure } from "@/lib/survey/engine/structure";
import { seedSurveyFolders } from "@/lib/survey/seed-folders";
import { toVersionDef } from "@/lib/survey/version/load";
import { benchDefinition, seedDashboardData } from "./lib/dashboard-seed";
import { percentile, timed } from "./lib/timing";

const TOTAL = Number(process.env.BENCH_RESPONSES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FILTERS: Record<string, TResultFilters> = {
  "afgerond (standaard)": parseFilters({}),
  "incl. gedeeltelijk": parseFilters({ includePartial: "true" }),
  "mbo, 2023": parseFilters({ sectorGroup: "mbo", wave: "2023" }),
};

async function main() {
  const keepDir = process.env.BENCH_DATA_DIR ? path.resolve(process.env.BENCH_DATA_DIR) : undefined;
  const dir = keepDir ?? mkdtempSync(path.join(os.tmpdir(), "enquete-bench-"));
  const isReused = keepDir !== undefined && existsSync(path.join(dir, "db", "PG_VERSION"));
  const server = await startEmbeddedPostgres({ dir: path.join(dir, "db"), isPersistent: keepDir !== undefined, database: "bench" });
  const pool = new pg.Pool({ connectionString: server.url, max: 4 });
  try {
    await migrate(server.url);
    const def = benchDefinition();
    if (!isReused) {
      await withPrisma(server.url, (db) => seedSurveyFolders(db));
      const client = await pool.connect();
      try {
        await seedDashboardData(client, def, TOTAL);
        await client.query("VACUUM ANALYZE");
      } finally {
        client.release();
      }
    }
    // Bench data only: an "anders, namelijk" text on about a tenth of the responses that saved part 1's last page.
    const { rowCount } = await pool.query(
      `INSERT INTO answer (response_id, variable, page_id, num, text)
       SELECT DISTINCT response_id, 'p1_other_text', 'p1_other', NULL::int, 'Andere activiteit ' || left(md5(response_id::text), 6) || ' met een reis'
       FROM answer WHERE page_id = 'p1_other' AND random() < 0.1 AND NOT EXISTS (SELECT 1 FROM answer t WHERE t.variable = 'p1_other_text')
       ON CONFLICT DO NOTHING`,
    );
    if (rowCount) await pool.query("ANALYZE answer");
    const { rows } = await pool.query<{ id: string; responses: number; answers: number }>(
      `SELECT (SELECT id FROM survey WHERE slug = $1) AS id, (SELECT count(*)::int FROM response) AS responses, (SELECT count(*)::int FROM answer) AS answers`,
      [def.slug],
    );
    console.log(`${rows[0].responses} responses, ${rows[0].answers} answers`);
    const s = structure(toVersionDef(def));
    const scope = (filters: TResultFilters) => ({ surveyId: rows[0].id, filters, dimensions: surveyConfig(def.slug).dimensions });

    console.log(`\n${"page (questions)".padEnd(34)} ${"runs".padStart(5)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)}`);
    let total = 0;
    for (const page of questionPages(s)) {
      const times: number[] = [];
      for (const f of Object.values(FILTERS)) {
        const run = async () => { for (const q of page.questions) shapeQuestion(q, await questionRows(pool, scope(f), q, s)); };
        await run();
        for (let i = 0; i < RUNS; i++) times.push((await timed(run)).ms);
      }
      total += percentile(times, 50);
      console.log(`${`${page.id} (${page.questions.length})`.padEnd(34)} ${String(times.length).padStart(5)} ${percentile(times, 50).toFixed(1).padStart(8)} ${percentile(times, 95).toFixed(1).padStart(8)}`);
    }
    console.log(`every page once (sum of p50): ${total.toFixed(0)} ms`);

    const open = openQuestions(s).find((o) => o.variable === "p1_other_text")!;
    const place = { spec: open.question, variable: open.variable };
    const f = FILTERS["incl. gedeeltelijk"];
    const n = await countOpenAnswers(pool, scope(f), place, "");
    const time = async (name: string, fn: () => Promise<unknown>) => {
      await fn();
      const t: number[] = [];
      for (let i = 0; i < RUNS; i++) t.push((await timed(fn)).ms);
      console.log(`${name.padEnd(48)} p50 ${percentile(t, 50).toFixed(1)} ms, p95 ${percentile(t, 95).toFixed(1)} ms`);
    };
    console.log(`\nOpen answers (${open.variable}, ${n} texts):`);
    await time("count + page 1 (50, newest first)", () => Promise.all([countOpenAnswers(pool, scope(f), place, ""), listOpenAnswers(pool, scope(f), place, "", 1)]));
    await time("count + page 1, search \"REIS 1a\"", () => Promise.all([countOpenAnswers(pool, scope(f), place, "REIS 1a"), listOpenAnswers(pool, scope(f), place, "REIS 1a", 1)]));
    await time("count + last page", () => listOpenAnswers(pool, scope(f), place, "", Math.max(1, Math.ceil(n / 50))));
    let bytes = 0;
    const heap = process.memoryUsage().heapUsed;
    let peak = heap;
    await time("whole CSV (batches of 1000)", async () => {
      bytes = 0;
      for await (const batch of allOpenAnswers(pool, scope(f), place, "")) {
        bytes += Buffer.byteLength(answersCsvLines(open.variable, batch));
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
    });
    console.log(`CSV: ${(bytes / 1024 / 1024).toFixed(1)} MB; heap grew by at most ${((peak - heap) / 1024 / 1024).toFixed(1)} MB while writing it`);
    console.log(`\nMachine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")}.`);
  } finally {
    await pool.end();
    await server.stop();
    if (!keepDir) rmSync(dir, { recursive: true, force: true });
  }
}

void main();
