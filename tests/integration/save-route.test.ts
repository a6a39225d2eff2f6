import { randomBytes, randomUUID } from "node:crypto";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { hashIpWithKey } from "@/lib/responses/ip";
import { matchSaveRoute, serveSave } from "@/lib/responses/save-route";
import { query, resetDb } from "./db";
import { SLUG, statusOf } from "./respondents";

/** The page save as the production server answers it itself (scripts/serve.ts), over real HTTP. */
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = matchSaveRoute(req.method, req.url);
    if (route) void serveSave(req, res, route);
    else res.writeHead(599).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type TReply = { status: number; headers: Record<string, string | string[] | undefined>; body: Record<string, unknown> };

function put(path: string, body: string | Buffer[], headers: Record<string, string> = { "content-type": "application/json" }): Promise<TReply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method: "PUT", headers }, (res) => {
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: text ? JSON.parse(text) : {} }));
    });
    req.on("error", reject);
    if (typeof body === "string") req.end(body);
    else {
      // Chunked, without a Content-Length: the cap is counted while the body streams in.
      for (const chunk of body) req.write(chunk);
      req.end();
    }
  });
}

function respondent() {
  const id = randomUUID();
  const secret = randomBytes(24).toString("base64url");
  const path = `/api/s/${SLUG}/responses/${id}`;
  const body = (seq: number, page: string, values: unknown) => JSON.stringify({ secret, seq, page, durationMs: 1000, values });
  return { id, secret, path, body };
}

const lastSeq = async (id: string) => (await query<{ last_seq: number }>(`SELECT last_seq FROM response WHERE id = $1`, [id]))[0]?.last_seq;

describe("which requests the production server answers itself", () => {
  it("only a PUT on a save address; anything else goes to Next.js", () => {
    const id = randomUUID();
    expect(matchSaveRoute("PUT", `/api/s/${SLUG}/responses/${id}`)).toEqual({ slug: SLUG, id });
    expect(matchSaveRoute("PUT", `/api/s/${SLUG}/responses/${id}?x=1`)).toEqual({ slug: SLUG, id });
    expect(matchSaveRoute("GET", `/api/s/${SLUG}/responses/${id}`)).toBeUndefined();
    expect(matchSaveRoute("PUT", `/api/s/${SLUG}/responses/${id}/`)).toBeUndefined();
    expect(matchSaveRoute("PUT", `/api/s/${SLUG}%00/responses/${id}`)).toBeUndefined();
    expect(matchSaveRoute("PUT", `/api/s/Internationale/responses/${id}`)).toBeUndefined();
    expect(matchSaveRoute("PUT", `/api/admin/s/${SLUG}/responses/${id}`)).toBeUndefined();
  });
});

describe("the save answered without Next.js", () => {
  beforeEach(resetDb);

  it("stores a page and answers with the API's security headers", async () => {
    const r = respondent();
    const reply = await put(r.path, r.body(1, "welcome", { consent: true }), { "content-type": "application/json; charset=utf-8", [CLIENT_ADDRESS_HEADER]: "198.51.100.4" });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ currentPage: "bg", seq: 1, isDuplicate: false, isFinished: false });
    expect(reply.headers).toMatchObject({
      "content-type": "application/json", "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'", "referrer-policy": "strict-origin-when-cross-origin",
    });
    const [row] = await query<{ ip_hash: string }>(`SELECT ip_hash FROM response WHERE id = $1`, [r.id]);
    expect(row.ip_hash).toBe(hashIpWithKey("198.51.100.4", process.env.IP_HASH_KEY!));
  });

  it("refuses what the route handler refuses, with the same messages, and stores nothing", async () => {
    const r = respondent();
    const welcome = r.body(1, "welcome", { consent: true });
    expect((await put(r.path, welcome, { "content-type": "text/plain" })).status).toBe(415);
    expect((await put(r.path, "{not json", undefined)).status).toBe(400);
    const nul = await put(r.path, r.body(1, "welcome", { consent: true, x: "a\u0000b" }));
    expect(nul).toMatchObject({ status: 400, body: { error: expect.stringMatching(/ongeldig teken/) } });
    const unknownKey = await put(r.path, JSON.stringify({ ...JSON.parse(welcome), extra: 1 }));
    expect(unknownKey.status).toBe(400);
    expect(unknownKey.body.fields).toBeDefined();
    expect((await put(`/api/s/bestaat-niet/responses/${r.id}`, welcome)).status).toBe(404);
    expect((await put(r.path, r.body(1, "bg", {}))).status).toBe(404);
    expect(await lastSeq(r.id)).toBeUndefined();
  });

  it("refuses a body over 64 kB, declared or streamed, and keeps serving", async () => {
    const r = respondent();
    const big = r.body(1, "welcome", { consent: true, pad: "x".repeat(70 * 1024) });
    expect((await put(r.path, big)).status).toBe(413);
    const chunks = Array.from({ length: 80 }, () => Buffer.from("x".repeat(1024)));
    expect((await put(r.path, chunks, { "content-type": "application/json" })).status).toBe(413);
    expect((await put(r.path, r.body(1, "welcome", { consent: true }))).status).toBe(200);
  });

  it("a page that fails the page's schema: 422 with a message per field", async () => {
    const r = respondent();
    await put(r.path, r.body(1, "welcome", { consent: true }));
    const reply = await put(r.path, r.body(2, "bg", { bg_function: "docent" }));
    expect(reply.status).toBe(422);
    expect(Object.keys(reply.body.fields as object)).toEqual(expect.arrayContaining(["bg_province", "bg_sector"]));
    expect(await lastSeq(r.id)).toBe(1);
  });
});

