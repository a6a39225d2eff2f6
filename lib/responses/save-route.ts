import type { IncomingMessage, ServerResponse } from "node:http";
import { mediaType } from "@/lib/http/body";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { errorReply, parseJsonBytes, tooLarge, unsupportedMediaType } from "@/lib/http/reply";
import { API_HEADERS } from "@/lib/http/security-headers";
import { isSurveySlug } from "@/lib/survey/slug";
import { ResponseError } from "./errors";
import { MAX_SAVE_BYTES, ZResponseId, ZSaveRequest } from "./schema";
import { savePage } from "./service";

/**
 * The page save, answered by the production server itself (scripts/serve.ts) instead of by
 * Next.js: it is the one request every respondent sends on every page, and Next.js's request
 * handling cost about half of each save's CPU (docs/BENCHMARKS.md). Same checks, same service,
 * same answers as the route handler in app/api/s/[slug]/responses/[id]/route.ts, which still
 * serves the save under `npm run dev`.
 */
const SAVE_PATH = /^\/api\/s\/([a-z0-9-]{1,100})\/responses\/([0-9a-fA-F-]{36})(?:\?.*)?$/;

/** The slug and response ID when this request is a page save; anything else goes to Next.js. */
export function matchSaveRoute(method: string | undefined, url: string | undefined): { slug: string; id: string } | undefined {
  if (method !== "PUT" || !url) return undefined;
  const m = SAVE_PATH.exec(url);
  return m ? { slug: m[1], id: m[2] } : undefined;
}

/** Reads at most `maxBytes` of the body; a bigger one is refused without reading the rest into memory. */
async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  if (Number(req.headers["content-length"] ?? 0) > maxBytes) throw tooLarge(maxBytes);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

function send(req: IncomingMessage, res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  // A refused body may not have been read to its end: the connection cannot be reused.
  const isBodyLeft = !req.complete;
  res.writeHead(status, {
    ...API_HEADERS,
    ...headers,
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...(isBodyLeft ? { connection: "close" } : {}),
  });
  res.end(text);
  if (isBodyLeft) res.once("finish", () => req.destroy());
}

export async function serveSave(req: IncomingMessage, res: ServerResponse, route: { slug: string; id: string }): Promise<void> {
  try {
    if (!isSurveySlug(route.slug)) throw new ResponseError(404, "Deze vragenlijst bestaat niet.");
    const responseId = ZResponseId.parse(route.id);
    if (mediaType(req.headers["content-type"]) !== "application/json") throw unsupportedMediaType();
    const body = ZSaveRequest.parse(parseJsonBytes(await readBody(req, MAX_SAVE_BYTES)));
    const ip = req.headers[CLIENT_ADDRESS_HEADER];
    send(req, res, 200, await savePage(route.slug, responseId, body, typeof ip === "string" ? ip : undefined));
  } catch (error) {
    const reply = errorReply(error);
    send(req, res, reply.status, reply.body, reply.headers);
  }
}
