import { beforeEach, describe, expect, it } from "vitest";
import { createAccount } from "@/lib/auth/accounts";
import { LOGIN_LIMITS } from "@/lib/auth/rate-limit";
import { authorizeCredentials } from "@/lib/auth/sign-in";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { query, resetDb } from "./db";

/** The per-client sign-in limit cannot be dodged by claiming another address in X-Forwarded-For. */
const LIMITS = { ...LOGIN_LIMITS, perAccount: 100, perClient: 3 };
const from = (forwardedFor: string) => new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": forwardedFor });

describe("the per-client sign-in limit", () => {
  beforeEach(async () => {
    await resetDb();
    await createAccount({ email: "ria@example.org", name: "Ria", password: "juist-wachtwoord-1", role: "researcher" });
  });

  it("holds for a locked client that changes its X-Forwarded-For", async () => {
    for (let i = 1; i <= 3; i++) {
      expect(await authorizeCredentials({ email: `onbekend${i}@example.org`, password: "fout" }, from(`198.51.100.${i}`), LIMITS)).toBeNull();
    }
    expect(new Set((await query<{ client_id: string }>(`SELECT client_id FROM login_failure`)).map((r) => r.client_id)).size).toBe(1);
    await expect(
      authorizeCredentials({ email: "ria@example.org", password: "juist-wachtwoord-1" }, from("192.0.2.99"), LIMITS),
    ).rejects.toThrow(/RateLimited/);
  });
});
