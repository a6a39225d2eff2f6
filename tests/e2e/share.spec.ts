import { readFileSync } from "node:fs";
import type { Download, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { newRespondent, respondPart1, respondPart2 } from "./dashboard.helpers";
import { e2eDatabase } from "./db";

/**
 * Results that leave the app: charts as PNG and SVG, the whole page as PDF, and read-only share
 * links for people without an account (open signed out, refused once revoked or expired).
 */
const SLUG = "internationale-competenties";
const SHOTS = process.env.SHOTS_DIR ?? "tests/e2e/.output";
const CHART = ".recharts-wrapper > svg.recharts-surface";

async function withRespondents(browser: import("@playwright/test").Browser) {
  const respondent = await browser.newContext();
  await respondPart1(respondent.request, newRespondent(SLUG));
  await respondPart2(respondent.request, newRespondent(SLUG));
  await respondent.close();
}

async function saved(download: Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}

/** Makes a link on the share page (reached from the results page) and returns its URL. */
async function makeLink(page: Page, label: string, expiresOn = "", fixFilters = true): Promise<string> {
  await page.goto(`/admin/s/${SLUG}/results?includePartial=true`);
  await page.getByTestId("results-share").click();
  await expect(page).toHaveURL(new RegExp(`/admin/s/${SLUG}/share\\?includePartial=true`));
  await page.getByLabel("Omschrijving (optioneel, ook te zien voor wie de link opent)").fill(label);
  if (expiresOn) await page.getByLabel("Geldig tot en met (optioneel)").fill(expiresOn);
  if (!fixFilters) await page.getByLabel(/Filters vastleggen/).uncheck();
  await page.getByRole("button", { name: "Link maken" }).click();
  const url = await page.getByTestId("share-url").inputValue();
  expect(url).toMatch(/\/r\/[A-Za-z0-9_-]{43}$/);
  return url;
}

test("a share link opens the results signed out, and is refused once revoked or expired", async ({ page, browser, researcher }) => {
  test.setTimeout(120_000);
  await withRespondents(browser);
  await signIn(page, researcher);
  const label = `Stuurgroep ${Date.now()}`;
  const url = await makeLink(page, label);
  await page.screenshot({ path: `${SHOTS}/share-created-1440.png`, fullPage: true });
  await page.reload();
  const row = page.getByTestId("share-row").filter({ hasText: label });
  await expect(row).toHaveAttribute("data-status", "active");
  await expect(row).toContainText("incl. gedeeltelijk ingevulde antwoorden");
  for (const width of [1440, 768]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `no horizontal scrolling at ${width} px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/share-manage-${width}.png`, fullPage: true });
  }

  // A visitor without any cookie.
  const visitor = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const shared = await visitor.newPage();
  const response = await shared.goto(url);
  expect(response?.status()).toBe(200);
  await expect(shared.getByTestId("shared-results")).toBeVisible();
  await expect(shared.getByTestId("shared-filters")).toContainText("incl. gedeeltelijk ingevulde antwoorden");
  await expect(shared.getByTestId("figure-figuur-1").locator(CHART)).toBeVisible();
  await expect(shared.locator('a[href^="/admin"], a[href^="/api"]')).toHaveCount(0);
  await expect(shared.getByTestId("signed-in-email")).toHaveCount(0);
  await expect(shared.getByTestId("saved-views")).toHaveCount(0);
  const overflow = await shared.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "no horizontal scrolling on a phone").toBeLessThanOrEqual(0);
  await shared.screenshot({ path: `${SHOTS}/share-shared-390.png` });
  await shared.getByTestId("figure-figuur-1").scrollIntoViewIfNeeded();
  await shared.screenshot({ path: `${SHOTS}/share-shared-390-figure.png` });
  // The link opens these results, nothing else: the admin area still wants a sign-in.
  await shared.goto(`/admin/s/${SLUG}`);
  await expect(shared).toHaveURL(/\/login/);
  expect((await visitor.request.get(`/api/admin/s/${SLUG}/export?format=csv-wide`)).status()).toBe(401);
  expect((await visitor.request.get(`/api/admin/s/${SLUG}/results/pdf`)).status()).toBe(401);

  // Without fixed filters the visitor chooses them, and stays on the shared page.
  const free = await makeLink(page, `Vrij ${Date.now()}`, "", false);
  await shared.goto(free);
  await expect(shared.getByTestId("shared-filters")).toHaveCount(0);
  await shared.getByLabel("Ook gedeeltelijk ingevulde antwoorden").check();
  await shared.getByRole("button", { name: "Toepassen" }).click();
  await expect(shared).toHaveURL(new RegExp(`${new URL(free).pathname}\\?.*includePartial=true`));
  await expect(shared.getByTestId("figure-figuur-1").getByTestId("figure-base")).toContainText("incl. gedeeltelijk");
  await page.goto(`/admin/s/${SLUG}/share`);

  // Revoked: the same URL now says it is no longer valid.
  await row.getByRole("button", { name: /intrekken/ }).click();
  await expect(page.getByTestId("share-row").filter({ hasText: label })).toHaveAttribute("data-status", "revoked");
  const revoked = await shared.goto(url);
  expect(revoked?.status()).toBe(404);
  await expect(shared.getByRole("heading", { name: "Deze link is niet (meer) geldig" })).toBeVisible();
  await expect(shared.getByTestId("figure-figuur-1")).toHaveCount(0);

  // Expired: a link valid through today, whose end is then moved into the past.
  const expiring = await makeLink(page, `Tot vandaag ${Date.now()}`, new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date()));
  expect((await shared.goto(expiring))?.status()).toBe(200);
  const db = await e2eDatabase();
  try {
    await db.query(`UPDATE share_link SET expires_at = now() - interval '1 minute' WHERE id = (SELECT id FROM share_link ORDER BY created_at DESC LIMIT 1)`);
  } finally {
    await db.end();
  }
  expect((await shared.goto(expiring))?.status()).toBe(404);
  await expect(shared.getByTestId("share-invalid")).toContainText("niet (meer) geldig");
  await visitor.close();

  // Every use and refusal is in the audit log, without the token.
  const audit = await e2eDatabase();
  try {
    const { rows } = await audit.query<{ action: string; details: string }>(`SELECT action, details::text FROM audit_event ORDER BY id`);
    const actions = rows.map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["share_link.created", "share_link.used", "share_link.revoked", "share_link.refused"]));
    const token = url.split("/r/")[1];
    expect(rows.some((r) => r.details.includes(token))).toBe(false);
  } finally {
    await audit.end();
  }
});

