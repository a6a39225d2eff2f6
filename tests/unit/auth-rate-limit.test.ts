import { describe, expect, it } from "vitest";
import { LOGIN_LIMITS, lockout, msUntilUnlock, rateLimitedCode, signInErrorMessage } from "@/lib/auth/rate-limit";

const MIN = 60_000;
const WINDOW = 15 * MIN;

describe("msUntilUnlock", () => {
  it("is 0 below the limit", () => {
    expect(msUntilUnlock([], 5, WINDOW)).toBe(0);
    expect(msUntilUnlock([1, 2, 3, 4].map((m) => m * MIN), 5, WINDOW)).toBe(0);
  });

  it("locks at the limit until the limit-th newest failure leaves the window", () => {
    // Newest failures 1..5 minutes ago: the 5th newest (5 min) expires in 10 minutes.
    expect(msUntilUnlock([5, 1, 3, 2, 4].map((m) => m * MIN), 5, WINDOW)).toBe(10 * MIN);
    // Seven failures: the lock lifts when only four remain, i.e. when the 5th newest (5 min) expires.
    expect(msUntilUnlock([1, 2, 3, 4, 5, 6, 7].map((m) => m * MIN), 5, WINDOW)).toBe(10 * MIN);
  });

  it("ignores failures outside the window", () => {
    expect(msUntilUnlock([1, 2, 3, 4, 15, 16, 60].map((m) => m * MIN), 5, WINDOW)).toBe(0);
    expect(msUntilUnlock([1, 2, 3, 4, 14.5].map((m) => m * MIN), 5, WINDOW)).toBe(0.5 * MIN);
  });
});

describe("lockout", () => {
  it("is null when neither the account nor the client is over its limit", () => {
    expect(lockout({ account: [1, 2, 3, 4].map((m) => m * MIN), client: Array(19).fill(MIN) })).toBeNull();
  });

  it("locks an account after 5 failures, a client after 20, and reports the longer wait", () => {
    const fiveRecent = [1, 1, 1, 1, 1].map((m) => m * MIN);
    expect(lockout({ account: fiveRecent, client: fiveRecent })).toEqual({ scope: "account", retryAfterMs: 14 * MIN });
    const twentyOld = Array(20).fill(2 * MIN);
    expect(lockout({ account: [], client: twentyOld })).toEqual({ scope: "client", retryAfterMs: 13 * MIN });
    expect(lockout({ account: fiveRecent, client: Array(20).fill(0) })).toEqual({ scope: "client", retryAfterMs: 15 * MIN });
  });

  it("uses the documented defaults", () => {
    expect(LOGIN_LIMITS).toEqual({ windowMs: WINDOW, perAccount: 5, perClient: 20 });
  });
});

describe("sign-in messages", () => {
  it("rounds the wait up to whole minutes in the code and the Dutch message", () => {
    expect(rateLimitedCode(10 * MIN + 1)).toBe("RateLimited:11");
    expect(rateLimitedCode(1)).toBe("RateLimited:1");
    expect(signInErrorMessage("RateLimited:11")).toMatch(/Te veel mislukte pogingen.*over 11 minuten/);
    expect(signInErrorMessage("RateLimited:1")).toMatch(/over 1 minuut opnieuw/);
  });

  it("says clearly when credentials are wrong, without telling which one", () => {
    expect(signInErrorMessage("CredentialsSignin")).toBe("E-mailadres of wachtwoord is onjuist.");
    expect(signInErrorMessage(null)).toBeNull();
    expect(signInErrorMessage("Something")).toMatch(/niet gelukt/);
  });
});
