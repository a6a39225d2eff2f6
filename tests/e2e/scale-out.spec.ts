import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { freePort, startEmbeddedPostgres, type TEmbeddedDb } from "@/lib/db/embedded";
import { newRespondent, respondPart1, savePage } from "./dashboard.helpers";
import { signInRequest } from "./fixtures";
import { background, welcome } from "./respondent.helpers";
import { sharedSettings, startInstance, startProxy, stopInstance, UPSTREAM_HEADER, type TInstance, type TProxy } from "./scale-out.helpers";

/**
 * Scale-out: two app instances (each started as `npm start` starts it) on one PostgreSQL behind
 * a round-robin load balancer. Saves go through both and none is lost, a dashboard served by one
 * instance updates live from saves taken by the other, and the sign-in limits count failures on
 * both. The instances start at the same moment on an empty database, so migrations, survey
 * seeding, the shared sign-in secret and the first admin are set up by two processes at once.
 */
const SLUG = "internationale-competenties";
const ADMIN = { email: "beheer@scale-out.example.org", password: "scale-out-admin-password" };

test.describe.configure({ mode: "serial" });

let dir: string;
let db: TEmbeddedDb | undefined;
let proxy: TProxy | undefined;
let instances: TInstance[] = [];

test.beforeAll(async () => {
  test.setTimeout(360_000);
  dir = mkdtempSync(path.join(os.tmpdir(), "enquete-scale-out-"));
  db = await startEmbeddedPostgres({ dir: path.join(dir, "db"), isPersistent: false });
  const ports = [await freePort(), await freePort()];
  expect(ports[0]).not.toBe(ports[1]);
  proxy = await startProxy([{ name: "a", port: ports[0] }, { name: "b", port: ports[1] }]);
  const shared = sharedSettings(db.url, proxy.url, ADMIN);
  instances = await Promise.all(
    ["a", "b"].map((name, i) => startInstance(name, ports[i], { ...shared, DATA_DIR: path.join(dir, name) })),
  );
});

test.afterAll(async () => {
  await proxy?.close();
  await Promise.all(instances.map(stopInstance));
  await db?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A request context through the load balancer; `pin` sends every request to that instance. */
async function client(playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } }, pin?: string) {
  return playwright.request.newContext({ baseURL: proxy!.url, extraHTTPHeaders: pin ? { [UPSTREAM_HEADER]: pin } : {} });
}

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: db!.url });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

test("both instances started on one empty database: one set of migrations, surveys and one admin", async () => {
  const [counts] = await query<{ admins: number; versions: number; secrets: number }>(
    `SELECT (SELECT count(*)::int FROM app_user WHERE email = $1) AS admins,
            (SELECT count(*)::int FROM survey_version) AS versions,
            (SELECT count(*)::int FROM app_secret WHERE name = 'auth_secret') AS secrets`,
    [ADMIN.email],
  );
  expect(counts.admins).toBe(1);
  expect(counts.secrets).toBe(1);
  expect(counts.versions).toBeGreaterThan(0);
  for (const i of instances) expect(i.output(), i.name).not.toMatch(/✖|Error:/);
});

