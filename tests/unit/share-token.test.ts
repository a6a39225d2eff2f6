import { describe, expect, it } from "vitest";
import { ZCreateShareLink } from "@/lib/share/schema";
import { endOfDay, hashShareToken, isShareTokenShaped, newShareToken, shareStatus, today } from "@/lib/share/token";

describe("share-link tokens", () => {
  it("are 32 random bytes as 43 base64url characters, stored as their SHA-256", () => {
    const a = newShareToken();
    const b = newShareToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a, "base64url")).toHaveLength(32);
    expect(a).not.toBe(b);
    expect(hashShareToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashShareToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(isShareTokenShaped(a)).toBe(true);
    expect(isShareTokenShaped(`${a}x`)).toBe(false);
    expect(isShareTokenShaped("../../admin")).toBe(false);
  });

  it("expire at the midnight after their last day, Amsterdam time, summer and winter", () => {
    expect(endOfDay("2026-12-31").toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(endOfDay("2026-07-15").toISOString()).toBe("2026-07-15T22:00:00.000Z");
    // The night clocks go back (25 October 2026) and forward (28 March 2027).
    expect(endOfDay("2026-10-24").toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(endOfDay("2026-10-25").toISOString()).toBe("2026-10-25T23:00:00.000Z");
    expect(endOfDay("2027-03-28").toISOString()).toBe("2027-03-28T22:00:00.000Z");
    expect(today("Europe/Amsterdam", new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });

  it("have a status: revoked before expired before active", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    expect(shareStatus({ revokedAt: null, expiresAt: null }, now)).toBe("active");
    expect(shareStatus({ revokedAt: null, expiresAt: new Date("2026-12-01T12:00:00Z") }, now)).toBe("expired");
    expect(shareStatus({ revokedAt: null, expiresAt: new Date("2026-12-02T00:00:00Z") }, now)).toBe("active");
    expect(shareStatus({ revokedAt: now, expiresAt: new Date("2026-01-01T00:00:00Z") }, now)).toBe("revoked");
  });

  it("take a label, an end day and fixed filters from the form, with Dutch errors", () => {
    expect(ZCreateShareLink.parse({ slug: "x", label: "  ", expiresOn: "", query: null })).toEqual({ slug: "x", label: null, expiresOn: null, query: null });
    expect(ZCreateShareLink.parse({ slug: "x", label: " Bestuur ", expiresOn: "2027-01-31", query: "wave=2023" }).label).toBe("Bestuur");
    const bad = ZCreateShareLink.safeParse({ slug: "x", label: "", expiresOn: "2027-02-30", query: null });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toBe("Geef de einddatum als bestaande dag (jjjj-mm-dd).");
    expect(ZCreateShareLink.safeParse({ slug: "x", label: "x".repeat(81), expiresOn: "", query: null }).success).toBe(false);
  });
});
