import { randomBytes, randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it } from "vitest";
import { POST as createUser } from "@/app/api/admin/users/route";
import { GET as resume, PUT as save } from "@/app/api/s/[slug]/responses/[id]/route";
import { lazyBody, streamedRequest } from "../support/streams";
import { query, resetDb } from "./db";

/** The save route handler on the real database, with the input the hardening list found 500s for. */
const SLUG = "internationale-competenties";
const context = (slug: string, id: string) => ({ params: Promise.resolve({ slug, id }) });

function respondent() {
  const id = randomUUID();
  const secret = randomBytes(24).toString("base64url");
  const put = (seq: number, page: string, values: string, slug = SLUG) =>
    save(
      new Request(`http://x/api/s/${SLUG}/responses/${id}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: `{"secret":"${secret}","seq":${seq},"page":"${page}","durationMs":1000,"values":${values}}`,
      }),
      context(slug, id),
    );
  return { id, secret, put };
}

const stored = async (id: string) => (await query<{ last_seq: number }>(`SELECT last_seq FROM response WHERE id = $1`, [id]))[0];

describe("the save route refuses malformed input with a 4xx and stores nothing", () => {
  beforeEach(resetDb);

  it("a NUL character in free text", async () => {
    const r = respondent();
    expect((await r.put(1, "welcome", '{"consent":true}')).status).toBe(200);
    const bg = '{"bg_function":"anders","bg_function_other":"a\\u0000b","bg_province":"fryslan","bg_sector":"mbo"}';
    const response = await r.put(2, "bg", bg);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/ongeldig teken/);
    expect((await stored(r.id)).last_seq).toBe(1);
  });

  it("answers nested 20,000 levels deep, and a __proto__ key", async () => {
    const r = respondent();
    expect((await r.put(1, "welcome", `{"consent":true,"x":${"[".repeat(20_000)}${"]".repeat(20_000)}}`)).status).toBe(400);
    expect((await r.put(1, "welcome", '{"consent":true,"__proto__":{"a":1}}')).status).toBe(400);
    expect(await stored(r.id)).toBeUndefined();
  });

  it("a slug with a NUL character (from %00)", async () => {
    const r = respondent();
    expect((await r.put(1, "welcome", '{"consent":true}', "\0")).status).toBe(404);
    const get = await resume(new Request("http://x/", { headers: { "x-response-secret": r.secret } }), context("a\0", r.id));
    expect(get.status).toBe(404);
    expect(await stored(r.id)).toBeUndefined();
  });

  it("a 50 MB chunked body: refused after reading about the 64 kB cap", async () => {
    const { stream, counter } = lazyBody(50 * 1024 * 1024);
    const id = randomUUID();
    const response = await save(streamedRequest(`http://x/api/s/${SLUG}/responses/${id}`, stream, { "content-type": "application/json" }, "PUT"), context(SLUG, id));
    expect(response.status).toBe(413);
    expect(counter.pulled).toBeLessThan(1024 * 1024);
  });
});

describe("admin routes refuse cross-site requests before anything else", () => {
  it("a same-site page on another port gets 403, whatever its content type", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "application/json"]) {
      const request = new NextRequest("http://127.0.0.1:3000/api/admin/users", {
        method: "POST",
        headers: { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3001", "sec-fetch-site": "same-site", "content-type": type },
        body: JSON.stringify({ email: "x@evil.example", name: "x", password: "x".repeat(16), role: "admin" }),
      });
      expect((await createUser(request, { params: Promise.resolve({}) })).status, type).toBe(403);
    }
  });
});