test("respondents' saves go through both instances and every one is stored", async ({ playwright }) => {
  const api = await client(playwright);
  const respondents = Array.from({ length: 12 }, () => newRespondent(SLUG));
  // Round robin: each respondent's pages alternate between the instances, 12 at a time.
  const results = await Promise.all(respondents.map((r) => respondPart1(api, r)));
  expect(results.every((r) => r.isFinished)).toBe(true);
  const saves = (name: string) => proxy!.counts.get(`${name} PUT /api/s`) ?? 0;
  expect(saves("a")).toBeGreaterThan(30);
  expect(saves("b")).toBeGreaterThan(30);

  // A retry of the last save reaching the other instance is recognised as the same save.
  const r = respondents[0];
  const again = await api.put(`/api/s/${SLUG}/responses/${r.id}`, {
    data: { secret: r.secret, seq: r.seq, page: "raffle", durationMs: 4000, values: { email: "" } },
  });
  expect(again.status(), await again.text()).toBe(200);

  const stored = await query<{ finished: number; answers: number; visits: number }>(
    `SELECT count(*) FILTER (WHERE r.finished_at IS NOT NULL)::int AS finished,
            (SELECT count(*)::int FROM answer a WHERE a.response_id = ANY($1::uuid[])) AS answers,
            (SELECT count(DISTINCT (v.response_id, v.page_id))::int FROM page_visit v WHERE v.response_id = ANY($1::uuid[])) AS visits
       FROM response r WHERE r.id = ANY($1::uuid[])`,
    [respondents.map((x) => x.id)],
  );
  expect(stored[0].finished).toBe(12);
  expect(stored[0].visits).toBe(12 * 9);
  // The same answers from every respondent: 12 times one respondent's number of answer rows.
  const [one] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM answer WHERE response_id = $1`, [r.id]);
  expect(one.n).toBeGreaterThan(10);
  expect(stored[0].answers).toBe(12 * one.n);
  await api.dispose();
});

test("the questionnaire's pages and scripts load through the load balancer from both instances", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: proxy!.url });
  const page = await context.newPage();
  await page.goto(`/s/${SLUG}`);
  await welcome(page);
  await background(page);
  await expect(page.getByRole("radio", { name: /Deel 1/ })).toBeVisible();
  const served = (name: string) => [...proxy!.counts].filter(([k]) => k.startsWith(`${name} GET`)).reduce((s, [, n]) => s + n, 0);
  expect(served("a")).toBeGreaterThan(0);
  expect(served("b")).toBeGreaterThan(0);
  await context.close();
});

async function dashboardOn(browser: Browser, instance: string) {
  const context = await browser.newContext({ baseURL: proxy!.url, extraHTTPHeaders: { [UPSTREAM_HEADER]: instance } });
  await signInRequest(context.request, ADMIN);
  const page = await context.newPage();
  await page.goto(`/admin/s/${SLUG}`);
  await expect(page.getByTestId("live-status")).toContainText("gecontroleerd");
  return { context, page };
}

test("a dashboard served by one instance updates live from saves taken by the other", async ({ browser, playwright }) => {
  const { context, page } = await dashboardOn(browser, "b");
  const started = Number((await page.getByTestId("stat-started").innerText()).replace(/\D/g, ""));
  const before = proxy!.counts.get("b PUT /api/s") ?? 0;
  const viaA = await client(playwright, "a");
  await savePage(viaA, newRespondent(SLUG), "welcome", { consent: true });
  await expect(page.getByTestId("stat-started")).toHaveText(String(started + 1), { timeout: 10_000 });
  expect(proxy!.counts.get("b PUT /api/s") ?? 0, "the save went to the other instance").toBe(before);
  await viaA.dispose();
  await context.close();
});

async function signInError(request: APIRequestContext, password: string): Promise<string> {
  return signInRequest(request, { email: ADMIN.email, password }).then(
    () => "",
    (error: Error) => error.message,
  );
}

test("failed sign-ins are counted across instances", async ({ playwright }) => {
  const [viaA, viaB] = [await client(playwright, "a"), await client(playwright, "b")];
  // Five wrong passwords, alternating: neither instance alone sees the five.
  for (let i = 1; i <= 5; i++) expect(await signInError(i % 2 ? viaA : viaB, `fout-${i}`)).toMatch(/CredentialsSignin/);
  // The right password is held back on both, as one instance would after five failures.
  expect(await signInError(viaB, ADMIN.password)).toMatch(/RateLimited/);
  expect(await signInError(viaA, ADMIN.password)).toMatch(/RateLimited/);
  await viaA.dispose();
  await viaB.dispose();
});
