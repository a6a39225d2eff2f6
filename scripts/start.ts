/**
 * `npm start`: the survey platform in one command. Uses DATABASE_URL when set, otherwise an
 * embedded PostgreSQL with its data in DATA_DIR (default .data/). Applies migrations, seeds the
 * bundled questionnaire, builds when the sources changed, then serves on PORT.
 *
 * Stopping (Ctrl-C, SIGTERM, SIGHUP, or the parent process going away): the web server first
 * stops accepting connections and finishes the requests in flight, then the database stops.
 */
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { bootstrapDatabase } from "@/lib/db/bootstrap";
import { startEmbeddedPostgres, type TEmbeddedDb } from "@/lib/db/embedded";
import { parseEnv } from "@/lib/env";
import { buildIfNeeded } from "./build";

// Self-hosted research data: the framework's usage telemetry stays off (and needs no network).
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

/** How long the web server may take to finish its requests before it is killed. */
const DRAIN_TIMEOUT_MS = 10_000;
const PARENT_CHECK_MS = 250;

const serveScript = path.join(process.cwd(), "scripts", "serve.ts");

/** A start-up failure with a message for the operator: printed as one line, no stack. */
class StartError extends Error {}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(true));
    srv.listen(port, () => srv.close(() => resolve(false)));
  });
}

async function checkDatabase(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const safeUrl = url.replace(/\/\/([^:@/]+):[^@/]+@/, "//$1:***@");
    throw new StartError(`Cannot connect to the database at ${safeUrl}: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => {});
  }
}

let embeddedStart: Promise<TEmbeddedDb> | undefined;
let child: ChildProcess | undefined;
let isStopping = false;

/** Web server first (it finishes the requests in flight), then the database; then exit. */
async function stop(code: number) {
  if (isStopping) return;
  isStopping = true;
  const server = child;
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((r) => server.once("exit", r));
    server.kill("SIGTERM");
    const timer = setTimeout(() => server.kill("SIGKILL"), DRAIN_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
  const embedded = await embeddedStart?.catch(() => undefined);
  if (embedded) {
    await embedded.stop().catch(() => {});
    console.log("Database stopped.");
  }
  process.exit(code);
}

function watchForStop() {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stop(0));
  // `npm start` runs this through `sh -c`, which does not pass a SIGTERM for npm (docker stop,
  // kill <pid>) on: npm exits and leaves this process orphaned. Stop when the parent changes.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop(0);
  }, PARENT_CHECK_MS).unref();
}

async function main() {
  let config;
  try {
    config = parseEnv();
  } catch (error) {
    throw new StartError((error as Error).message);
  }
  if (await portInUse(config.PORT)) throw new StartError(`Port ${config.PORT} is already in use. Stop the other program or start with PORT=<free port> npm start.`);
  watchForStop();

  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    const dir = path.resolve(config.DATA_DIR, "db");
    console.log(`Starting embedded PostgreSQL (data in ${dir}) …`);
    embeddedStart = startEmbeddedPostgres({ dir, ownProcessGroup: true });
    try {
      databaseUrl = (await embeddedStart).url;
    } catch (error) {
      throw new StartError(`Could not start the embedded PostgreSQL in ${dir}: ${(error as Error).message}`);
    }
  }
  await checkDatabase(databaseUrl);

  let boot;
  try {
    boot = await bootstrapDatabase(databaseUrl, {
      ipHashKey: config.IP_HASH_KEY,
      authSecret: config.NEXTAUTH_SECRET,
      adminEmail: config.ADMIN_EMAIL,
      adminPassword: config.ADMIN_PASSWORD,
    });
  } catch (error) {
    throw new StartError(`Database setup failed: ${(error as Error).message}`);
  }
  if (boot.migrationsApplied.length) console.log(`Applied migrations: ${boot.migrationsApplied.join(", ")}`);
  for (const s of boot.seeded) {
    if (s.status === "conflict") {
      console.warn(`! ${s.slug} v${s.version} in the database differs from the bundled definition; kept the stored one. Raise the version number to publish a change.`);
    }
  }
  if (boot.createdAdmin?.password) {
    console.log("\nFirst admin account (shown once, change it after signing in):");
    console.log(`  e-mail:     ${boot.createdAdmin.email}`);
    console.log(`  wachtwoord: ${boot.createdAdmin.password}\n`);
  }

  if (!buildIfNeeded()) throw new StartError("The build failed; see the output above.");
  if (isStopping) return;

  const baseUrl = config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`;
  // Next.js behind a server that resolves the client address from the socket (scripts/serve.ts).
  child = spawn(process.execPath, ["--import", "tsx", serveScript], {
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      IP_HASH_KEY: boot.secrets.ipHashKey,
      NEXTAUTH_SECRET: boot.secrets.authSecret,
      NEXTAUTH_URL: baseUrl,
    },
  });
  child.stdout!.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    process.stdout.write(text);
    if (/Ready in|started server/i.test(text)) {
      for (const s of boot.seeded) console.log(`Survey: ${baseUrl}/s/${s.slug}`);
      console.log(`Dashboard: ${baseUrl}/admin`);
    }
  });
  child.on("exit", (code, signal) => void stop(code ?? (signal ? 1 : 0)));
}

main().catch(async (error: unknown) => {
  console.error(`✖ ${error instanceof StartError ? error.message : (error as Error)?.stack ?? String(error)}`);
  isStopping = true;
  const embedded = await embeddedStart?.catch(() => undefined);
  await embedded?.stop().catch(() => {});
  process.exit(1);
});