test("charts download as PNG and SVG that stand alone", async ({ page, browser, researcher }) => {
  test.setTimeout(120_000);
  await withRespondents(browser);
  await signIn(page, researcher);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/admin/s/${SLUG}/results`);
  const card = page.getByTestId("figure-figuur-1");
  await expect(card.locator(CHART)).toBeVisible();
  const title = (await card.locator("h3").innerText()).trim();
  const chartWidth = await card.locator(CHART).evaluate((svg) => svg.getBoundingClientRect().width);

  const [png] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: /als PNG downloaden/ }).click()]);
  expect(png.suggestedFilename()).toBe("figuur-1.png");
  const bytes = await saved(png);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  // Drawn at 2x: the chart plus its margins, and room for the title and base line above it.
  expect(width).toBeGreaterThanOrEqual(2 * chartWidth);
  expect(width).toBeLessThan(2 * chartWidth + 100);
  expect(height).toBeGreaterThan(300);
  expect(height).toBeLessThan(10_000);

  const [svgDownload] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: /als SVG downloaden/ }).click()]);
  expect(svgDownload.suggestedFilename()).toBe("figuur-1.svg");
  const svg = (await saved(svgDownload)).toString("utf8");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      root: doc.documentElement.localName,
      texts: [...doc.querySelectorAll("text")].map((t) => t.textContent ?? "").join("\n"),
      bars: doc.querySelectorAll(".recharts-bar-rectangle").length,
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe("svg");
  expect(parsed.texts.replace(/\n/g, " ")).toContain(title);
  expect(parsed.texts).toMatch(/N = \d/);
  expect(parsed.bars).toBeGreaterThan(0);

  await expect(page.getByTestId("results-pdf")).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/share-results-1440.png` });
  await page.setViewportSize({ width: 768, height: 1000 });
  await expect(card.locator(CHART)).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/share-results-768.png` });
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/share-results-768-figure.png` });
  if (process.env.SHOTS_DIR) {
    (await import("node:fs")).writeFileSync(`${SHOTS}/figuur-1.svg`, svg);
    (await import("node:fs")).writeFileSync(`${SHOTS}/figuur-1.png`, bytes);
  }
});

test("the results page downloads as a PDF report of several pages", async ({ page, browser, researcher }) => {
  test.setTimeout(180_000);
  await withRespondents(browser);
  await signIn(page, researcher);
  await page.goto(`/admin/s/${SLUG}/results?includePartial=true`);
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), page.getByTestId("results-pdf").click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^resultaten-${SLUG}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
  const pdf = await saved(download);
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages.length).toBeGreaterThan(1);
  if (process.env.SHOTS_DIR) (await import("node:fs")).writeFileSync(`${SHOTS}/results.pdf`, pdf);
});
