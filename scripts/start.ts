/**
 * `npm start`: the survey platform in one command. Uses DATABASE_URL when set, otherwise an
 * embedded PostgreSQL with its data in DATA_DIR (default .data/). Applies migrations, seeds the
 * bundled questionnaire, builds when the sources changed, then serves on PORT.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { bootstrapDatabase } from "@/lib/db/bootstrap";
import { startEmbeddedPostgres, type TEmbeddedDb } from "@/lib/db/embedded";
import { parseEnv } from "@/lib/env";

// Self-hosted research data: the framework's usage telemetry stays off (and needs no network).
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const distDir = path.join(root, process.env.NEXT_DIST_DIR || ".next");
// When the last successful build STARTED: files saved during a build are not in it.
const buildStamp = path.join(distDir, "build-started-at");
const SOURCES = ["app", "components", "lib", "proxy.ts", "next.config.js", "package-lock.json"];

function needsBuild(): boolean {
  if (!existsSync(path.join(distDir, "BUILD_ID")) || !existsSync(buildStamp)) return true;
  const builtFrom = Number(readFileSync(buildStamp, "utf8"));
  return SOURCES.map((p) => path.join(root, p)).some((p) => {
    if (!existsSync(p)) return false;
    return (statSync(p).isDirectory() ? newestMtime(p) : statSync(p).mtimeMs) > builtFrom;
  });
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(true));
    srv.listen(port, () => srv.close(() => resolve(false)));
  });
}

async function checkDatabase(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const safeUrl = url.replace(/\/\/([^:@/]+):[^@/]+@/, "//$1:***@");
    fail(`Cannot connect to the database at ${safeUrl}: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => {});
  }
}

async function main() {
  let config;
  try {
    config = parseEnv();
  } catch (error) {
    fail((error as Error).message);
  }
  if (await portInUse(config.PORT)) fail(`Port ${config.PORT} is already in use. Stop the other program or start with PORT=<free port> npm start.`);

  let embedded: TEmbeddedDb | undefined;
  let child: ChildProcess | undefined;
  let isStopping = false;
  const stop = async (code = 0) => {
    if (isStopping) return;
    isStopping = true;
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child!.once("exit", r));
    }
    if (embedded) {
      await embedded.stop().catch(() => {});
      console.log("Database stopped.");
    }
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    const dir = path.resolve(config.DATA_DIR, "db");
    console.log(`Starting embedded PostgreSQL (data in ${dir}) …`);
    try {
      embedded = await startEmbeddedPostgres({ dir });
    } catch (error) {
      fail(`Could not start the embedded PostgreSQL in ${dir}: ${(error as Error).message}`);
    }
    databaseUrl = embedded.url;
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
    await embedded?.stop().catch(() => {});
    fail(`Database setup failed: ${(error as Error).message}`);
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

  if (needsBuild()) {
    console.log("Building the app (first start or changed sources) …");
    const startedAt = Date.now();
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
    if (build.status !== 0) {
      await embedded?.stop().catch(() => {});
      fail("The build failed; see the output above.");
    }
    writeFileSync(buildStamp, String(startedAt));
  }

  const baseUrl = config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`;
  // Next.js behind a server that resolves the client address from the socket (scripts/serve.ts).
  child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "serve.ts")], {
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
  child.on("exit", (code) => void stop(code ?? 0));
}

void main();
