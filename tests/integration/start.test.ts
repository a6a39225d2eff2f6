import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, startEmbeddedPostgres } from "@/lib/db/embedded";

/**
 * The real `npm start` on a temporary DATA_DIR and a free port: how it stops and how it fails.
 * The first run builds the app when .next is missing or stale (minutes, once).
 */
const SLUG = "internationale-competenties";
const tmp = mkdtempSync(path.join(os.tmpdir(), "enquete-start-"));
chmodSync(tmp, 0o711); // as root the server runs as "postgres", which must reach DATA_DIR/db
const started: ChildProcess[] = [];

afterAll(() => {
  for (const p of started) {
    try {
      process.kill(-p.pid!, "SIGKILL"); // the test's own group for this run: nothing is left behind
    } catch {
      // gone
    }
  }
  rmSync(tmp, { recursive: true, force: true });
});

function parentOf(pid: string): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

/** Every process below `root`, with its command line. */
function descendants(root: number): Map<number, string> {
  const children = new Map<number, number[]>();
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    const ppid = parentOf(pid);
    if (ppid) children.set(ppid, [...(children.get(ppid) ?? []), Number(pid)]);
  }
  const found = new Map<number, string>();
  const walk = (pid: number) => {
    for (const c of children.get(pid) ?? []) {
      found.set(c, readFileSync(`/proc/${c}/cmdline`, "utf8").replaceAll("\0", " ").trim());
      walk(c);
    }
  };
  walk(root);
  return found;
}

const isAlive = (pid: number) => {
  if (!existsSync(`/proc/${pid}`)) return false;
  try {
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, "utf8")); // a zombie has exited
  } catch {
    return false;
  }
};

async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

type TApp = { npm: ChildProcess; base: string; output: () => string };

async function startApp(name: string): Promise<TApp> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const npm = spawn("npm", ["start"], {
    detached: true, // its own process group, as in a terminal
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env, DATABASE_URL: "", PORT: String(port), DATA_DIR: path.join(tmp, name),
      ADMIN_EMAIL: "admin@example.org", ADMIN_PASSWORD: "start-test-password", NEXTAUTH_URL: base,
    },
  });
  started.push(npm);
  let log = "";
  npm.stdout!.on("data", (d: Buffer) => (log += d.toString()));
  npm.stderr!.on("data", (d: Buffer) => (log += d.toString()));
  const isUp = await waitUntil(async () => {
    if (npm.exitCode !== null) return true;
    return fetch(`${base}/`).then((r) => r.ok, () => false);
  }, 600_000);
  if (!isUp || npm.exitCode !== null) throw new Error(`npm start did not come up:\n${log}`);
  return { npm, base, output: () => log };
}

/**
 * A save whose request is in flight: headers and half the body are sent now, the rest when
 * `finish` is called, so the server has accepted it and is still reading it.
 */
function slowSave(base: string, agent: http.Agent | false = false) {
  const body = JSON.stringify({ secret: randomBytes(24).toString("base64url"), seq: 1, page: "welcome", durationMs: 1000, values: { consent: true } });
  const url = new URL(`${base}/api/s/${SLUG}/responses/${randomUUID()}`);
  let req!: http.ClientRequest;
  const status = new Promise<number | string>((resolve) => {
    req = http.request(url, {
      method: "PUT",
      agent,
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), origin: base },
    }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode!));
    });
    req.on("error", (e) => resolve(e.message));
  });
  req.write(body.slice(0, 20));
  return { status, finish: () => req.end(body.slice(20)) };
}

/**
 * A client that keeps its connection alive and polls, as an open dashboard does: its connection
 * is busy with a save when the server starts closing, then carries on polling.
 */
function poller(base: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const first = slowSave(base, agent);
  let isPolling = true;
  const poll = () => {
    if (!isPolling) return;
    http.get(`${base}/api/s/${SLUG}/responses/${randomUUID()}`, { agent }, (res) => {
      res.resume();
      res.on("end", () => setTimeout(poll, 50));
    }).on("error", () => (isPolling = false));
  };
  void first.status.then(poll);
  return {
    ...first,
    stop: () => {
      isPolling = false;
      agent.destroy();
    },
  };
}

/** Saves in flight when the signal is sent; afterwards, every process of the app must be gone. */
async function stopDuringSaves(app: TApp, send: () => void) {
  const tree = descendants(app.npm.pid!);
  expect([...tree.values()].some((c) => c.includes("postgres"))).toBe(true);
  expect([...tree.values()].some((c) => c.includes("scripts/serve.ts"))).toBe(true);
  const dashboard = poller(app.base);
  const saves = [dashboard, ...Array.from({ length: 23 }, () => slowSave(app.base))];
  await new Promise((r) => setTimeout(r, 1000)); // accepted, headers read, waiting for the body
  const sentAt = Date.now();
  send();
  await new Promise((r) => setTimeout(r, 500)); // shutdown under way
  for (const s of saves) s.finish();
  const statuses = await Promise.all(saves.map((s) => s.status));
  const isAllGone = await waitUntil(() => [app.npm.pid!, ...tree.keys()].every((pid) => !isAlive(pid)), 8_000);
  const seconds = (Date.now() - sentAt) / 1000;
  dashboard.stop();
  const left = [...tree].filter(([pid]) => isAlive(pid)).map(([pid, cmd]) => `${pid} ${cmd}`);
  console.log(`stopped ${tree.size} processes in ${seconds.toFixed(1)} s; statuses: ${JSON.stringify(statuses)}`);
  return { statuses, isAllGone, seconds, left };
}

describe("npm start", () => {
  it("on SIGTERM to the npm process alone: finishes the saves in flight, then stops every child within seconds, even with a client polling on a kept-alive connection", async () => {
    const app = await startApp("term-top");
    const r = await stopDuringSaves(app, () => process.kill(app.npm.pid!, "SIGTERM"));
    expect(r.left).toEqual([]);
    expect(r.isAllGone).toBe(true);
    expect(r.seconds).toBeLessThan(8);
    expect(r.statuses).toEqual(r.statuses.map(() => 200));
  }, 900_000);

  it("on SIGTERM to the whole process group (as Ctrl-C does): the database outlives the web server's draining", async () => {
    const app = await startApp("term-group");
    const r = await stopDuringSaves(app, () => process.kill(-app.npm.pid!, "SIGTERM"));
    expect(r.statuses).toEqual(r.statuses.map(() => 200));
    expect(r.left).toEqual([]);
    expect(r.isAllGone).toBe(true);
    expect(r.seconds).toBeLessThan(8);
  }, 900_000);

  it("refuses with one line when another PostgreSQL server holds the data folder", async () => {
    const dataDir = path.join(tmp, "held");
    const holder = await startEmbeddedPostgres({ dir: path.join(dataDir, "db") });
    try {
      const port = await freePort();
      const npm = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, DATABASE_URL: "", PORT: String(port), DATA_DIR: dataDir },
      });
      let stderr = "";
      npm.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
      const code = await new Promise((r) => npm.once("exit", r));
      expect(code).toBe(1);
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(stderr).toMatch(/^✖ Could not start the embedded PostgreSQL in .*already running/);
    } finally {
      await holder.stop();
    }
  }, 60_000);
});
