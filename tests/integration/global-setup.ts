import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";

/** A real PostgreSQL for the integration tests: embedded, in a temporary folder, migrated. */
export default async function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "enquete-test-"));
    const db = await startEmbeddedPostgres({ dir: path.join(dir, "db"), isPersistent: false, database: "enquete_test" });
    url = db.url;
    stop = async () => {
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  await migrate(url);
  project.provide("databaseUrl", url);
  return stop;
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
