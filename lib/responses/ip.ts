import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
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
 * The client's address, as the server resolved it from the socket and TRUSTED_PROXIES
 * (lib/http/client-address.ts). X-Forwarded-For is never read here: a client reaching the app
 * directly writes whatever it likes there.
 */
export function clientIp(headers: Headers): string | undefined {
  return headers.get(CLIENT_ADDRESS_HEADER) || undefined;
}
