import { createHash, randomBytes } from "node:crypto";
import { DEFAULT_TIME_ZONE } from "@/lib/format/nl";

/**
 * Share-link tokens and dates, pure. A token is 32 random bytes (base64url, 43 characters); only
 * its SHA-256 (hex) is stored, so a copy of the database opens no link.
 */
export const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const newShareToken = (): string => randomBytes(TOKEN_BYTES).toString("base64url");
export const hashShareToken = (token: string): string => createHash("sha256").update(token, "utf8").digest("hex");
/** Anything else in the URL names no link and costs no database query. */
export const isShareTokenShaped = (token: string): boolean => TOKEN_PATTERN.test(token);

/** Offset of a time zone from UTC at an instant, in minutes (Europe/Amsterdam: 60 or 120). */
function zoneOffsetMinutes(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(at).map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The instant a link valid "through" a calendar day ("2026-12-31") stops working: the next midnight there. */
export function endOfDay(day: string, timeZone = DEFAULT_TIME_ZONE): Date {
  const [y, m, d] = day.split("-").map(Number);
  const midnightUtc = Date.UTC(y, m - 1, d + 1);
  // The offset at that local midnight; one correction covers a change of offset that night.
  const guess = midnightUtc - zoneOffsetMinutes(new Date(midnightUtc), timeZone) * 60_000;
  return new Date(midnightUtc - zoneOffsetMinutes(new Date(guess), timeZone) * 60_000);
}

/** Today's calendar day in a time zone, "YYYY-MM-DD". */
export function today(timeZone = DEFAULT_TIME_ZONE, now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

export type TShareStatus = "active" | "expired" | "revoked";

export function shareStatus(link: { revokedAt: Date | null; expiresAt: Date | null }, now = new Date()): TShareStatus {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt && link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}
