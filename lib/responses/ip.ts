import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/lib/env";
import { ipHashKeyPath, readOrCreateKeyFile } from "./ip-key";

/**
 * IP addresses are never stored, only a keyed hash (HMAC-SHA256) for duplicate checks. The key is
 * IP_HASH_KEY (set by `npm start`) or the key file in the data folder, never the database.
 */
let key: string | undefined;

function loadKey(): string {
  return env().IP_HASH_KEY ?? readOrCreateKeyFile(ipHashKeyPath(env().DATA_DIR));
}

export function hashIpWithKey(ip: string, hashKey: string): string {
  return createHmac("sha256", hashKey).update(ip.trim().toLowerCase()).digest("hex");
}

export async function hashIp(ip: string | undefined): Promise<string | null> {
  if (!ip) return null;
  key ??= loadKey();
  return hashIpWithKey(ip, key);
}

/**
 * The client's address: the LAST X-Forwarded-For entry, which is the one the nearest hop wrote
 * (Next.js itself when the request comes straight in, the reverse proxy behind a load balancer).
 * Entries before it are whatever the client claimed and are ignored.
 */
export function clientIp(headers: Headers): string | undefined {
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || headers.get("x-real-ip") || undefined;
}
