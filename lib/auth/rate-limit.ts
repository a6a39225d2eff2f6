/** Failed sign-ins allowed per window, per account and per client (hashed IP). Pure logic; storage in login-failures.ts. */
export const LOGIN_LIMITS = { windowMs: 15 * 60 * 1000, perAccount: 5, perClient: 20 } as const;
export type TLoginLimits = { windowMs: number; perAccount: number; perClient: number };

/**
 * Milliseconds until another attempt is allowed, given the ages (ms) of recent failures; 0 when
 * not limited. The lock lifts when the `limit`-th newest failure leaves the window.
 */
export function msUntilUnlock(agesMs: number[], limit: number, windowMs: number): number {
  const recent = agesMs.filter((age) => age >= 0 && age < windowMs).sort((a, b) => a - b);
  if (recent.length < limit) return 0;
  return windowMs - recent[limit - 1];
}

export type TLockout = { scope: "account" | "client"; retryAfterMs: number } | null;

/** The stricter of the two locks, or null when an attempt may go ahead. */
export function lockout(ages: { account: number[]; client: number[] }, limits: TLoginLimits = LOGIN_LIMITS): TLockout {
  const account = msUntilUnlock(ages.account, limits.perAccount, limits.windowMs);
  const client = msUntilUnlock(ages.client, limits.perClient, limits.windowMs);
  if (!account && !client) return null;
  return account >= client ? { scope: "account", retryAfterMs: account } : { scope: "client", retryAfterMs: client };
}

/** Error codes the sign-in form understands (next-auth passes a thrown message on as `error`). */
export const RATE_LIMITED = "RateLimited";
export function rateLimitedCode(retryAfterMs: number): string {
  return `${RATE_LIMITED}:${Math.max(1, Math.ceil(retryAfterMs / 60_000))}`;
}

/** The Dutch message for a sign-in error code from next-auth. */
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  if (code.startsWith(RATE_LIMITED)) {
    const minutes = Number(code.split(":")[1]) || Math.ceil(LOGIN_LIMITS.windowMs / 60_000);
    return `Te veel mislukte pogingen. Aanmelden is tijdelijk geblokkeerd; probeer het over ${minutes} ${minutes === 1 ? "minuut" : "minuten"} opnieuw.`;
  }
  if (code === "CredentialsSignin") return "E-mailadres of wachtwoord is onjuist.";
  if (code === "SessionRequired") return "Meld je aan om verder te gaan.";
  return "Aanmelden is niet gelukt. Probeer het opnieuw.";
}
