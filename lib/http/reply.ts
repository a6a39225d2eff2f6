import { ZodError } from "zod";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { ResponseError } from "@/lib/responses/errors";
import { jsonShapeProblem } from "./json-shape";

/**
 * The API's answers without a web framework: the error shape { error, fields? } for any thrown
 * error, and the checks on a JSON body. Used by Next.js route handlers (lib/http/json.ts) and by
 * the save route that the production server answers itself (lib/responses/save-route.ts).
 */
export type TErrorReply = {
  status: number;
  body: { error: string; fields?: Record<string, string> };
  headers: Record<string, string>;
};

const reply = (status: number, error: string, fields?: Record<string, string>, headers: Record<string, string> = {}): TErrorReply => ({
  status, body: fields ? { error, fields } : { error }, headers,
});

export function errorReply(error: unknown): TErrorReply {
  if (error instanceof ResponseError) return reply(error.status, error.message, error.fields);
  if (error instanceof ZodError) {
    const fields = Object.fromEntries(error.issues.map((i) => [i.path.join(".") || "_", i.message]));
    return reply(400, `Ongeldige invoer: ${Object.values(fields).join(" ")}`, fields);
  }
  if (isDatabaseUnavailable(error)) {
    console.error(`Database unavailable: ${(error as Error).message}`);
    return reply(503, "De database is even niet bereikbaar. Probeer het over een paar seconden opnieuw.", undefined, { "retry-after": "5" });
  }
  console.error(error);
  return reply(500, "Er ging iets mis op de server. Probeer het opnieuw.");
}

const kB = (bytes: number) => `${Math.round(bytes / 1024)} kB`;

export const unsupportedMediaType = () => new ResponseError(415, "Stuur de gegevens als JSON (Content-Type: application/json).");
export const tooLarge = (maxBytes: number) => new ResponseError(413, `Het verzoek is te groot (maximaal ${kB(maxBytes)}).`);

/** Strict UTF-8, valid JSON, and nothing jsonShapeProblem() refuses; otherwise a 400. */
export function parseJsonBytes(bytes: Uint8Array): unknown {
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
