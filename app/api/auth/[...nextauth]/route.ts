import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { checkAuthRequest } from "@/lib/http/auth-request";

type TContext = { params: Promise<{ nextauth: string[] }> };

// Options are built per request (lazily, once) so the secret is read at run time.
const handler = async (request: NextRequest, context: TContext) => {
  const checked = await checkAuthRequest(request);
  return checked instanceof Response ? checked : NextAuth(checked, context, authOptions());
};

export { handler as GET, handler as POST };
