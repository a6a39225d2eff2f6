/**
 * `npm run bench:live`: what open dashboards cost the database during busy fieldwork. Seeds
 * 100,000 synthetic responses (the dashboard benchmark's seeder), starts the app (`npm start`'s
 * script, production build) and runs three phases of BENCH_SECONDS each:
 *   1. BENCH_TABS open results tabs (default 10), no saves: the watermark stays put;
 *   2. BENCH_SAVES_PER_S page saves per second (default 100), no tabs;
 *   3. both at once.
 * A tab does what an open results page does in the browser (components/dashboard/LiveRefresh.tsx):
 * polls the live marker every 1.5 s and, when it moved, loads the page again (all its figures).
 * Printed per phase: CPU seconds of the PostgreSQL server processes and of the app, as a share of
 * one core; page refreshes and their time; figures computed (rows written to figure_cache).
 *
 * Options: BENCH_RESPONSES (100000), BENCH_SECONDS (60), BENCH_TABS (10), BENCH_SAVES_PER_S (100),
 * BENCH_PAGE (results | monitoring, default results), BENCH_DATA_DIR (keep and reuse the seeded
 * database), BENCH_VERBOSE (app output).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort, startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { withPrisma } from "@/lib/db/prisma";
import { seedSurveyFolders } from "@/lib/survey/seed-folders";
import { benchDefinition, seedDashboardData } from "./lib/dashboard-seed";
import { cpuBetween, dbCpuByPid, treeCpu } from "./lib/proc";
import { summarize } from "./lib/stats";

const TOTAL = Number(process.env.BENCH_RESPONSES ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const TABS = Number(process.env.BENCH_TABS ?? 10);
const SAVES_PER_S = Number(process.env.BENCH_SAVES_PER_S ?? 100);
const PAGE = process.env.BENCH_PAGE === "monitoring" ? "" : "/results";
const POLL_MS = 1500;
const ADMIN = { email: "bench@example.org", password: "bench-live-password" };

/** Part 1 in choice mode, as bench/save.ts walks it. */
const PAGES: [string, Record<string, unknown>][] = [
  ["welcome", { consent: true }],
  ["bg", { bg_function: "docent", bg_province: "utrecht", bg_sector: "mbo" }],
  ["choice", { part_choice: "p1" }],
  ["p1_activity", { p1_activity: "stage" }],
  ["p1_factors", { p1_factor_stage_taal: 8, p1_factor_stage_begeleiding: 7, p1_factor_stage_reflectie: 9 }],
  ["p1_dev", { p1_dev_open_minded: 4, p1_dev_zelfstandigheid: 5 }],
  ["p1_top5", { p1_top5: ["open_minded", "zelfstandigheid", "zelfvertrouwen", "flexibiliteit", "creativiteit"] }],
  ["p1_other", { p1_other: ["excursie"] }],
  ["raffle", {}],
];

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type TReply = { status: number; body: string; headers: http.IncomingHttpHeaders };
function request(port: number, method: string, urlPath: string, options: { body?: string; headers?: Record<string, string> } = {}): Promise<TReply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: urlPath, method, agent, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), headers: res.headers }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

const cookiesOf = (reply: TReply) => (reply.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]);

/** Signs in through next-auth's credentials endpoint, as the sign-in form does; returns the cookie header. */
async function signIn(port: number): Promise<string> {
  const csrf = await request(port, "GET", "/api/auth/csrf");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const form = new URLSearchParams({ csrfToken, email: ADMIN.email, password: ADMIN.password, json: "true" }).toString();
  const reply = await request(port, "POST", "/api/auth/callback/credentials", {
    body: form,
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
  });
  const cookie = [...jar, ...cookiesOf(reply)].join("; ");
  if (!/session-token/.test(cookie)) throw new Error(`sign-in failed: ${reply.status} ${reply.body}`);
  return cookie;
}

type TTabStats = { refreshes: number[]; polls: number; errors: number };

