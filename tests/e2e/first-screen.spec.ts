import { expect, test, type Page } from "@playwright/test";
import { BUDGET_GZIP_BYTES, measureRoutes } from "../../scripts/check-js-budget";
import { CHOICE, next } from "./respondent.helpers";

/**
 * The first screen on a phone: the welcome page is in the server's HTML (readable before any
 * JavaScript, and without it), the questionnaire takes over when its code has loaded, and pages
 * and scripts come compressed.
 */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const WELCOME_TEXT = /^Met dit onderzoek brengen we in kaart/;

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the welcome page is readable and says that the questionnaire needs JavaScript", async ({ page }) => {
    await page.goto(`/s/${CHOICE}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Internationale competenties/);
    await expect(page.getByText(WELCOME_TEXT)).toBeVisible();
    await expect(page.getByText(/Invullen duurt ongeveer 8 tot 10 minuten/)).toBeVisible();
    await expect(page.getByLabel(/doe vrijwillig mee/)).toBeVisible();
    // Playwright's text locators skip <noscript>: found by its test ID, read by its text.
    const message = page.getByTestId("noscript");
    await expect(message).toBeVisible();
    await expect(message).toHaveText(/^Om deze vragenlijst in te vullen is JavaScript nodig/);
    await page.screenshot({ path: "tests/e2e/.output/phone/welcome-no-js.png", fullPage: true });
  });
});

test("the welcome page is in the server's HTML, before any script runs", async ({ request }) => {
  const html = await (await request.get(`/s/${CHOICE}`)).text();
  expect(html).toContain("Met dit onderzoek brengen we in kaart");
  expect(html).toContain("Invullen duurt ongeveer 8 tot 10 minuten");
  expect(html).toContain("doe vrijwillig mee");
  expect(html).not.toContain("Vragenlijst laden");
});

test("pages and scripts come compressed; the page save does not go through the compression", async ({ request }) => {
  const res = await request.get(`/s/${CHOICE}`, { headers: { "accept-encoding": "gzip" } });
  expect(res.headers()["content-encoding"]).toBe("gzip");
  const script = /<script src="([^"]+\.js)"/.exec(await res.text())![1];
  const js = await request.get(script, { headers: { "accept-encoding": "gzip" } });
  expect(js.status()).toBe(200);
  expect(js.headers()["content-encoding"]).toBe("gzip");
  // Answered by scripts/serve.ts before Next.js: small JSON, no compression work per save.
  const save = await request.put(`/api/s/${CHOICE}/responses/${crypto.randomUUID()}`, { data: {}, headers: { "accept-encoding": "gzip" } });
  expect(save.status()).toBe(400);
  expect(save.headers()["content-encoding"]).toBeUndefined();
});

/** The scripts the served page loads are the ones `npm run check:js-budget` counts, and within budget. */
test("the survey page loads only the first screen's JavaScript, within the budget", async ({ request }) => {
  const html = await (await request.get(`/s/${CHOICE}`)).text();
  const loaded = [...html.matchAll(/<script src="\/_next\/([^"]+)"(?![^>]*noModule)/g)].map((m) => m[1]);
  const route = measureRoutes().find((r) => r.route === "/s/[slug]")!;
  expect(loaded.length).toBeGreaterThan(0);
  for (const file of loaded) expect(route.files.map((f) => f.file)).toContain(file);
  expect(route.gzip).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  expect(route.hasCharts).toBe(false);
});

/** Holds the questionnaire's own code back until `release()`: the static page is what is on screen. */
async function holdLazyChunks(page: Page) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const firstLoad = new Set(measureRoutes().find((r) => r.route === "/s/[slug]")!.files.map((f) => `/_next/${f.file}`));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    if (!firstLoad.has(new URL(route.request().url()).pathname)) await gate;
    await route.continue();
  });
  return release;
}

test("a box ticked before the questionnaire took over stays ticked; then it starts as usual", async ({ page }) => {
  const release = await holdLazyChunks(page);
  // The held chunk would hold the load event too.
  await page.goto(`/s/${CHOICE}`, { waitUntil: "domcontentloaded" });
  await expect(page.locator("form[data-static-page]")).toBeVisible();
  await expect(page.getByRole("button", { name: "Start" })).toBeDisabled();
  await page.getByLabel(/doe vrijwillig mee/).check();
  release();
  await expect(page.locator("form[data-page]")).toBeVisible();
  await expect(page.locator("form[data-static-page]")).toHaveCount(0);
  await expect(page.getByLabel(/doe vrijwillig mee/)).toBeChecked();
  await next(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Over jou en je werk");
  // A returning respondent: the static welcome first, then their own page.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Over jou en je werk");
});
