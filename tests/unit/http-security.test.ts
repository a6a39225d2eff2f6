import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { frameAncestorsFor, isMalformedPath, pageCsp, pageHeaders } from "@/lib/http/security-headers";

describe("page security headers", () => {
  it("never frames admin or login; frames the survey only where configured", () => {
    expect(frameAncestorsFor("/admin/users", ["https://www.uni.nl"])).toEqual(["'none'"]);
    expect(frameAncestorsFor("/login", ["https://www.uni.nl"])).toEqual(["'none'"]);
    // A draft's preview: only this site's Versions tab frames it.
    expect(frameAncestorsFor("/preview/stage-2027", ["https://www.uni.nl"])).toEqual(["'self'"]);
    expect(pageHeaders({ nonce: "n", frameAncestors: ["'self'"], isDev: false })).not.toHaveProperty("X-Frame-Options");
    expect(frameAncestorsFor("/s/enquete", [])).toEqual(["'none'"]);
    expect(frameAncestorsFor("/s/enquete", ["https://www.uni.nl"])).toEqual(["https://www.uni.nl"]);
    expect(frameAncestorsFor("/survey", ["https://www.uni.nl"])).toEqual(["'none'"]);
  });

  it("allows scripts only with the nonce, and sends X-Frame-Options when framing is off", () => {
    const headers = pageHeaders({ nonce: "abc", frameAncestors: ["'none'"], isDev: false });
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["Content-Security-Policy"]).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(headers["Content-Security-Policy"]).not.toContain("unsafe-eval");
    const embeddable = pageHeaders({ nonce: "abc", frameAncestors: ["https://www.uni.nl"], isDev: false });
    expect(embeddable["X-Frame-Options"]).toBeUndefined();
    expect(pageCsp({ nonce: "n", frameAncestors: ["'none'"], isDev: true })).toContain("'unsafe-eval'");
  });

  it("recognises paths with a NUL or invalid percent-encoding", () => {
    expect(isMalformedPath("/s/%00")).toBe(true);
    expect(isMalformedPath("/api/s/%ff/responses/x")).toBe(true);
    expect(isMalformedPath("/s/internationale-competenties")).toBe(false);
    expect(isMalformedPath("/s/%C3%A9")).toBe(false);
  });
});

describe("SURVEY_FRAME_ANCESTORS", () => {
  it("is a list of http(s) origins or 'self', empty by default; anything else stops the start", () => {
    expect(parseEnv({ NODE_ENV: "test" }).SURVEY_FRAME_ANCESTORS).toEqual([]);
    expect(parseEnv({ NODE_ENV: "test", SURVEY_FRAME_ANCESTORS: " https://www.uni.nl  https://*.uni.nl:8443 'self'" }).SURVEY_FRAME_ANCESTORS)
      .toEqual(["https://www.uni.nl", "https://*.uni.nl:8443", "'self'"]);
    expect(() => parseEnv({ NODE_ENV: "test", SURVEY_FRAME_ANCESTORS: "https://x.nl; script-src *" })).toThrow(/SURVEY_FRAME_ANCESTORS/);
    expect(() => parseEnv({ NODE_ENV: "test", SURVEY_FRAME_ANCESTORS: "*" })).toThrow(/SURVEY_FRAME_ANCESTORS/);
  });
});
