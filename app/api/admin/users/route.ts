import { NextResponse } from "next/server";
import { createAccount, listAccounts } from "@/lib/auth/accounts";
import { withAdmin } from "@/lib/auth/guard";
import { ZNewUser } from "@/lib/auth/schemas";
import { errorResponse, readJson } from "@/lib/http/json";

/** Admins only: the researcher accounts. */
export const GET = withAdmin(async () => {
  try {
    return NextResponse.json({ users: await listAccounts() }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
});

/** Admins only: adds an account with an initial password. */
export const POST = withAdmin(async (request, _context, user) => {
  try {
    const input = ZNewUser.parse(await readJson(request, 4096));
    return NextResponse.json({ user: await createAccount(input, user.id) }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
});
