import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { pool } from "@/lib/db/client";
import { env } from "@/lib/env";

/** IP addresses are never stored, only a keyed hash (HMAC-SHA256) for duplicate checks. */
let key: Promise<string> | undefined;

async function loadKey(): Promise<string> {
  const configured = env().IP_HASH_KEY;
  if (configured) return configured;
  await pool().query(`INSERT INTO app_secret (name, value) VALUES ('ip_hash_key', $1) ON CONFLICT (name) DO NOTHING`, [
    randomBytes(32).toString("base64url"),
  ]);
  const { rows } = await pool().query<{ value: string }>(`SELECT value FROM app_secret WHERE name = 'ip_hash_key'`);
  return rows[0].value;
}

export function hashIpWithKey(ip: string, hashKey: string): string {
  return createHmac("sha256", hashKey).update(ip.trim().toLowerCase()).digest("hex");
}

export async function hashIp(ip: string | undefined): Promise<string | null> {
  if (!ip) return null;
  key ??= loadKey();
  return hashIpWithKey(ip, await key);
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
