import { NextResponse } from "next/server";
import { removeAccount } from "@/lib/auth/accounts";
import { withAdmin } from "@/lib/auth/guard";
import { ZUserId } from "@/lib/auth/schemas";
import { errorResponse } from "@/lib/http/json";

type TContext = { params: Promise<{ id: string }> };

/** Admins only: removes an account (not your own, not the last admin); its sessions stop working at once. */
export const DELETE = withAdmin<TContext>(async (_request, { params }, user) => {
  try {
    await removeAccount(user, ZUserId.parse((await params).id));
    return new NextResponse(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
});
