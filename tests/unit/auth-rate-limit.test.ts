import { describe, expect, it } from "vitest";
import { accountDelayMs, LOGIN_LIMITS, lockout, msUntilUnlock, rateLimitedCode, signInErrorMessage } from "@/lib/auth/rate-limit";

const MIN = 60_000;
const WINDOW = 15 * MIN;
const SEC = 1000;

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

describe("accountDelayMs", () => {
  it("is 0 below 5 failures, then 5 s after the newest failure, doubling per failure, capped at a minute", () => {
    expect(accountDelayMs([1, 2, 3, 4].map((m) => m * SEC))).toBe(0);
    expect(accountDelayMs([1, 2, 3, 4, 5].map((m) => m * SEC))).toBe(4 * SEC);
    expect(accountDelayMs([1, 2, 3, 4, 5, 6].map((m) => m * SEC))).toBe(9 * SEC);
    expect(accountDelayMs(Array.from({ length: 8 }, () => 0))).toBe(40 * SEC);
    expect(accountDelayMs(Array.from({ length: 30 }, () => 0))).toBe(60 * SEC);
    expect(accountDelayMs([6, 7, 8, 9, 10].map((m) => m * SEC))).toBe(0);
  });

  it("ignores failures outside the window", () => {
    expect(accountDelayMs([0, 15 * MIN, 16 * MIN, 20 * MIN, 60 * MIN])).toBe(0);
  });
});

describe("lockout", () => {
  it("is null when neither the account nor the client is over its limit", () => {
    expect(lockout({ account: [1, 2, 3, 4].map((m) => m * MIN), client: Array(19).fill(MIN) })).toBeNull();
  });

  it("delays an account after 5 failures, locks a client after 20, and reports the longer wait", () => {
    const fiveNow = [0, 0, 0, 0, 0];
    expect(lockout({ account: fiveNow, client: fiveNow })).toEqual({ scope: "account", retryAfterMs: 5 * SEC });
    const twentyOld = Array(20).fill(2 * MIN);
    expect(lockout({ account: [], client: twentyOld })).toEqual({ scope: "client", retryAfterMs: 13 * MIN });
    expect(lockout({ account: fiveNow, client: Array(20).fill(0) })).toEqual({ scope: "client", retryAfterMs: 15 * MIN });
  });

  it("uses the documented defaults", () => {
    expect(LOGIN_LIMITS).toEqual({ windowMs: WINDOW, perAccount: 5, baseDelayMs: 5 * SEC, maxDelayMs: 60 * SEC, perClient: 20 });
  });
});

describe("sign-in messages", () => {
  it("gives the wait in whole seconds in the code, in seconds or minutes in the Dutch message", () => {
    expect(rateLimitedCode(4 * SEC + 1)).toBe("RateLimited:5");
    expect(rateLimitedCode(1)).toBe("RateLimited:1");
    expect(signInErrorMessage("RateLimited:5")).toBe("Te veel mislukte pogingen. Probeer het over 5 seconden opnieuw.");
    expect(signInErrorMessage("RateLimited:1")).toMatch(/over 1 seconde opnieuw/);
    expect(signInErrorMessage("RateLimited:60")).toMatch(/over 1 minuut opnieuw/);
    expect(signInErrorMessage("RateLimited:660")).toMatch(/over 11 minuten opnieuw/);
  });

  it("says clearly when credentials are wrong, without telling which one", () => {
    expect(signInErrorMessage("CredentialsSignin")).toBe("E-mailadres of wachtwoord is onjuist.");
    expect(signInErrorMessage(null)).toBeNull();
    expect(signInErrorMessage("Something")).toMatch(/niet gelukt/);
  });
});
