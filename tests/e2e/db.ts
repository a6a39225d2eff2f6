import { readFileSync } from "node:fs";
import pg from "pg";

/**
 * A direct connection to the e2e server's database, for tests that must break something on purpose:
 * DATABASE_URL when set, else the embedded server in DATA_DIR (its port is line 4 of postmaster.pid,
 * its password the data folder's db.password).
 */
export async function e2eDatabase(): Promise<pg.Client> {
  const port = () => readFileSync("tests/e2e/.output/data/db/postmaster.pid", "utf8").split("\n")[3].trim();
  const password = () => encodeURIComponent(readFileSync("tests/e2e/.output/data/db.password", "utf8").trim());
  const url = process.env.DATABASE_URL ?? `postgresql://postgres:${password()}@127.0.0.1:${port()}/enquete`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}
