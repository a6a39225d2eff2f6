import { NextResponse, type NextRequest } from "next/server";
import { ADMIN_PATH_HEADER } from "@/lib/auth/callback-url";
import { env } from "@/lib/env";
import { API_CSP, frameAncestorsFor, isMalformedPath, pageHeaders } from "@/lib/http/security-headers";

/**
 * Refuses malformed paths, gives each page a fresh CSP nonce (Next.js reads it from the forwarded
 * request's CSP header and puts it on its scripts) and passes the requested admin URL on, so
 * requireResearcher() can send an anonymous visitor to /login?callbackUrl=…. No auth decisions
 * here: those are made per page and handler against the database.
 *
 * Runs before every page, but before an API route only when its path has a percent-encoding (no
 * valid API path has one): Next.js buffers the body of every proxied request, up to
 * proxyClientMaxBodySize, and cuts off the rest, which would break an import upload.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isMalformedPath(pathname)) {
    return NextResponse.json({ error: "Ongeldig adres." }, { status: 400, headers: { "Content-Security-Policy": API_CSP } });
  }
  if (pathname.startsWith("/api/")) return NextResponse.next();
  const config = env();
  const policy = pageHeaders({
    nonce: Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64"),
    frameAncestors: frameAncestorsFor(pathname, config.SURVEY_FRAME_ANCESTORS),
    isDev: config.NODE_ENV === "development",
  });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy["Content-Security-Policy"]);
  if (pathname === "/admin" || pathname.startsWith("/admin/")) headers.set(ADMIN_PATH_HEADER, pathname + search);
  else headers.delete(ADMIN_PATH_HEADER);
  const response = NextResponse.next({ request: { headers } });
  for (const [name, value] of Object.entries(policy)) response.headers.set(name, value);
  return response;
}

// Static build output carries no nonce and needs none; API routes get their headers from
// next.config.js. "%ff" in an API path would otherwise fail Next.js's own decoding with a 500.
export const config = { matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)", "/api/(.*%.*)"] };