/** One open dashboard tab until `until`: polls the marker, reloads the page when it moved. */
async function tab(port: number, cookie: string, slug: string, until: number, stats: TTabStats) {
  const headers = { cookie };
  let last: string | null = null;
  // Tabs opened at different moments, as people open them.
  await sleep(Math.random() * POLL_MS);
  while (performance.now() < until) {
    const started = performance.now();
    const live = await request(port, "GET", `/api/admin/s/${slug}/live`, { headers }).catch(() => null);
    stats.polls++;
    if (live?.status !== 200) stats.errors++;
    else {
      const { watermark } = JSON.parse(live.body) as { watermark: string };
      if (last !== null && watermark !== last) {
        const t0 = performance.now();
        const page = await request(port, "GET", `/admin/s/${slug}${PAGE}`, { headers }).catch(() => null);
        if (page?.status === 200) stats.refreshes.push(performance.now() - t0);
        else stats.errors++;
      }
      last = watermark;
    }
    await sleep(Math.max(0, POLL_MS - (performance.now() - started)));
  }
}

type TSaveStats = { saves: number; errors: number; latencies: number[] };

/** Respondents walking part 1 so that `perSecond` saves arrive in total (each waits for its previous save). */
async function savers(port: number, slug: string, perSecond: number, until: number, stats: TSaveStats) {
  // Each respondent saves a page a second, so a slow save delays only that respondent's next one.
  const walkers = Math.max(1, Math.ceil(perSecond));
  const interval = (walkers / perSecond) * 1000;
  const walker = async () => {
    await sleep(Math.random() * interval);
    while (performance.now() < until) {
      const id = randomUUID();
      const secret = randomBytes(24).toString("base64url");
      for (const [i, [page, values]] of PAGES.entries()) {
        const t0 = performance.now();
        if (t0 >= until) return;
        const body = JSON.stringify({ secret, seq: i + 1, page, durationMs: 4000, values, source: "bench" });
        const reply = await request(port, "PUT", `/api/s/${slug}/responses/${id}`, { body, headers: { "content-type": "application/json" } }).catch(() => null);
        stats.latencies.push(performance.now() - t0);
        if (reply?.status === 200) stats.saves++;
        else stats.errors++;
        await sleep(Math.max(0, interval - (performance.now() - t0)));
      }
    }
  };
  await Promise.all(Array.from({ length: walkers }, walker));
}

/**
 * Counts figure computations by watching figure_cache: a computation rewrites its row's
 * `computed_at`. Read every 200 ms; a figure is recomputed at most once per live refresh (1.5 s).
 */
function watchFigures(db: pg.Pool) {
  const seen = new Map<string, string>();
  let computed = 0;
  let isOn = true;
  const read = async (isCounting: boolean) => {
    const { rows } = await db.query<{ key: string; at: string }>(`SELECT key, computed_at::text AS at FROM figure_cache`);
    for (const { key, at } of rows) {
      if (isCounting && seen.get(key) !== at) computed++;
      seen.set(key, at);
    }
  };
  const started = read(false).then(async () => {
    while (isOn) {
      await sleep(200);
      await read(true);
    }
  });
  return {
    ready: started,
    stop: async () => {
      isOn = false;
      await started;
      return computed;
    },
  };
}

