import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";

type TContext = { params: Promise<{ nextauth: string[] }> };

// Options are built per request (lazily, once) so the secret is read at run time.
const handler = (request: NextRequest, context: TContext) => NextAuth(request, context, authOptions());

export { handler as GET, handler as POST };
