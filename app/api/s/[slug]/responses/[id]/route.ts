import { NextResponse } from "next/server";
import { errorResponse, readJson } from "@/lib/http/json";
import { clientIp } from "@/lib/responses/ip";
import { MAX_SAVE_BYTES, ZResponseId, ZSaveRequest } from "@/lib/responses/schema";
import { getResumeState, savePage } from "@/lib/responses/service";
import { ResponseError } from "@/lib/responses/errors";
import { isSurveySlug } from "@/lib/survey/slug";

type TContext = { params: Promise<{ slug: string; id: string }> };

/** Saves one page of answers (the respondent's own response, proven by its secret). */
export async function PUT(request: Request, { params }: TContext) {
  try {
    const { slug, id } = await params;
    if (!isSurveySlug(slug)) throw new ResponseError(404, "Deze vragenlijst bestaat niet.");
    const responseId = ZResponseId.parse(id);
    const body = ZSaveRequest.parse(await readJson(request, MAX_SAVE_BYTES));
    const result = await savePage(slug, responseId, body, clientIp(request.headers));
    return NextResponse.json(result);
  } catch (error) {
    return errorResponse(error);
  }
}

/** The saved state, to continue after a reload or from a resume link. */
export async function GET(request: Request, { params }: TContext) {
  try {
    const { slug, id } = await params;
    if (!isSurveySlug(slug)) throw new ResponseError(404, "Deze vragenlijst bestaat niet.");
    const responseId = ZResponseId.parse(id);
    const secret = request.headers.get("x-response-secret");
    if (!secret) throw new ResponseError(403, "De sleutel van dit antwoord ontbreekt.");
    return NextResponse.json(await getResumeState(slug, responseId, secret), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
