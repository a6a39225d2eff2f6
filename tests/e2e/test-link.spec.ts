import type { Page } from "@playwright/test";
import { e2eDatabase } from "./db";
import { expect, signIn, test } from "./fixtures";
import { background, credentials, development, expectPage, factors, next, otherActivities, top5, welcome } from "./respondent.helpers";

/**
 * The test link as a research team uses it before fieldwork: the researcher copies it from the
 * Versions tab, a colleague fills in the questionnaire with it on a phone (a bar on every page
 * says it is a test), monitoring does not move, the Antwoorden tab shows the response as test,
 * and one action deletes all test responses.
 */
const SLUG = "internationale-competenties";
const SHOTS = process.env.TEST_LINK_SHOTS ?? "tests/e2e/.output";
const base = `/admin/s/${SLUG}`;

async function started(page: Page): Promise<number> {
  await page.goto(base);
  return Number((await page.getByTestId("stat-started").innerText()).replace(/\D/g, ""));
}

test("copy the test link, fill in on a phone, monitoring unchanged, shown as test, delete all test responses", async ({ page, researcher, browser, baseURL }) => {
  test.setTimeout(180_000);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await signIn(page, researcher);
  const before = await started(page);

  // Versions tab: the test link, copied with its button.
  await page.getByRole("link", { name: "Versies" }).click();
  const card = page.getByTestId("test-link");
  await expect(card.getByRole("heading", { name: "Testlink" })).toBeVisible();
  const url = await card.getByTestId("test-url").inputValue();
  expect(url).toMatch(new RegExp(`^${baseURL}/s/${SLUG}\\?test=[A-Za-z0-9_-]{32,}$`));
  await card.getByRole("button", { name: "Kopiëren" }).click();
  await expect(card.getByRole("button", { name: "Gekopieerd" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await card.screenshot({ path: `${SHOTS}/test-link-versions-1440.png` });

  // A respondent on a 390 px phone, through the copied link: the bar is on every page.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, baseURL });
  const respondent = await phone.newPage();
  const bar = respondent.getByTestId("test-bar");
  await respondent.goto(url);
  await expect(bar).toContainText("Test");
  await expect(bar).toContainText("tellen nergens mee");
  expect(await respondent.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await respondent.screenshot({ path: `${SHOTS}/test-link-respondent-390.png` });
  await welcome(respondent);
  await expect(bar).toBeVisible();
  await background(respondent);
  await respondent.getByRole("radio", { name: /Deel 1/ }).check();
  await next(respondent);
  await expect(bar).toBeVisible();
  await respondent.getByRole("radio", { name: "Uitwisseling in het buitenland" }).check();
  await next(respondent);
  await factors(respondent, 2);
  await development(respondent, 2);
  await expect(bar).toBeVisible();
  await top5(respondent);
  await otherActivities(respondent);
  await expectPage(respondent, "Verloting");
  await expect(bar).toBeVisible();
  await respondent.screenshot({ path: `${SHOTS}/test-link-respondent-raffle-390.png` });
  const { responseId } = await credentials(respondent, SLUG);
  await phone.close();

  // Antwoorden: the response is there, marked as test.
  await page.goto(`${base}/responses`);
  const row = page.locator(`tr[data-response="${responseId}"]`);
  await expect(row.getByTestId("test-tag")).toHaveText("test");
  await expect(row).toContainText("Nee (test)");
  // Monitoring did not count it (the response is stored: the page above shows it).
  expect(await started(page)).toBe(before);

  // Delete all test responses, after the confirmation tick.
  await page.goto(`${base}/responses`);
  const form = page.getByRole("form", { name: "Testantwoorden verwijderen" });
  const button = form.getByRole("button", { name: /^Alle testantwoorden verwijderen \(\d+\)$/ });
  const n = Number((await button.innerText()).replace(/\D/g, ""));
  expect(n).toBeGreaterThanOrEqual(1);
  await button.click();
  await expect(form.getByRole("alert")).toHaveText("Bevestig dat alle testantwoorden definitief worden verwijderd.");
  await form.getByRole("checkbox").check();
  await button.click();
  await expect(form.getByRole("status")).toContainText(`${n} ${n === 1 ? "testantwoord" : "testantwoorden"} verwijderd`);
  await page.reload();
  await expect(page.locator(`tr[data-response="${responseId}"]`)).toHaveCount(0);
  await expect(page.getByRole("form", { name: "Testantwoorden verwijderen" })).toContainText("Er zijn geen testantwoorden.");
  expect(await started(page)).toBe(before);
});

test("the test link opens a closed survey; a wrong or renewed-away token gets the closed notice", async ({ page, researcher, browser, baseURL }) => {
  test.setTimeout(120_000);
  await signIn(page, researcher);
  await page.goto(`${base}/versions`);
  const url = await page.getByTestId("test-url").inputValue();
  const visitor = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, baseURL });
  const v = await visitor.newPage();
  try {
    await page.goto(base);
    const panel = page.getByTestId("fieldwork");
    await panel.locator("summary").click();
    await panel.getByLabel("Gesloten (met de hand)").check();
    await panel.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByTestId("fieldwork-state")).toHaveText("Gesloten (met de hand)");

    await v.goto(`/s/${SLUG}`);
    await expect(v.getByTestId("survey-closed")).toBeVisible();
    await v.goto(url.replace(/test=.*$/, `test=${"x".repeat(32)}`));
    await expect(v.getByTestId("survey-closed")).toBeVisible();
    await expect(v.getByTestId("test-bar")).toHaveCount(0);

    await v.goto(url);
    await expect(v.getByTestId("test-bar")).toBeVisible();
    await welcome(v);
    await expect(v.getByTestId("test-bar")).toBeVisible();

    // Renewed: the old link is an ordinary (closed) survey link again; the new one works.
    await page.goto(`${base}/versions`);
    await page.getByRole("button", { name: "Testlink vernieuwen" }).click();
    await expect(page.getByTestId("test-link").getByRole("status")).toHaveText("Nieuwe testlink gemaakt; de vorige werkt niet meer.");
    await expect(page.getByTestId("test-url")).not.toHaveValue(url);
    const renewed = await page.getByTestId("test-url").inputValue();
    await v.evaluate(() => localStorage.clear());
    await v.goto(url);
    await expect(v.getByTestId("survey-closed")).toBeVisible();
    await v.goto(renewed);
    await expect(v.getByTestId("test-bar")).toBeVisible();
    await expect(v.getByLabel(/doe vrijwillig mee/)).toBeVisible();
  } finally {
    await visitor.close();
    const db = await e2eDatabase();
    await db.query(`UPDATE survey SET fieldwork_mode = 'auto', opens_at = NULL, closes_at = NULL, response_limit = NULL WHERE slug = $1`, [SLUG]);
    await db.end();
  }
});
