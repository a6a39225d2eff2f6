import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { TDb } from "@/lib/db/prisma";

/**
 * The key of the IP hash. With the key, all of IPv4 can be hashed in about two core-hours, so a
 * hash is only as private as the key: it is never kept in the database, only in IP_HASH_KEY or in
 * a file in the data folder (mode 0600), created on first start. Closing a survey's hashing
 * deletes its hashes (lib/responses/ip-hashing.ts), and the key file with the last open survey.
 */
export const IP_HASH_KEY_FILE = "ip-hash.key";
const LEGACY_SECRET = "ip_hash_key";

export const ipHashKeyPath = (dataDir: string) => path.resolve(dataDir, IP_HASH_KEY_FILE);

/** The key in the file, which is created (0600) with `initial` or a random key when missing. */
export function readOrCreateKeyFile(file: string, initial?: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    // "wx": of two instances starting at once, one creates the file and both read it.
    writeFileSync(file, `${initial ?? randomBytes(32).toString("base64url")}\n`, { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  if (statSync(file).mode & 0o077) chmodSync(file, 0o600);
  const key = readFileSync(file, "utf8").trim();
  if (key.length < 16) throw new Error(`${file}: the IP hash key is shorter than 16 characters`);
  return key;
}

export function deleteKeyFile(dataDir: string): boolean {
  const file = ipHashKeyPath(dataDir);
  try {
    rmSync(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}

/**
 * At start-up: the configured key, else the key file. Earlier versions kept the key in the
 * database; such a key moves to the file (so existing hashes stay comparable) and leaves the
 * database.
 */
export async function ensureIpHashKey(db: TDb, options: { configured?: string; dataDir: string }): Promise<string> {
  const stored = await db.appSecret.findUnique({ where: { name: LEGACY_SECRET }, select: { value: true } });
  const key = options.configured ?? readOrCreateKeyFile(ipHashKeyPath(options.dataDir), stored?.value);
  // deleteMany: another instance starting at the same moment may have deleted it already.
  if (stored) await db.appSecret.deleteMany({ where: { name: LEGACY_SECRET } });
  return key;
}