describe("saves through two app processes (what one remembers of a response may be out of date)", () => {
  beforeEach(resetDb);

  async function process2() {
    vi.resetModules();
    return (await import("@/lib/responses/service")) as typeof import("@/lib/responses/service");
  }

  it("a steering answer changed through the other process is respected, nothing is written for the old flow", async () => {
    const a = await import("@/lib/responses/service");
    const b = await process2();
    expect(a.savePage).not.toBe(b.savePage);
    const r = respondent();
    const req = (seq: number, page: string, values: Record<string, unknown>) => ({ secret: r.secret, seq, page, durationMs: 1000, values });
    await a.savePage(SLUG, r.id, req(1, "welcome", { consent: true }));
    await a.savePage(SLUG, r.id, req(2, "bg", { bg_function: "docent", bg_province: "utrecht", bg_sector: "mbo" }));
    await a.savePage(SLUG, r.id, req(3, "choice", { part_choice: "p1" }));
    // The same respondent, in another tab served by the other process, chooses part 2 instead.
    await b.savePage(SLUG, r.id, req(4, "choice", { part_choice: "p2" }));
    // Process A still remembers part 1: its save of a part-1 page must be judged on the stored state.
    expect(await statusOf(a.savePage(SLUG, r.id, req(5, "p1_activity", { p1_activity: "stage" })))).toBe(409);
    const answers = await query<{ variable: string }>(`SELECT variable FROM answer WHERE response_id = $1 AND variable LIKE 'p1_%'`, [r.id]);
    expect(answers).toEqual([]);
    // And a part-2 page saved through A goes on from the stored state.
    const next = await a.savePage(SLUG, r.id, req(5, "p2_activity", { p2_activity: "congres" }));
    expect(next).toMatchObject({ seq: 5, isDuplicate: false });
    expect(await lastSeq(r.id)).toBe(5);
  });

  it("a retry of a save the other process stored is a duplicate, not a second write", async () => {
    const a = await import("@/lib/responses/service");
    const b = await process2();
    const r = respondent();
    const req = (seq: number, page: string, values: Record<string, unknown>) => ({ secret: r.secret, seq, page, durationMs: 1000, values });
    await a.savePage(SLUG, r.id, req(1, "welcome", { consent: true }));
    const bg = req(2, "bg", { bg_function: "docent", bg_province: "utrecht", bg_sector: "mbo" });
    await b.savePage(SLUG, r.id, bg);
    expect(await a.savePage(SLUG, r.id, bg)).toMatchObject({ seq: 2, isDuplicate: true });
    const [visit] = await query<{ save_count: number }>(`SELECT save_count FROM page_visit WHERE response_id = $1 AND page_id = 'bg'`, [r.id]);
    expect(visit.save_count).toBe(1);
  });
});
