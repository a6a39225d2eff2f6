import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { endSession, startSession } from "./sessions";
import { authorizeCredentials } from "./sign-in";

/**
 * Sessions are signed JWTs that carry only the user id and the id of a user_session row; the role
 * and that row are read from the database per request, so signing out ends the cookie at once.
 */
export const SESSION_MAX_AGE_S = 12 * 60 * 60;

let cached: NextAuthOptions | undefined;

/** Built lazily: the secret comes from env() at run time (npm start passes it), not at build time. */
export function authOptions(): NextAuthOptions {
  cached ??= {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "E-mail en wachtwoord",
        credentials: { email: { label: "E-mailadres", type: "email" }, password: { label: "Wachtwoord", type: "password" } },
        authorize: (credentials, req) => authorizeCredentials(credentials, new Headers(toHeaderPairs(req?.headers))),
      }),
    ],
    callbacks: {
      jwt: async ({ token, user }) =>
        user ? { sub: user.id, email: user.email, sid: await startSession(user.id, SESSION_MAX_AGE_S) } : token,
      session: ({ session, token }) => ({ ...session, user: { id: token.sub, email: token.email, sid: token.sid } }),
    },
    events: {
      signOut: ({ token }) => endSession(token?.sid),
    },
  };
  return cached;
}

function toHeaderPairs(headers: Record<string, unknown> | undefined): [string, string][] {
  return Object.entries(headers ?? {}).flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as [string, string]] : []));
}
