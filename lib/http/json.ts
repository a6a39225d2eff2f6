import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { ResponseError } from "@/lib/responses/errors";

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

/** Reads a JSON body no larger than `maxBytes`; bigger or malformed bodies are refused. */
export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new ResponseError(413, `Het verzoek is te groot (maximaal ${maxBytes / 1024} kB).`);
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw new ResponseError(413, `Het verzoek is te groot (maximaal ${maxBytes / 1024} kB).`);
  try {
    return JSON.parse(text);
  } catch {
    throw new ResponseError(400, "Het verzoek is geen geldige JSON.");
  }
}
