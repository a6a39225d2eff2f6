import { randomUUID } from "node:crypto";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { E2E_ADMIN } from "../../playwright.config";

/**
 * Shared Playwright fixtures. Tests sign in through next-auth's credentials endpoint, not the
 * form (only tests/e2e/auth.spec.ts drives the form), and create their own researcher accounts.
 *
 *   import { test, expect, signIn, E2E_ADMIN } from "./fixtures";
 *   test("…", async ({ page, researcher }) => { await signIn(page, researcher); … });
 */
export { expect, E2E_ADMIN };

export type TCredentials = { email: string; password: string };
export type TTestAccount = TCredentials & { id: string; name: string | null; role: "admin" | "researcher" };

/** Signs a request context in; its cookies are the browser context's when it is `page.request`. */
export async function signInRequest(request: APIRequestContext, credentials: TCredentials, headers?: Record<string, string>): Promise<void> {
  const csrf = await request.get("/api/auth/csrf", { headers });
  expect(csrf.ok(), "GET /api/auth/csrf").toBeTruthy();
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: credentials.email, password: credentials.password, json: "true" },
    headers,
    maxRedirects: 0,
  });
  const { url } = (await response.json()) as { url?: string };
  const error = url ? new URL(url).searchParams.get("error") : "no url";
  if (error) throw new Error(`Sign-in as ${credentials.email} failed: ${error}`);
}

/** Signs the page's browser context in (session cookie set, no form, no navigation). */
export async function signIn(page: Page, credentials: TCredentials): Promise<void> {
  await signInRequest(page.request, credentials);
}

export async function signInAsAdmin(page: Page): Promise<void> {
  await signIn(page, E2E_ADMIN);
}

/** A unique e-mail address per call, so tests never share accounts. */
export function uniqueEmail(prefix = "onderzoeker"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.org`;
}

type TFixtures = {
  /** An API client signed in as the e2e admin (separate from `page`). */
  adminApi: APIRequestContext;
  /** Creates an account through POST /api/admin/users; removed again after the test. */
  createAccount: (options?: { role?: "admin" | "researcher"; name?: string; email?: string; password?: string }) => Promise<TTestAccount>;
  /** A fresh researcher account for this test (not signed in: call signIn(page, researcher)). */
  researcher: TTestAccount;
};

export const test = base.extend<TFixtures>({
  adminApi: async ({ playwright, baseURL }, use) => {
    const api = await playwright.request.newContext({ baseURL });
    await signInRequest(api, E2E_ADMIN);
    await use(api);
    await api.dispose();
  },
  createAccount: async ({ adminApi }, use) => {
    const created: string[] = [];
    await use(async (options = {}) => {
      const input = {
        email: options.email ?? uniqueEmail(options.role === "admin" ? "beheerder" : "onderzoeker"),
        name: options.name ?? "Test Onderzoeker",
        password: options.password ?? `pw-${randomUUID()}`,
        role: options.role ?? "researcher",
      };
      const response = await adminApi.post("/api/admin/users", { data: input });
      expect(response.status(), await response.text()).toBe(201);
      const { user } = (await response.json()) as { user: TTestAccount };
      created.push(user.id);
      return { ...user, password: input.password };
    });
    for (const id of created) await adminApi.delete(`/api/admin/users/${id}`);
  },
  researcher: async ({ createAccount }, use) => {
    await use(await createAccount({ role: "researcher" }));
  },
});
