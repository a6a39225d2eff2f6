import { NextResponse } from "next/server";
import { changePassword } from "@/lib/auth/accounts";
import { withResearcher } from "@/lib/auth/guard";
import { ZPasswordChange } from "@/lib/auth/schemas";
import { errorResponse, readJson } from "@/lib/http/json";

/** Any signed-in researcher: changes their own password. */
export const PUT = withResearcher(async (request, _context, user) => {
  try {
    const input = ZPasswordChange.parse(await readJson(request, 4096));
    await changePassword(user, input, request.headers);
    return new NextResponse(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
});
