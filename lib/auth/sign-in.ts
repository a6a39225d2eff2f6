import "server-only";
import { clientIp, hashIp } from "@/lib/responses/ip";
import { clearFailures, reserveAttempt } from "./login-failures";
import { hashPassword, verifyPassword } from "./password";
import { LOGIN_LIMITS, rateLimitedCode, type TLoginLimits } from "./rate-limit";
import { ZSignIn } from "./sign-in-schema";
import { findUserForSignIn, type TSessionUser } from "./users";

/** Thrown to next-auth, which passes the message on to the form as the error code. */
export class SignInRefused extends Error {}

// Unknown e-mail addresses still cost one scrypt run, so response time does not reveal accounts.
let dummyHash: Promise<string> | undefined;

/**
 * The credentials check: rate limit first (a correct password is refused while the account must
 * wait), then the password. The attempt counts as a failure until the password proves right.
 */
export async function authorizeCredentials(
  credentials: Record<string, string> | undefined,
  headers: Headers,
  limits: TLoginLimits = LOGIN_LIMITS,
): Promise<TSessionUser | null> {
  const parsed = ZSignIn.safeParse(credentials ?? {});
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const clientId = (await hashIp(clientIp(headers))) ?? "unknown";

  const locked = await reserveAttempt(email, clientId, limits);
  if (locked) throw new SignInRefused(rateLimitedCode(locked.retryAfterMs));

  const user = await findUserForSignIn(email);
  dummyHash ??= hashPassword("not-a-real-password");
  const isValid = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
  if (!user || !isValid) return null;
  await clearFailures(email);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
