import { NextResponse, type NextRequest } from "next/server";
import { ADMIN_PATH_HEADER } from "@/lib/auth/callback-url";

/**
 * Passes the requested admin URL on to the page render, so requireResearcher() can send an
 * anonymous visitor to /login?callbackUrl=… and sign-in can return there. No auth decisions
 * here: those are made per page and handler against the database.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(ADMIN_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: "/admin/:path*" };
