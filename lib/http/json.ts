import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { ResponseError } from "@/lib/responses/errors";
import { BodyTooLargeError, mediaType, readCappedBody } from "./body";
import { jsonShapeProblem } from "./json-shape";

/** One error shape for every API: { error: message, fields?: { path: message } }. */
export function jsonError(status: number, error: string, fields?: Record<string, string>) {
  return NextResponse.json(fields ? { error, fields } : { error }, { status });
}

export function errorResponse(error: unknown) {
  if (error instanceof ResponseError) return jsonError(error.status, error.message, error.fields);
  if (error instanceof ZodError) {
    const fields = Object.fromEntries(error.issues.map((i) => [i.path.join(".") || "_", i.message]));
    return jsonError(400, `Ongeldige invoer: ${Object.values(fields).join(" ")}`, fields);
  }
  if (isDatabaseUnavailable(error)) {
    console.error(`Database unavailable: ${(error as Error).message}`);
    const response = jsonError(503, "De database is even niet bereikbaar. Probeer het over een paar seconden opnieuw.");
    response.headers.set("retry-after", "5");
    return response;
  }
  console.error(error);
  return jsonError(500, "Er ging iets mis op de server. Probeer het opnieuw.");
}

const kB = (bytes: number) => `${Math.round(bytes / 1024)} kB`;

/**
 * Reads a JSON body of at most `maxBytes`, counted while it streams in (chunked bodies too).
 * Refuses other content types (a cross-site form or no-cors fetch cannot send application/json),
 * invalid UTF-8, malformed JSON and what jsonShapeProblem() finds, each with a 4xx.
 */
export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  if (mediaType(request) !== "application/json") {
    throw new ResponseError(415, "Stuur de gegevens als JSON (Content-Type: application/json).");
  }
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await readCappedBody(request, maxBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new ResponseError(413, `Het verzoek is te groot (maximaal ${kB(maxBytes)}).`);
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new ResponseError(400, "Het verzoek is geen geldige JSON.");
  }
  const problem = jsonShapeProblem(value);
  if (problem) throw new ResponseError(400, problem);
  return value;
}
