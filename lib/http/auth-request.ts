import { NextRequest } from "next/server";
import { isUsableCallbackUrl } from "@/lib/auth/callback-url";
import { BodyTooLargeError, mediaType, readCappedBody } from "./body";
import { jsonError } from "./json";

/**
 * Checks a request for next-auth's route before next-auth sees it: the body is read with a cap
 * (sign-in forms are tiny) and a callbackUrl it would choke on is a 400 instead of a 500. A
 * tampered callback-url cookie is dropped rather than refused, or the browser would stay stuck.
 */
export const MAX_AUTH_BODY_BYTES = 8 * 1024;
const CALLBACK_COOKIES = new Set(["next-auth.callback-url", "__Secure-next-auth.callback-url"]);
const badCallback = () => jsonError(400, "Ongeldig terugkeeradres (callbackUrl).");

function callbackFromBody(type: string, text: string): unknown {
  if (type === "application/x-www-form-urlencoded") return new URLSearchParams(text).get("callbackUrl");
  if (type !== "application/json") return null;
  try {
    return (JSON.parse(text) as Record<string, unknown> | null)?.callbackUrl ?? null;
  } catch {
    return null;
  }
}

function withoutBadCallbackCookie(cookieHeader: string | null): string | null {
  if (!cookieHeader) return cookieHeader;
  return cookieHeader
    .split(";")
    .filter((pair) => {
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      if (at < 0 || !CALLBACK_COOKIES.has(name)) return true;
      let value = pair.slice(at + 1).trim();
      try {
        value = decodeURIComponent(value);
      } catch {
        return false;
      }
      return isUsableCallbackUrl(value);
    })
    .join(";");
}

export async function checkAuthRequest(request: NextRequest): Promise<NextRequest | Response> {
  const query = request.nextUrl.searchParams.get("callbackUrl");
  if (query !== null && !isUsableCallbackUrl(query)) return badCallback();
  const headers = new Headers(request.headers);
  const cookie = withoutBadCallbackCookie(headers.get("cookie"));
  if (cookie !== null) headers.set("cookie", cookie);
  if (request.method !== "POST") return new NextRequest(request.url, { method: request.method, headers });
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readCappedBody(request, MAX_AUTH_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return jsonError(413, `Het verzoek is te groot (maximaal ${MAX_AUTH_BODY_BYTES / 1024} kB).`);
    throw error;
  }
  const callback = callbackFromBody(mediaType(request.headers.get("content-type")), new TextDecoder().decode(body));
  if (callback !== null && (typeof callback !== "string" || !isUsableCallbackUrl(callback))) return badCallback();
  return new NextRequest(request.url, { method: "POST", headers, body });
}
