import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { jsonError } from "@/lib/http/json";
import { CROSS_SITE_MESSAGE, isCrossSiteRequest } from "@/lib/http/origin";
import { ADMIN_PATH_HEADER, loginUrl } from "./callback-url";
import { authOptions } from "./options";
import { findSessionUser, type TSessionUser } from "./users";

export type { TSessionUser } from "./users";

/**
 * The one gate for admin pages, server actions and route handlers. The session cookie only names
 * the user; the account and its role are read from app_user on every call, so removing a
 * researcher or changing a role takes effect on their next request; so does ending the session.
 */
export async function currentUser(): Promise<TSessionUser | null> {
  const session = await getServerSession(authOptions());
  const user = session?.user as { id?: unknown; sid?: unknown } | undefined;
  if (typeof user?.id !== "string") return null;
  return findSessionUser(user.id, user.sid);
}

/** Pages and server actions: anonymous visitors go to /login (and back to the page after signing in). */
export async function requireResearcher(): Promise<TSessionUser> {
  const user = await currentUser();
  if (!user) redirect(loginUrl((await headers()).get(ADMIN_PATH_HEADER)));
  return user;
}

/** Pages and server actions: anonymous visitors go to /login, researchers get 403 (app/forbidden.tsx). */
export async function requireAdmin(): Promise<TSessionUser> {
  const user = await requireResearcher();
  if (user.role !== "admin") forbidden();
  return user;
}

const publicUrls = () => {
  const url = env().NEXTAUTH_URL;
  return url ? [url] : [];
};

type TRouteContext = { params: Promise<Record<string, string | string[]>> };
type THandler<C> = (request: NextRequest, context: C, user: TSessionUser) => Response | Promise<Response>;

function guarded<C>(handler: THandler<C>, isAllowed: (user: TSessionUser) => boolean) {
  return async (request: NextRequest, context: C): Promise<Response> => {
    // Before the session: a cross-site page must not be able to act with the visitor's cookie.
    if (isCrossSiteRequest(request, publicUrls())) return jsonError(403, CROSS_SITE_MESSAGE);
    const user = await currentUser();
    if (!user) return jsonError(401, "Niet aangemeld. Meld je opnieuw aan.");
    if (!isAllowed(user)) return jsonError(403, "Geen toegang: hiervoor zijn beheerdersrechten nodig.");
    return handler(request, context, user);
  };
}

/** Route handlers for any signed-in researcher: 401 JSON when anonymous. */
export function withResearcher<C = TRouteContext>(handler: THandler<C>) {
  return guarded(handler, () => true);
}

/** Route handlers for admins only: 401 when anonymous, 403 for researchers. */
export function withAdmin<C = TRouteContext>(handler: THandler<C>) {
  return guarded(handler, (user) => user.role === "admin");
}
