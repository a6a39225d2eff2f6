/**
 * `npm run dev`: next dev on the embedded PostgreSQL (or DATABASE_URL), with migrations, seed and
 * the first admin applied as at `npm start`. NEXT_DIST_DIR lets several dev servers share a tree.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { bootstrapDatabase } from "@/lib/db/bootstrap";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { parseEnv } from "@/lib/env";

// Self-hosted research data: the framework's usage telemetry stays off (and needs no network).
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const config = parseEnv();
const embedded = config.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dir: path.resolve(config.DATA_DIR, "db"), ownProcessGroup: true });
const databaseUrl = config.DATABASE_URL ?? embedded!.url;
const boot = await bootstrapDatabase(databaseUrl, {
  ipHashKey: config.IP_HASH_KEY,
  authSecret: config.NEXTAUTH_SECRET,
  adminEmail: config.ADMIN_EMAIL,
  adminPassword: config.ADMIN_PASSWORD,
});
if (boot.createdAdmin?.password) console.log(`First admin: ${boot.createdAdmin.email} / ${boot.createdAdmin.password}`);
const baseUrl = config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`;
const child = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "dev", "-p", String(config.PORT)], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: databaseUrl,
    IP_HASH_KEY: boot.secrets.ipHashKey,
    NEXTAUTH_SECRET: boot.secrets.authSecret,
    NEXTAUTH_URL: baseUrl,
  },
});
// The dev server first, then the database (in its own process group, so Ctrl-C does not stop it early).
let isStopping = false;
const stop = async () => {
  if (isStopping) return;
  isStopping = true;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  }
  await embedded?.stop().catch(() => {});
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
child.on("exit", () => void stop());
