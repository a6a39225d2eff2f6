import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { isUsableCallbackUrl, loginUrl, safeCallbackUrl } from "@/lib/auth/callback-url";
import { checkAuthRequest } from "@/lib/http/auth-request";
import { lazyBody, streamedRequest } from "../support/streams";

const EVIL = "https://localhost:3530.evil.example/";

describe("callback URL after sign-in", () => {
  it("keeps admin paths with their query", () => {
    expect(safeCallbackUrl("/admin/s/internationale-competenties/results?wave=2024")).toBe("/admin/s/internationale-competenties/results?wave=2024");
    expect(safeCallbackUrl("/admin")).toBe("/admin");
  });

  it("refuses anything that could leave the admin area or the site", () => {
    for (const raw of ["https://evil.example/admin", "//evil.example/admin", "/admin//evil", "/\\evil.example", "/administrator", "/s/x", "", null, undefined, "/admin/" + "x".repeat(600)]) {
      expect(safeCallbackUrl(raw)).toBe("/admin");
    }
  });

  it("builds the sign-in URL", () => {
    expect(loginUrl("/admin")).toBe("/login");
    expect(loginUrl(null)).toBe("/login");
    expect(loginUrl("/admin/users")).toBe("/login?callbackUrl=%2Fadmin%2Fusers");
  });
});

describe("requests to next-auth's route", () => {
  it("knows which callback URLs next-auth can handle", () => {
    for (const ok of ["/admin", "http://127.0.0.1:3000/login?x=1", "https://evil.example/"]) expect(isUsableCallbackUrl(ok), ok).toBe(true);
    for (const bad of [EVIL, "javascript:alert(1)", "admin", "", "/a\u0000b"]) expect(isUsableCallbackUrl(bad), bad).toBe(false);
  });

  it("refuses an unusable callbackUrl in the query or the form with 400", async () => {
    const get = await checkAuthRequest(new NextRequest(`http://x/api/auth/signin?callbackUrl=${encodeURIComponent(EVIL)}`));
    expect((get as Response).status).toBe(400);
    const form = new URLSearchParams({ csrfToken: "t", callbackUrl: EVIL, json: "true" });
    const post = await checkAuthRequest(new NextRequest("http://x/api/auth/signout", {
      method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: form.toString(),
    }));
    expect((post as Response).status).toBe(400);
  });

  it("passes a good request on with its body, and drops a tampered callback cookie", async () => {
    const form = new URLSearchParams({ csrfToken: "t", email: "a@b.nl", callbackUrl: "http://x/login" }).toString();
    const checked = await checkAuthRequest(new NextRequest("http://x/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: `a=1; next-auth.callback-url=${encodeURIComponent(EVIL)}; b=2` },
      body: form,
    }));
    expect(checked).toBeInstanceOf(NextRequest);
    const request = checked as NextRequest;
    expect(await request.text()).toBe(form);
    expect(request.cookies.get("next-auth.callback-url")).toBeUndefined();
    expect(request.cookies.get("b")?.value).toBe("2");
  });

  it("stops reading an oversized body at the cap", async () => {
    const { stream, counter } = lazyBody(50 * 1024 * 1024);
    const request = new NextRequest(streamedRequest("http://x/api/auth/callback/credentials", stream, { "content-type": "application/x-www-form-urlencoded" }));
    expect(((await checkAuthRequest(request)) as Response).status).toBe(413);
    expect(counter.pulled).toBeLessThan(1024 * 1024);
  });
});
