import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { newRespondent, type TApiRespondent } from "./dashboard.helpers";
import { parseCsv } from "../support/csv";

/**
 * Which client address counts for the duplicate check (and the sign-in limit). The e2e server
 * trusts 127.0.0.1 as a proxy (TRUSTED_PROXIES in playwright.config.ts); requests over IPv6
 * loopback (::1) are a client reaching the app directly, whose X-Forwarded-For must not count.
 */
const SLUG = "internationale-competenties-sequentieel";

async function startWith(request: APIRequestContext, headers: Record<string, string>): Promise<TApiRespondent> {
  const r = newRespondent(SLUG);
  const res = await request.put(`/api/s/${SLUG}/responses/${r.id}`, {
    data: { secret: r.secret, seq: 1, page: "welcome", durationMs: 1000, values: { consent: true } },
    headers,
  });
  expect(res.status(), await res.text()).toBe(200);
  return r;
}

async function duplicateFlags(adminApi: APIRequestContext): Promise<Map<string, string>> {
  const res = await adminApi.get(`/api/admin/s/${SLUG}/export?format=csv-wide&includePartial=true`);
  expect(res.status()).toBe(200);
  const [header, ...rows] = parseCsv(await res.text());
  const id = header.indexOf("response_id");
  const flag = header.indexOf("is_duplicate");
  return new Map(rows.map((r) => [r[id], r[flag]]));
}

test("a direct client's X-Forwarded-For is ignored; a trusted proxy's is used", async ({ playwright, request, adminApi, baseURL }) => {
  const port = new URL(baseURL!).port;
  const direct = await playwright.request.newContext({ baseURL: `http://[::1]:${port}` });
  try {
    // Directly, over ::1: claimed addresses (and the internal header) change nothing.
    const a = await startWith(direct, { "x-forwarded-for": "203.0.113.50" });
    const b = await startWith(direct, { "x-forwarded-for": "203.0.113.51" });
    const c = await startWith(direct, { "x-forwarded-for": "203.0.113.52", "x-enquete-client-address": "203.0.113.53" });
    // Through the trusted proxy (127.0.0.1): the address it forwards counts.
    const d = await startWith(request, { "x-forwarded-for": "192.0.2.200" });
    const e = await startWith(request, { "x-forwarded-for": "198.51.100.9, 192.0.2.200" });
    const f = await startWith(request, { "x-forwarded-for": "192.0.2.201" });

    const flags = await duplicateFlags(adminApi);
    expect([a, b, c, d, e, f].map((r) => flags.get(r.id))).toEqual(["0", "1", "1", "0", "1", "0"]);
  } finally {
    await direct.dispose();
  }
});
