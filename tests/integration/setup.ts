import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.IP_HASH_KEY ??= "test-ip-hash-key-0123456789";
// Key files written by a bootstrap without a configured key land here, not in the checkout's .data.
process.env.DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), "enquete-data-"));
