/**
 * npm run golden:record — records the golden outputs (see tests/golden/README.md): a fresh
 * embedded PostgreSQL in a temporary folder, migrated, bundled surveys seeded, the golden
 * respondents saved, then every output written to tests/golden/. Run with tsx and the
 * "react-server" condition, so `import "server-only"` resolves as it does on the server.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";

const GOLDEN_FILE = /\.(json|csv)$/;

async function main() {
  const outDir = process.argv[2] ?? "tests/golden";
  const tmp = mkdtempSync(path.join(os.tmpdir(), "enquete-golden-"));
  const db = await startEmbeddedPostgres({ dir: path.join(tmp, "db"), isPersistent: false, database: "enquete_golden" });
  try {
    // Set before the app's modules read the environment (lib/env.ts parses it once).
    process.env.DATABASE_URL = db.url;
    process.env.IP_HASH_KEY = "golden-ip-hash-key-0123456789";
    await migrate(db.url);
    const { seedSurveyFolders } = await import("@/lib/survey/seed-folders");
    const { withPrisma } = await import("@/lib/db/prisma");
    await withPrisma(db.url, (prisma) => seedSurveyFolders(prisma));

    const { seedGolden } = await import("./fixture");
    const { goldenOutputs } = await import("./outputs");
    const files = await goldenOutputs(await seedGolden());
    mkdirSync(outDir, { recursive: true });
    // Files no longer produced are removed, so the folder is exactly the recorded set.
    for (const name of readdirSync(outDir)) if (GOLDEN_FILE.test(name) && !files.has(name)) rmSync(path.join(outDir, name));
    for (const [name, content] of files) {
      writeFileSync(path.join(outDir, name), content);
      console.log(`${name}\t${Buffer.byteLength(content)} bytes`);
    }
  } finally {
    // pool.end() resolves before its connections have closed; the server's shutdown notice to a
    // closing connection would otherwise be an unhandled "error" event that kills the process.
    const { pool } = await import("@/lib/db/client");
    pool().on("error", () => {});
    await pool().end().catch(() => {});
    await db.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

// The app's modules keep handles open (the Prisma client's pool, timers) that a one-off script
// has no reason to wait for once the database is stopped.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
