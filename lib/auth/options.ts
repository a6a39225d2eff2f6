import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { endSession, startSession } from "./sessions";
import { recordAudit } from "@/lib/audit/service";
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
      jwt: async ({ token, user }) => {
        if (!user) return token;
        const sid = await startSession(user.id, SESSION_MAX_AGE_S);
        await recordAudit({ action: "auth.signed_in", actorId: user.id, surveyId: null });
        return { sub: user.id, email: user.email, sid };
      },
      session: ({ session, token }) => ({ ...session, user: { id: token.sub, email: token.email, sid: token.sid } }),
    },
    events: {
      signOut: async ({ token }) => {
        await endSession(token?.sid);
        if (typeof token?.sub === "string") await recordAudit({ action: "auth.signed_out", actorId: token.sub, surveyId: null });
      },
    },
  };
  return cached;
}

function toHeaderPairs(headers: Record<string, unknown> | undefined): [string, string][] {
  return Object.entries(headers ?? {}).flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as [string, string]] : []));
}
