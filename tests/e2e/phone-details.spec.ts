import { randomBytes, randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import {
  CHOICE, SEQUENTIAL, background, chooseActivity, development, expectPage, h1, next, otherActivities, top5, toPart, welcome,
} from "./respondent.helpers";

/** Small things on a phone that add up: keys, tap targets, sharing, errors, previews, texts. */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

async function toFactors(page: Page) {
  await toPart(page, 1);
  await chooseActivity(page, "Stage in het buitenland");
  await expect(page.getByRole("slider").first()).toBeVisible();
}

test("Enter on an answered slider does not submit the page; after Wis by keyboard the slider has focus", async ({ page }) => {
  await toFactors(page);
  const form = page.locator("form[data-page]");
  const slider = page.getByRole("slider").first();
  await slider.focus();
  await page.keyboard.press("ArrowRight");
  await expect(slider).toHaveAttribute("aria-valuetext", /^6/);
  await page.keyboard.press("Enter");
  await page.waitForTimeout(800);
  await expect(form).toHaveAttribute("data-page", "p1_factors");
  await expect(page.locator(".sv-notice-error")).toHaveCount(0);

  const wis = page.getByRole("button", { name: /^Wis/ }).first();
  await wis.focus();
  await page.keyboard.press("Enter");
  await expect(slider).toHaveAttribute("aria-valuetext", "Nog niet gekozen");
  await expect(slider).toBeFocused();
});

test("Wis, the resume link and Kopieer link are at least 44 px tall", async ({ page }) => {
  await toFactors(page);
  const heights = async () => {
    const wis = await page.getByRole("button", { name: /^Wis/ }).first().boundingBox();
    const summary = await page.getByText("Later verder? Bewaar deze link").boundingBox();
    await page.getByText("Later verder? Bewaar deze link").click();
    const copy = await page.getByRole("button", { name: "Kopieer link" }).boundingBox();
    const link = await page.getByTestId("resume-link").boundingBox();
    return { wis: wis!.height, summary: summary!.height, copy: copy!.height, link: link!.height };
  };
  const h = await heights();
  for (const [name, height] of Object.entries(h)) expect(height, name).toBeGreaterThanOrEqual(44);
});

test("Kopieer link with the clipboard blocked: the share sheet when the phone has one, otherwise the link selected", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new DOMException("blocked", "NotAllowedError")) } });
    const w = window as unknown as { __shared?: unknown[] };
    if (sessionStorage.getItem("share") === "yes") {
      Object.defineProperty(navigator, "share", { value: (data: unknown) => ((w.__shared ??= []).push(data), Promise.resolve()) });
    }
  });
  await toFactors(page);
  await page.getByText("Later verder? Bewaar deze link").click();
  await page.getByRole("button", { name: "Kopieer link" }).click();
  await expect(page.getByText("Selecteer en kopieer de link")).toBeVisible();
  const href = await page.getByTestId("resume-link").getAttribute("href");
  expect(await page.evaluate(() => String(window.getSelection()))).toBe(href);

  await page.evaluate(() => sessionStorage.setItem("share", "yes"));
  await page.reload();
  await expect(page.getByRole("slider").first()).toBeVisible();
  await page.getByText("Later verder? Bewaar deze link").click();
  await page.getByRole("button", { name: /Kopieer link|Deel link/ }).click();
  const shared = await page.evaluate(() => (window as unknown as { __shared?: { url: string }[] }).__shared);
  expect(shared?.[0]?.url).toBe(href);
});

test("an unknown survey link and an unknown page answer in Dutch", async ({ page }) => {
  const survey = await page.goto("/s/bestaat-niet");
  expect(survey!.status()).toBe(404);
  await expect(h1(page)).toHaveText("Deze vragenlijst bestaat niet (meer)");
  await expect(page.getByText(/link/).first()).toBeVisible();
  const other = await page.goto("/geen-pagina");
  expect(other!.status()).toBe(404);
  await expect(h1(page)).toHaveText("Pagina niet gevonden");
  await expect(page.getByText("This page could not be found")).toHaveCount(0);
});

test("the survey page has an icon and a link preview (title, description, Open Graph); nothing it loads is missing", async ({ page, request }) => {
  const missing: string[] = [];
  page.on("response", (r) => r.status() === 404 && missing.push(r.url()));
  await page.goto(`/s/${CHOICE}`);
  await expect(page.locator("form[data-page]")).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(missing).toEqual([]);
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect((await request.get(icon!)).status()).toBe(200);
  const meta = (sel: string) => page.locator(sel).getAttribute("content");
  expect(await meta('meta[property="og:title"]')).toBe("Internationale competenties: welke activiteiten leiden tot welke competenties?");
  expect(await meta('meta[property="og:description"]')).toMatch(/^Met dit onderzoek brengen we in kaart .*…$/);
  expect(await meta('meta[property="og:type"]')).toBe("website");
  expect(await meta('meta[name="description"]')).toMatch(/^Met dit onderzoek/);
});

test("the welcome page shows the title once and how long it takes at the top", async ({ page }) => {
  await page.goto(`/s/${CHOICE}`);
  await expect(page.locator("form[data-page]")).toBeVisible();
  await expect(page.getByText("Internationale competenties: welke activiteiten leiden tot welke competenties?", { exact: true })).toHaveCount(1);
  const estimate = page.getByText("Invullen duurt ongeveer 8 tot 10 minuten", { exact: false });
  await expect(estimate).toBeVisible();
  const [e, p] = await Promise.all([estimate.boundingBox(), page.getByText(/^Met dit onderzoek/).boundingBox()]);
  expect(e!.y).toBeLessThan(p!.y);
  expect(e!.y + e!.height).toBeLessThan(844);
  await page.screenshot({ path: "tests/e2e/.output/phone/welcome-after.png" });
});

test("parts in a row: the first page of each part introduces it", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`/s/${SEQUENTIAL}`);
  await welcome(page);
  await expect(page.getByTestId("part-intro")).toHaveCount(0);
  await background(page);
  const intro = page.getByTestId("part-intro");
  await expect(intro).toContainText("Deel 1 van 2 · ongeveer 10 minuten");
  await expect(intro).toContainText("Je beantwoordt de vragen als begeleider");
  await chooseActivity(page, "Stage in het buitenland");
  await expect(intro).toHaveCount(0);
  await next(page);
  await development(page, 1);
  await top5(page);
  await otherActivities(page);
  await expect(intro).toContainText("Deel 2 van 2 · ongeveer 8 minuten");
  await expect(intro).toContainText("over je eigen ontwikkeling als onderwijsprofessional");
  await expectPage(page, /^Deel 2/);
});

test("a save with an unknown field is refused with a Dutch message", async ({ request }) => {
  const id = randomUUID();
  const secret = randomBytes(24).toString("base64url");
  const envelope = await request.put(`/api/s/${CHOICE}/responses/${id}`, {
    data: { secret, seq: 1, page: "welcome", durationMs: 1000, values: { consent: true }, extra: 1 },
  });
  expect(envelope.status()).toBe(400);
  const body = (await envelope.json()) as { error: string; fields?: Record<string, string> };
  expect(body.error).toContain('Onbekend veld: "extra"');
  expect(JSON.stringify(body)).not.toMatch(/Unrecognized|Too big|Invalid/);
  const tooLong = await request.put(`/api/s/${CHOICE}/responses/${id}`, {
    data: { secret, seq: 1, page: "x".repeat(41), durationMs: 1000, values: {} },
  });
  expect(tooLong.status()).toBe(400);
  expect(JSON.stringify(await tooLong.json())).not.toMatch(/Too big|Invalid/);
});
