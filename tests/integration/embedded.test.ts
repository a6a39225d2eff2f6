import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, unlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type TEmbeddedDb } from "@/lib/db/embedded";

const LEGACY_PASSWORD = "enquete-local";
const tmp = mkdtempSync(path.join(os.tmpdir(), "enquete-embedded-"));
const running: TEmbeddedDb[] = [];

afterAll(async () => {
  for (const db of running) await db.stop().catch(() => {});
  rmSync(tmp, { recursive: true, force: true });
});

async function start(dir: string) {
  const db = await startEmbeddedPostgres({ dir });
  running.push(db);
  return db;
}

/** The SQLSTATE a connection attempt fails with, or "ok". */
async function connectAs(url: string, password: string): Promise<string> {
  const u = new URL(url);
  u.password = password;
  const client = new pg.Client({ connectionString: u.toString(), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

describe("embedded PostgreSQL", () => {
  it("generates the superuser password per data folder, in a file only its owner can read", async () => {
    const dir = path.join(tmp, "fresh");
    const db = await start(dir);
    const password = decodeURIComponent(new URL(db.url).password);
    expect(password).not.toBe(LEGACY_PASSWORD);
    expect(password.length).toBeGreaterThanOrEqual(24);
    expect(statSync(`${dir}.password`).mode & 0o777).toBe(0o600);
    expect(await connectAs(db.url, password)).toBe("ok");
    expect(await connectAs(db.url, LEGACY_PASSWORD)).toBe("28P01");
    await db.stop();
    // The same folder starts again with the same password.
    const again = await start(dir);
    expect(decodeURIComponent(new URL(again.url).password)).toBe(password);
    await again.stop();
  });

  it("moves a data folder made with the old fixed password to a generated one", async () => {
    const dir = path.join(tmp, "legacy");
    const first = await start(dir);
    // Recreate what earlier versions left: the fixed password and no password file.
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query(`ALTER ROLE postgres PASSWORD '${LEGACY_PASSWORD}'`);
    await client.end();
    await first.stop();
    unlinkSync(`${dir}.password`);

    const db = await start(dir);
    const password = decodeURIComponent(new URL(db.url).password);
    expect(password).not.toBe(LEGACY_PASSWORD);
    expect(statSync(`${dir}.password`).mode & 0o777).toBe(0o600);
    expect(await connectAs(db.url, password)).toBe("ok");
    expect(await connectAs(db.url, LEGACY_PASSWORD)).toBe("28P01");
    await db.stop();
  });

  it("refuses with a one-line message when another server holds the data folder", async () => {
    const dir = path.join(tmp, "held");
    const holder = await start(dir);
    const attempt = startEmbeddedPostgres({ dir });
    await expect(attempt).rejects.toBeInstanceOf(Error);
    const message = await attempt.catch((e: Error) => e.message);
    expect(message).toMatch(/already (running|in use)/);
    expect(message).not.toContain("\n");
    // The holder is untouched.
    expect(await connectAs(holder.url, decodeURIComponent(new URL(holder.url).password))).toBe("ok");
    await holder.stop();
  });
});

describe("embedded PostgreSQL in its own process group", () => {
  it("stops when the process that started it is killed outright", async () => {
    const dir = path.join(tmp, "orphan");
    const owner = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", `
      import { startEmbeddedPostgres } from "./lib/db/embedded.ts";
      const db = await startEmbeddedPostgres({ dir: ${JSON.stringify(dir)}, ownProcessGroup: true });
      console.log("pid " + db.pid);
      setInterval(() => {}, 1000);
    `], { stdio: ["ignore", "pipe", "inherit"] });
    const pid = await new Promise<number>((resolve, reject) => {
      owner.stdout!.on("data", (d: Buffer) => {
        const m = /pid (\d+)/.exec(d.toString());
        if (m) resolve(Number(m[1]));
      });
      owner.once("exit", () => reject(new Error("the owner exited early")));
    });
    expect(isRunning(pid)).toBe(true);
    owner.kill("SIGKILL");
    const until = Date.now() + 10_000;
    while (isRunning(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    const isLeft = isRunning(pid);
    if (isLeft) process.kill(pid, "SIGQUIT");
    expect(isLeft).toBe(false);
  }, 60_000);
});

function isRunning(pid: number) {
  try {
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}
