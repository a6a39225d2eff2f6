import { NextResponse } from "next/server";
import { BodyTooLargeError, mediaType, readCappedBody } from "./body";
import { errorReply, parseJsonBytes, tooLarge, unsupportedMediaType } from "./reply";

/** One error shape for every API: { error: message, fields?: { path: message } }. */
export function jsonError(status: number, error: string, fields?: Record<string, string>) {
  return NextResponse.json(fields ? { error, fields } : { error }, { status });
}

export function errorResponse(error: unknown) {
  const reply = errorReply(error);
  return NextResponse.json(reply.body, { status: reply.status, headers: reply.headers });
}

/**
 * Reads a JSON body of at most `maxBytes`, counted while it streams in (chunked bodies too).
 * Refuses other content types (a cross-site form or no-cors fetch cannot send application/json),
 * invalid UTF-8, malformed JSON and what jsonShapeProblem() finds, each with a 4xx.
 */
export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  if (mediaType(request.headers.get("content-type")) !== "application/json") throw unsupportedMediaType();
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await readCappedBody(request, maxBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw tooLarge(maxBytes);
    throw error;
  }
  return parseJsonBytes(bytes);
}
