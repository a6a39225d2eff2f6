/**
 * Security headers for pages and API routes, set per request in proxy.ts (the fixed ones every
 * response carries, nosniff and Referrer-Policy, are in next.config.js). Pure functions, so the
 * policy is unit-tested.
 */

/** API responses are data, never a document to render or frame. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Every API answer's security headers, for the route the server answers without Next.js
 * (lib/responses/save-route.ts); next.config.js sets the same on the routes Next.js serves.
 */
export const API_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": API_CSP,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

/**
 * Where the survey pages may be framed: SURVEY_FRAME_ANCESTORS, or nowhere. Admin and login never.
 * A draft's preview (/preview/<slug>) only by this site's own Versions tab.
 */
export function frameAncestorsFor(pathname: string, surveyFrameAncestors: readonly string[]): string[] {
  if (pathname.startsWith("/preview/")) return ["'self'"];
  const isSurvey = pathname === "/s" || pathname.startsWith("/s/");
  return isSurvey && surveyFrameAncestors.length ? [...surveyFrameAncestors] : ["'none'"];
}

export type TPagePolicy = { nonce: string; frameAncestors: readonly string[]; isDev: boolean };

/**
 * Scripts only with this response's nonce (Next.js puts it on its own scripts when it finds it in
 * the request's CSP header); 'strict-dynamic' lets those load their chunks. Styles allow inline
 * style attributes: React and the charts set them, and they cannot run code. The dev server's
 * hot reload needs eval.
 */
export function pageCsp({ nonce, frameAncestors, isDev }: TPagePolicy): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.join(" ")}`,
  ].join("; ");
}

/** The page headers: CSP, plus X-Frame-Options for browsers without frame-ancestors when framing is off. */
export function pageHeaders(policy: TPagePolicy): Record<string, string> {
  const headers: Record<string, string> = { "Content-Security-Policy": pageCsp(policy) };
  if (policy.frameAncestors.length === 1 && policy.frameAncestors[0] === "'none'") headers["X-Frame-Options"] = "DENY";
  return headers;
}

/**
 * A path whose percent-encoding is not valid UTF-8 (%ff) or that contains a NUL (%00) names
 * nothing here; refused up front instead of reaching a database query.
 */
export function isMalformedPath(pathname: string): boolean {
  try {
    return decodeURIComponent(pathname).includes("\0");
  } catch {
    return true;
  }
}
