/**
 * Limits on failed sign-ins. Pure logic; storage in login-failures.ts.
 *
 * Per account (from any client) the limit is a growing delay, not a lock: after `perAccount`
 * failures in the window each further attempt waits `baseDelayMs`, doubling per failure up to
 * `maxDelayMs`, counted from the newest failure. Guessing stays slow, yet nobody can lock an
 * account (say the only admin) out for long with a few wrong passwords. Per client (hashed IP)
 * the limit is a lock for the window: it only ever shuts out that client.
 */
export const LOGIN_LIMITS = {
  windowMs: 15 * 60 * 1000,
  perAccount: 5,
  baseDelayMs: 5_000,
  maxDelayMs: 60_000,
  perClient: 20,
} as const;
export type TLoginLimits = { windowMs: number; perAccount: number; baseDelayMs: number; maxDelayMs: number; perClient: number };

const inWindow = (agesMs: number[], windowMs: number) => agesMs.filter((age) => age >= 0 && age < windowMs).sort((a, b) => a - b);

/**
 * Milliseconds until another attempt is allowed, given the ages (ms) of recent failures; 0 when
 * not limited. The lock lifts when the `limit`-th newest failure leaves the window.
 */
export function msUntilUnlock(agesMs: number[], limit: number, windowMs: number): number {
  const recent = inWindow(agesMs, windowMs);
  if (recent.length < limit) return 0;
  return windowMs - recent[limit - 1];
}

/** The account's wait: 0 below the limit, then base·2^(failures − limit), capped, after the newest failure. */
export function accountDelayMs(agesMs: number[], limits: TLoginLimits = LOGIN_LIMITS): number {
  const recent = inWindow(agesMs, limits.windowMs);
  if (recent.length < limits.perAccount) return 0;
  const delay = Math.min(limits.baseDelayMs * 2 ** (recent.length - limits.perAccount), limits.maxDelayMs);
  return Math.max(0, delay - recent[0]);
}

export type TLockout = { scope: "account" | "client"; retryAfterMs: number } | null;

/** The stricter of the two limits, or null when an attempt may go ahead. */
export function lockout(ages: { account: number[]; client: number[] }, limits: TLoginLimits = LOGIN_LIMITS): TLockout {
  const account = accountDelayMs(ages.account, limits);
  const client = msUntilUnlock(ages.client, limits.perClient, limits.windowMs);
  if (!account && !client) return null;
  return account >= client ? { scope: "account", retryAfterMs: account } : { scope: "client", retryAfterMs: client };
}

/** Error codes the sign-in form understands (next-auth passes a thrown message on as `error`): the wait in seconds. */
export const RATE_LIMITED = "RateLimited";
export function rateLimitedCode(retryAfterMs: number): string {
  return `${RATE_LIMITED}:${Math.max(1, Math.ceil(retryAfterMs / 1000))}`;
}

function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} ${seconds === 1 ? "seconde" : "seconden"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? "minuut" : "minuten"}`;
}

/** The Dutch message for a sign-in error code from next-auth. */
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  if (code.startsWith(RATE_LIMITED)) {
    const seconds = Number(code.split(":")[1]) || LOGIN_LIMITS.maxDelayMs / 1000;
    return `Te veel mislukte pogingen. Probeer het over ${waitText(seconds)} opnieuw.`;
  }
  if (code === "CredentialsSignin") return "E-mailadres of wachtwoord is onjuist.";
  if (code === "SessionRequired") return "Meld je aan om verder te gaan.";
  return "Aanmelden is niet gelukt. Probeer het opnieuw.";
}
