/** Where to go after signing in. Only admin paths on this site, so the parameter cannot redirect elsewhere. */
export const ADMIN_PATH_HEADER = "x-admin-path";
export const DEFAULT_AFTER_SIGN_IN = "/admin";

export function safeCallbackUrl(raw: string | null | undefined): string {
  if (!raw || raw.length > 500) return DEFAULT_AFTER_SIGN_IN;
  if (!/^\/admin(\/|\?|$)/.test(raw) || /[\\\s]/.test(raw) || raw.includes("//")) return DEFAULT_AFTER_SIGN_IN;
  return raw;
}

export function loginUrl(from: string | null | undefined): string {
  const target = safeCallbackUrl(from);
  return target === DEFAULT_AFTER_SIGN_IN ? "/login" : `/login?callbackUrl=${encodeURIComponent(target)}`;
}

/**
 * What next-auth can handle as a callbackUrl (param, form field or cookie): a path, or an
 * absolute http(s) URL. Anything else (e.g. "https://localhost:3000.evil.example/", an invalid
 * port) makes next-auth throw a 500; its redirect callback keeps valid ones on this site.
 */
export function isUsableCallbackUrl(raw: string): boolean {
  if (raw.startsWith("/")) return !raw.includes("\0");
  try {
    return /^https?:$/.test(new URL(raw).protocol);
  } catch {
    return false;
  }
}
