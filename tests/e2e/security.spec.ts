import { randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, signInAsAdmin, test, uniqueEmail } from "./fixtures";

/**
 * Cross-site requests, framing, security headers and malformed input, against the real server.
 * The "attacker" is a page on another port of the same host: same-site, so the admin's
 * SameSite=Lax session cookie travels with its requests, as it would from a sibling subdomain.
 */
const SLUG = "internationale-competenties";

async function attackerSite(html: (target: string) => string, target: string) {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(html(target));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function accountEmails(adminApi: APIRequestContext): Promise<string[]> {
  const response = await adminApi.get("/api/admin/users");
  expect(response.status()).toBe(200);
  return ((await response.json()) as { users: { email: string }[] }).users.map((u) => u.email);
}

/** Statuses of the POSTs the page sends to the app (also of no-cors requests, whose answer the page cannot read). */
function postStatuses(page: Page, target: string): Map<string, number> {
  const seen = new Map<string, number>();
  page.on("response", (r) => {
    if (r.request().method() === "POST" && r.url().startsWith(target)) seen.set(r.request().postData() ?? "", r.status());
  });
  return seen;
}

test.describe("a same-site page on another port", () => {
  test("cannot create an admin account or post an import with the admin's cookie", async ({ page, adminApi, baseURL }) => {
    await signInAsAdmin(page);
    const emails = { form: uniqueEmail("csrf-form"), plain: uniqueEmail("csrf-plain"), urlencoded: uniqueEmail("csrf-urlenc") };
    const account = (email: string) => JSON.stringify({ email, name: "Aanvaller", password: `pw-${randomUUID()}`, role: "admin" });
    // enctype=text/plain sends "name=value": the name carries the JSON, the value closes it.
    const formJson = account(emails.form).slice(0, -1) + ',"x":"';
    const site = await attackerSite(
      (target) => `<!doctype html><body>
        <form id="f" method="POST" action="${target}/api/admin/users" enctype="text/plain">
          <input type="hidden" name='${formJson.replace(/'/g, "&#39;")}' value='"}'>
        </form>
        <script>
          const send = (path, type, body) => fetch("${target}" + path, { method: "POST", mode: "no-cors", credentials: "include", headers: type ? { "content-type": type } : {}, body });
          const form = new FormData();
          form.set("step", "analyse");
          form.set("file", new Blob(["Respondent ID\\n1\\n"], { type: "text/csv" }), "x.csv");
          Promise.all([
            send("/api/admin/users", "text/plain", ${JSON.stringify(account(emails.plain))}),
            send("/api/admin/users", "application/x-www-form-urlencoded", ${JSON.stringify(account(emails.urlencoded))}),
            send("/api/admin/s/${SLUG}/import", null, form),
          ]).finally(() => { document.title = "sent"; document.getElementById("f").submit(); });
        </script>`,
      baseURL!,
    );
    try {
      const statuses = postStatuses(page, baseURL!);
      const formPost = page.waitForResponse((r) => r.request().method() === "POST" && r.request().resourceType() === "document");
      await page.goto(site.url);
      expect((await formPost).status()).toBe(403);
      await expect.poll(() => statuses.size).toBe(4);
      expect([...statuses.values()]).toEqual([403, 403, 403, 403]);
      const existing = await accountEmails(adminApi);
      for (const email of Object.values(emails)) expect(existing).not.toContain(email);
    } finally {
      await site.close();
    }
  });

  test("cannot show the admin, login or survey pages in a frame", async ({ page, baseURL }) => {
    await signInAsAdmin(page);
    const site = await attackerSite(
      (target) => `<!doctype html><body>
        <iframe id="admin" src="${target}/admin/users" width="800" height="400"></iframe>
        <iframe id="login" src="${target}/login" width="800" height="400"></iframe>
        <iframe id="survey" src="${target}/s/${SLUG}" width="800" height="400"></iframe>`,
      baseURL!,
    );
    try {
      const paths = { admin: "/admin/users", login: "/login", survey: `/s/${SLUG}` };
      const responses = Promise.all(Object.values(paths).map((p) => page.waitForResponse((r) => r.url() === `${baseURL}${p}`)));
      await page.goto(site.url);
      await responses;
      for (const [id, path] of Object.entries(paths)) {
        const frame = await (await page.$(`iframe#${id}`))!.contentFrame();
        expect(frame, id).not.toBeNull();
        // Chromium shows its own error page instead ("refused to connect").
        await expect.poll(() => frame!.url(), id).not.toBe(`${baseURL}${path}`);
        await expect(frame!.locator("main"), id).toHaveCount(0);
        await expect(frame!.getByRole("button"), id).toHaveCount(0);
      }
    } finally {
      await site.close();
    }
  });
});

test.describe("security headers", () => {
  test("pages get a nonce CSP and no framing; every response gets nosniff and a referrer policy", async ({ page, request }) => {
    await signInAsAdmin(page);
    const checked: string[] = [];
    const expectBase = (headers: Record<string, string>, what: string) => {
      expect(headers["x-content-type-options"], what).toBe("nosniff");
      expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
      checked.push(what);
    };
    for (const path of ["/login", `/s/${SLUG}`, "/admin/users", "/bestaat-niet"]) {
      const response = (await page.goto(path))!;
      const headers = response.headers();
      expectBase(headers, path);
      const csp = headers["content-security-policy"] ?? "";
      expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(headers["x-frame-options"], path).toBe("DENY");
      const nonce = /'nonce-([^']+)'/.exec(csp)![1];
      // Every script the server rendered carries this response's nonce (the 404 page too). Chunks the
      // client runtime loads later (an error boundary) are allowed through 'strict-dynamic'.
      const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => /\bnonce="([^"]*)"/.exec(m[0])?.[1]);
      expect(scripts.length, path).toBeGreaterThan(0);
      expect(scripts.every((n) => n === nonce), path).toBe(true);
    }
    const api = await request.get("/api/admin/users");
    expectBase(api.headers(), "api");
    expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    const script = await page.locator("script[src*='/_next/static/']").first().getAttribute("src");
    expectBase((await request.get(script!)).headers(), "static file");
    expect(checked).toHaveLength(6);
  });

  test("the CSP blocks none of the app's own scripts: pages hydrate and work", async ({ page, researcher }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.goto("/login");
    // Client-side validation answers without a round trip: the form's script runs.
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect(page.getByText("Vul een e-mailadres in.")).toBeVisible();
    await page.goto(`/s/${SLUG}`);
    await expect(page.getByRole("button", { name: /^(Start|Volgende)$/ })).toBeVisible();
    await signInAsAdmin(page);
    await page.goto("/admin/users");
    // The remove button's first step is client-side state.
    const remove = page.getByRole("button", { name: `${researcher.email} verwijderen` });
    await remove.click();
    await expect(remove).toBeHidden();
    expect(violations).toEqual([]);
  });
});

