/**
 * `npm run survey:close-ip-hashing -- <slug>`: at the end of a survey's fieldwork, deletes the IP
 * hashes of its responses; later responses get none. When no survey hashes any more, the key file
 * goes too. Uses DATABASE_URL, or the embedded database in DATA_DIR (stop the app first: the
 * embedded database runs inside it).
 */
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type TEmbeddedDb } from "@/lib/db/embedded";
import { parseEnv } from "@/lib/env";
import { deleteKeyFile, ipHashKeyPath } from "@/lib/responses/ip-key";
import { closeIpHashing } from "@/lib/responses/ip-hashing";

const slug = process.argv[2];
if (!slug) {
  console.error("Usage: npm run survey:close-ip-hashing -- <survey-slug>");
  process.exit(2);
}
const config = parseEnv();
let embedded: TEmbeddedDb | undefined;
if (!config.DATABASE_URL) {
  try {
    embedded = await startEmbeddedPostgres({ dir: path.resolve(config.DATA_DIR, "db") });
  } catch (error) {
    console.error(`✖ Could not start the embedded database (is the app still running? stop it first): ${(error as Error).message}`);
    process.exit(1);
  }
}
const client = new pg.Client({ connectionString: config.DATABASE_URL ?? embedded!.url });
let code = 0;
try {
  await client.connect();
  const result = await closeIpHashing(client, slug);
  if (!result) {
    console.error(`✖ No survey "${slug}".`);
    code = 1;
  } else {
    console.log(`IP hashing of ${slug} closed (${result.closedAt.toISOString()}); ${result.clearedHashes} IP hashes deleted.`);
    if (result.openSurveys.length) {
      console.log(`The IP hash key stays: still in use for ${result.openSurveys.join(", ")} and the sign-in rate limit.`);
    } else if (config.IP_HASH_KEY) {
      console.log("No survey hashes IP addresses any more: remove IP_HASH_KEY from the configuration and restart the app.");
    } else {
      const isDeleted = deleteKeyFile(config.DATA_DIR);
      console.log(isDeleted ? `No survey hashes IP addresses any more: key file ${ipHashKeyPath(config.DATA_DIR)} deleted. Restart the app to drop the key from its memory.` : "No survey hashes IP addresses any more.");
    }
  }
} finally {
  await client.end().catch(() => {});
  await embedded?.stop().catch(() => {});
}
process.exit(code);
