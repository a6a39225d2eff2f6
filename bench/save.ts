/**
 * `npm run bench:save`: concurrent simulated respondents saving pages against the production
 * build, and in the same run a baseline: a bare Node HTTP server doing one equivalent Postgres
 * upsert per request. Prints throughput and p50/p95/p99 for both.
 *
 * Options (env): BENCH_CONCURRENCY (64), BENCH_SECONDS (20), DATABASE_URL (else embedded, temp dir).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, freePort } from "../lib/db/embedded";
import { bootstrapDatabase } from "../lib/db/bootstrap";
import { fmt, summarize } from "./lib/stats";

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const SLUG = "internationale-competenties";
const five = ["open_minded", "zelfstandigheid", "zelfvertrouwen", "flexibiliteit", "creativiteit"];

/** The pages of part 1 in choice mode, as a respondent saves them. */
const PAGES: [string, Record<string, unknown>][] = [
  ["welcome", { consent: true }],
  ["bg", { bg_function: "docent", bg_province: "utrecht", bg_sector: "mbo" }],
  ["choice", { part_choice: "p1" }],
  ["p1_activity", { p1_activity: "stage" }],
  ["p1_factors", { p1_factor_stage_taal: 8, p1_factor_stage_begeleiding: 7, p1_factor_stage_reflectie: 9, p1_factor_stage_thuisfront: 4, p1_factor_stage_cultafstand: 6, p1_factor_stage_lokaal: 8, p1_factor_stage_duur: 7, p1_factor_stage_alleen: 5 }],
  ["p1_dev", Object.fromEntries(["open_minded", "zelfstandigheid", "zelfvertrouwen", "flexibiliteit", "creativiteit", "aanpassingsvermogen", "doorzettingsvermogen", "zelfredzaamheid"].map((c, i) => [`p1_dev_${c}`, (i % 5) + 1]))],
  ["p1_top5", { p1_top5: five }],
  ["p1_other", { p1_other: ["excursie", "gastspreker"] }],
  ["raffle", {}],
];

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY * 2 });

function put(port: number, urlPath: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, path: urlPath, method: "PUT", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

async function load(port: number, label: string) {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const id = randomUUID();
      const secret = randomBytes(24).toString("base64url");
      for (const [i, [page, values]] of PAGES.entries()) {
        if (performance.now() >= deadline) return;
        const body = JSON.stringify({ secret, seq: i + 1, page, durationMs: 4000, values, source: "bench" });
        const t0 = performance.now();
        const status = await put(port, `/api/s/${SLUG}/responses/${id}`, body).catch(() => 0);
        latencies.push(performance.now() - t0);
        if (status !== 200) errors++;
      }
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = (performance.now() - t0) / 1000;
  const s = summarize(latencies);
  const rate = s.n / elapsed;
  console.log(`${label.padEnd(34)} ${String(s.n).padStart(7)} saves  ${rate.toFixed(0).padStart(6)} saves/s  p50 ${fmt(s.p50)}  p95 ${fmt(s.p95)}  p99 ${fmt(s.p99)}  errors ${errors}`);
  return { rate, ...s, errors };
}

/** Baseline: the least a server must do per save: parse JSON, one upsert of the page's answers. */
const BASELINE_SERVER = `
const http = require("node:http");
const pg = require("pg");
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 16 });
http.createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", async () => {
    try {
      const b = JSON.parse(body);
      const id = req.url.split("/").pop();
      const vars = Object.keys(b.values);
      const nums = vars.map((k) => (typeof b.values[k] === "number" ? b.values[k] : null));
      const texts = vars.map((k) => (typeof b.values[k] === "number" ? null : JSON.stringify(b.values[k])));
      await pool.query(
        "INSERT INTO bench_baseline (response_id, variable, page_id, num, text) SELECT $1, v, $2, n, t FROM unnest($3::text[], $4::int[], $5::text[]) AS x(v, n, t) ON CONFLICT (response_id, variable) DO UPDATE SET num = excluded.num, text = excluded.text",
        [id, b.page, vars, nums, texts],
      );
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
}).listen(Number(process.env.PORT), "127.0.0.1", () => console.log("ready"));
`;

function waitFor(child: ChildProcess, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => pattern.test(d.toString()) && resolve();
    child.stdout?.on("data", onData);
    child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "bench-save-"));
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dir: path.join(tmp, "db"), isPersistent: false });
  const databaseUrl = process.env.DATABASE_URL ?? embedded!.url;
  const children: ChildProcess[] = [];
  try {
    await bootstrapDatabase(databaseUrl, {});
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`CREATE TABLE IF NOT EXISTS bench_baseline (LIKE answer INCLUDING ALL)`);
    await client.end();

    console.log(`bench:save: ${CONCURRENCY} concurrent respondents, ${SECONDS} s per run, ${os.cpus().length} cores\n`);
    const basePort = await freePort();
    const base = spawn(process.execPath, ["-e", BASELINE_SERVER], { env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(basePort) }, stdio: ["ignore", "pipe", "inherit"], cwd: process.cwd() });
    children.push(base);
    await waitFor(base, /ready/);
    await load(basePort, "warm-up baseline");
    const baseline = await load(basePort, "baseline (bare Node + 1 upsert)");
    base.kill();

    const appPort = await freePort();
    const app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(appPort) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    children.push(app);
    app.stdout?.on("data", (d: Buffer) => process.env.BENCH_VERBOSE && process.stdout.write(d));
    await waitFor(app, /Ready in|started server/);
    await load(appPort, "warm-up platform");
    const platform = await load(appPort, "platform (npm start)");

    console.log(`\nplatform/baseline throughput: ${((platform.rate / baseline.rate) * 100).toFixed(0)}%`);
    console.log(`targets: p95 < 50 ms at ${CONCURRENCY} savers: ${platform.p95 < 50 ? "met" : "NOT met"}; >= 1000 saves/s: ${platform.rate >= 1000 ? "met" : "NOT met"}; >= 50% of baseline: ${platform.rate >= baseline.rate / 2 ? "met" : "NOT met"}`);
  } finally {
    for (const c of children) c.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1500));
    await embedded?.stop().catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
    agent.destroy();
  }
}

void main();