test.describe("malformed input is a clear 4xx, never a 500", () => {
  test("paths with %00 or %ff, and a callbackUrl next-auth cannot parse", async ({ request, baseURL }) => {
    const port = new URL(baseURL!).port;
    const evil = encodeURIComponent(`https://localhost:${port}.evil.example/`);
    const cases: [string, string][] = [
      ["GET", "/s/%00"],
      ["GET", "/s/%ff"],
      ["PUT", `/api/s/%00/responses/${randomUUID()}`],
      ["PUT", `/api/s/%ff/responses/${randomUUID()}`],
      ["GET", `/api/auth/signin?callbackUrl=${evil}`],
      ["GET", `/login?callbackUrl=${evil}`],
    ];
    for (const [method, url] of cases) {
      const response = await request.fetch(url, { method, data: method === "PUT" ? {} : undefined, maxRedirects: 0 });
      expect(response.status(), `${method} ${url}`).toBeGreaterThanOrEqual(200);
      expect(response.status(), `${method} ${url}`).toBeLessThan(500);
    }
    const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const signOut = await request.post("/api/auth/signout", {
      form: { csrfToken: csrf.csrfToken, callbackUrl: decodeURIComponent(evil), json: "true" },
      maxRedirects: 0,
    });
    expect(signOut.status()).toBe(400);
  });

  test("a save with a NUL character, 20,000 levels of nesting or a __proto__ key is a 400 and changes nothing", async ({ request }) => {
    const id = randomUUID();
    const secret = randomBytes(24).toString("base64url");
    const url = `/api/s/${SLUG}/responses/${id}`;
    const put = (seq: number, page: string, values: unknown) =>
      request.fetch(url, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        data: `{"secret":"${secret}","seq":${seq},"page":"${page}","durationMs":1000,"values":${typeof values === "string" ? values : JSON.stringify(values)}}`,
      });
    const deep = `{"consent":true,"x":${"[".repeat(20_000)}${"]".repeat(20_000)}}`;
    expect((await put(1, "welcome", deep)).status()).toBe(400);
    expect((await put(1, "welcome", '{"consent":true,"__proto__":{"isAdmin":true}}')).status()).toBe(400);
    expect((await put(1, "welcome", { consent: true })).status()).toBe(200);
    const nul = await put(2, "bg", { bg_function: "anders", bg_function_other: "a\u0000b", bg_province: "fryslan", bg_sector: "mbo" });
    expect(nul.status()).toBe(400);
    expect(((await nul.json()) as { error: string }).error).toMatch(/ongeldig teken/);
    const state = await request.get(url, { headers: { "x-response-secret": secret } });
    expect(((await state.json()) as { seq: number; currentPage: string })).toMatchObject({ seq: 1, currentPage: "bg" });
  });
});
