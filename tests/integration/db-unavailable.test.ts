import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bootstrapDatabase } from "@/lib/db/bootstrap";
import { createPool, pool, prisma } from "@/lib/db/client";
import { startEmbeddedPostgres, type TEmbeddedDb } from "@/lib/db/embedded";
import { parseFilters } from "@/lib/analysis/filters";
import { exportRows, findSurvey } from "@/lib/export/query";
import { errorResponse } from "@/lib/http/json";
import { savePage } from "@/lib/responses/service";

/**
 * The app's own pool against a server of its own, which the tests freeze (SIGSTOP, as a hung
 * host or a stalled disk would) and kill connections of.
 */
const SLUG = "internationale-competenties";
const tmp = mkdtempSync(path.join(os.tmpdir(), "enquete-unavailable-"));
const dir = path.join(tmp, "db");
let server: TEmbeddedDb;

beforeAll(async () => {
  server = await startEmbeddedPostgres({ dir, isPersistent: false });
  // Read (and cached) by lib/env on first use, which the bootstrap already makes.
  process.env.DATABASE_URL = server.url;
  await bootstrapDatabase(server.url, {});
});

afterAll(async () => {
  signalServer("SIGCONT");
  await pool().end().catch(() => {});
  await server?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

/** The postmaster and all its children (backends, checkpointer, walwriter, …). */
function serverPids(): number[] {
  const postmaster = Number(readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0]);
  const children = readdirSync("/proc").filter((p) => /^\d+$/.test(p)).filter((p) => {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === postmaster;
    } catch {
      return false;
    }
  });
  return [postmaster, ...children.map(Number)];
}

function signalServer(signal: NodeJS.Signals) {
  for (const pid of serverPids()) {
    try {
      process.kill(pid, signal);
    } catch {
      // gone already
    }
  }
}

function save() {
  const id = randomUUID();
  const body = { secret: randomBytes(24).toString("base64url"), seq: 1, page: "welcome", durationMs: 1000, values: { consent: true } };
  return savePage(SLUG, id, body, "203.0.113.9");
}

/** How the failure answers over HTTP, and after how long it came. */
async function outcome(work: Promise<unknown>, startedAt: number) {
  const guard = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no answer within 40 s")), 40_000));
  try {
    await Promise.race([work, guard]);
    return { status: 200, retryAfter: null, seconds: (Date.now() - startedAt) / 1000 };
  } catch (error) {
    const response = errorResponse(error);
    return { status: response.status, retryAfter: response.headers.get("retry-after"), seconds: (Date.now() - startedAt) / 1000 };
  }
}

describe("database unavailability", () => {
  it("survives a pooled connection that the server drops while idle", async () => {
    await save(); // the pool now holds idle connections
    const client = await pool().connect();
    const pid = (client as unknown as { processID: number }).processID;
    client.release();
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query("SELECT pg_terminate_backend($1)", [pid]);
    await admin.end();
    await new Promise((r) => setTimeout(r, 500));
    await expect(save()).resolves.toMatchObject({ currentPage: expect.any(String) });
  });

  it("answers 503 with Retry-After within the timeouts while the server is frozen, and recovers", async () => {
    await Promise.all([save(), save(), save()]); // warm, idle connections in the pool
    signalServer("SIGSTOP");
    const startedAt = Date.now();
    let results;
    try {
      // More saves than the pool holds connections: some wait on frozen connections, some for new ones.
      results = await Promise.all([
        ...Array.from({ length: 20 }, () => outcome(save(), startedAt)),
        outcome(prisma().user.findFirst(), startedAt),
      ]);
    } finally {
      signalServer("SIGCONT");
    }
    const seconds = results.map((r) => r.seconds);
    console.log(`frozen database: ${results.length} requests answered after ${Math.min(...seconds).toFixed(1)}–${Math.max(...seconds).toFixed(1)} s`);
    for (const r of results) {
      expect(r.status).toBe(503);
      expect(Number(r.retryAfter)).toBeGreaterThan(0);
      expect(r.seconds).toBeLessThan(25);
    }
    await expect(save()).resolves.toMatchObject({ currentPage: expect.any(String) });
  }, 90_000);

  it("lets an export stream for longer than the query timeout (each fetch is bounded by the server)", async () => {
    for (let i = 0; i < 4; i++) await save();
    const slow = createPool(server.url, { query_timeout: 300 });
    try {
      const survey = (await findSurvey(slow, SLUG))!;
      let batches = 0;
      for await (const batch of exportRows(slow, survey, parseFilters({ includePartial: "true" }), 1)) {
        expect(batch).toHaveLength(1);
        if (++batches === 4) break;
        await new Promise((r) => setTimeout(r, 400));
      }
      expect(batches).toBe(4);
    } finally {
      await slow.end();
    }
  });
});
