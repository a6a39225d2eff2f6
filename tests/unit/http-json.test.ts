import { describe, expect, it } from "vitest";
import { readJson } from "@/lib/http/json";
import { jsonShapeProblem } from "@/lib/http/json-shape";
import { ResponseError } from "@/lib/responses/errors";
import { lazyBody, streamedRequest } from "../support/streams";

const JSON_TYPE = { "content-type": "application/json" };
const post = (body: BodyInit, headers: Record<string, string> = JSON_TYPE) => new Request("http://x/api", { method: "PUT", headers, body });

async function refusal(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof ResponseError)) throw new Error(`expected a ResponseError, got ${String(error)}`);
  return { status: error.status, message: error.message };
}

describe("readJson", () => {
  it("reads a small JSON body", async () => {
    expect(await readJson(post('{"a":[1,"x"]}'), 1024)).toEqual({ a: [1, "x"] });
    expect(await readJson(post("{}", { "content-type": "application/json; charset=utf-8" }), 1024)).toEqual({});
  });

  it("stops reading a chunked body at the cap instead of buffering all of it", async () => {
    const { stream, counter } = lazyBody(50 * 1024 * 1024);
    const result = await refusal(readJson(streamedRequest("http://x/api", stream, JSON_TYPE, "PUT"), 64 * 1024));
    expect(result).toEqual({ status: 413, message: "Het verzoek is te groot (maximaal 64 kB)." });
    expect(counter.pulled).toBeLessThan(1024 * 1024);
  });

  it("refuses a declared size over the cap before reading", async () => {
    const request = post("{}", { ...JSON_TYPE, "content-length": String(10_000_000) });
    expect((await refusal(readJson(request, 4096))).status).toBe(413);
  });

  it("accepts only application/json, so cross-site forms and no-cors fetches cannot send it", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""]) {
      const headers: Record<string, string> = type ? { "content-type": type } : {};
      expect((await refusal(readJson(post('{"email":"a@b.nl"}', headers), 4096))).status, type).toBe(415);
    }
  });

  it("refuses malformed JSON and invalid UTF-8 with 400", async () => {
    expect((await refusal(readJson(post("{"), 1024))).status).toBe(400);
    expect((await refusal(readJson(post(new Uint8Array([0x22, 0xff, 0x22])), 1024))).status).toBe(400);
  });

  it("refuses a NUL character, 20,000 levels of nesting and a __proto__ key with 400", async () => {
    expect(await refusal(readJson(post('{"values":{"t":"a\\u0000b"}}'), 1024))).toEqual({ status: 400, message: "De invoer bevat een ongeldig teken (NUL)." });
    const deep = `{"values":{"x":${"[".repeat(20_000)}${"]".repeat(20_000)}}}`;
    expect((await refusal(readJson(post(deep), 64 * 1024))).status).toBe(400);
    expect((await refusal(readJson(post('{"values":{"__proto__":{"a":1}}}'), 1024))).status).toBe(400);
  });
});

describe("jsonShapeProblem", () => {
  it("allows ordinary answers and nesting up to the limit", () => {
    expect(jsonShapeProblem({ values: { q1: "tekst", q2: ["a", "b"], q3: 4, q4: null } })).toBeNull();
    let nested: unknown = "x";
    for (let i = 0; i < 32; i++) nested = [nested];
    expect(jsonShapeProblem(nested)).toBeNull();
    expect(jsonShapeProblem([nested])).toMatch(/te diep genest/);
  });

  it("finds a NUL in a key as well", () => {
    expect(jsonShapeProblem({ "a\0": 1 })).toMatch(/NUL/);
  });
});