async function phase(label: string, o: { port: number; cookie: string; slug: string; tabs: number; savesPerS: number; dbDir: string; appPid: number; db: pg.Pool }) {
  const tabStats: TTabStats = { refreshes: [], polls: 0, errors: 0 };
  const saveStats: TSaveStats = { saves: 0, errors: 0, latencies: [] };
  const figures = watchFigures(o.db);
  const dbBefore = dbCpuByPid(o.dbDir)!;
  const appBefore = treeCpu(o.appPid);
  const t0 = performance.now();
  const until = t0 + SECONDS * 1000;
  await Promise.all([
    ...Array.from({ length: o.tabs }, () => tab(o.port, o.cookie, o.slug, until, tabStats)),
    o.savesPerS > 0 ? savers(o.port, o.slug, o.savesPerS, until, saveStats) : Promise.resolve(),
  ]);
  const seconds = (performance.now() - t0) / 1000;
  const dbCpu = cpuBetween(dbBefore, dbCpuByPid(o.dbDir)!);
  const appCpu = cpuBetween(appBefore, treeCpu(o.appPid));
  const computed = await figures.stop();
  const r = summarize(tabStats.refreshes);
  const s = summarize(saveStats.latencies);
  const pct = (cpu: number) => `${((cpu / seconds) * 100).toFixed(0)}%`;
  console.log(
    `| ${label} | ${(saveStats.saves / seconds).toFixed(0)} | ${s.n ? s.p95.toFixed(0) : "–"} | ${tabStats.refreshes.length} | ${r.n ? `${r.p50.toFixed(0)} / ${r.p95.toFixed(0)}` : "–"} | ${computed} | ${dbCpu.toFixed(1)} s (${pct(dbCpu)}) | ${appCpu.toFixed(1)} s (${pct(appCpu)}) | ${saveStats.errors} / ${tabStats.errors} |`,
  );
}

function startApp(databaseUrl: string, port: number): Promise<ChildProcess> {
  const app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, NEXTAUTH_URL: `http://127.0.0.1:${port}` },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    app.stdout!.on("data", (d: Buffer) => {
      if (process.env.BENCH_VERBOSE) process.stdout.write(d);
      if (/started server/.test(d.toString())) resolve(app);
    });
    app.on("exit", (code) => reject(new Error(`app exited with ${code}`)));
  });
}

async function main() {
  const keepDir = process.env.BENCH_DATA_DIR ? path.resolve(process.env.BENCH_DATA_DIR) : undefined;
  const dir = keepDir ?? mkdtempSync(path.join(os.tmpdir(), "enquete-bench-live-"));
  const dbDir = path.join(dir, "db");
  const isReused = keepDir !== undefined && existsSync(path.join(dbDir, "PG_VERSION"));
  const server = await startEmbeddedPostgres({ dir: dbDir, isPersistent: keepDir !== undefined, database: "bench" });
  const db = new pg.Pool({ connectionString: server.url, max: 2 });
  let app: ChildProcess | undefined;
  try {
    await migrate(server.url);
    const def = benchDefinition();
    if (!isReused) {
      const started = performance.now();
      await withPrisma(server.url, (prisma) => seedSurveyFolders(prisma));
      const client = await db.connect();
      try {
        await seedDashboardData(client, def, TOTAL);
        await client.query("VACUUM ANALYZE");
      } finally {
        client.release();
      }
      console.log(`Seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM response`);
    const port = await freePort();
    app = await startApp(server.url, port);
    const cookie = await signIn(port);
    // Every figure once, so the phases measure the live refreshes, not the first computation.
    await request(port, "GET", `/admin/s/${def.slug}${PAGE}`, { headers: { cookie } });
    const [load1] = os.loadavg();
    console.log(
      `bench:live: ${rows[0].n} responses, ${SECONDS} s per phase, page ${PAGE || "/ (monitoring)"}, ${os.cpus().length} cores, load average ${load1.toFixed(1)} before\n`,
    );
    console.log("| phase | saves/s | save p95 ms | page refreshes | refresh p50 / p95 ms | figures computed | PostgreSQL CPU (share of a core) | app CPU | errors (saves / tabs) |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    const common = { port, cookie, slug: def.slug, dbDir, appPid: app.pid!, db };
    await phase(`${TABS} tabs, no saves`, { ...common, tabs: TABS, savesPerS: 0 });
    await phase(`${SAVES_PER_S} saves/s, no tabs`, { ...common, tabs: 0, savesPerS: SAVES_PER_S });
    await phase(`${TABS} tabs + ${SAVES_PER_S} saves/s`, { ...common, tabs: TABS, savesPerS: SAVES_PER_S });
  } finally {
    if (app && app.exitCode === null) {
      const exited = new Promise((r) => app!.once("exit", r));
      app.kill("SIGTERM");
      await exited;
    }
    await db.end();
    await server.stop();
    if (!keepDir) rmSync(dir, { recursive: true, force: true });
    agent.destroy();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
