import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** Shared steps for the respondent specs: real clicks and keys in the real questionnaire. */
export const CHOICE = "internationale-competenties";
/** The old link of the sequential flow, now version 2 of the one survey. */
export const SEQUENTIAL = "internationale-competenties-sequentieel";

export const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

export const nextButton = (page: Page) => page.getByRole("button", { name: /^(Start|Volgende|Next)$/ });

/** Clicks Next and waits until the save is acknowledged and the next page is shown. */
export async function next(page: Page) {
  const form = page.locator("form[data-page]");
  const before = await form.getAttribute("data-page");
  await nextButton(page).click();
  await expect(form).not.toHaveAttribute("data-page", before!);
}

export async function expectPage(page: Page, title: string | RegExp) {
  await expect(h1(page)).toHaveText(title);
}

export async function welcome(page: Page) {
  await expectPage(page, /Internationale competenties/);
  await page.getByLabel(/doe vrijwillig mee/).check();
  await next(page);
  await expectPage(page, "Over jou en je werk");
}

export async function background(page: Page) {
  await page.getByRole("radio", { name: "Docent", exact: true }).check();
  await page.getByRole("radio", { name: "Utrecht" }).check();
  await page.getByRole("radio", { name: /Middelbaar beroepsonderwijs/ }).check();
  await next(page);
}

/** A new respondent from the survey link to the first page of part `part` (choice mode). */
export async function toPart(page: Page, part: 1 | 2) {
  await page.goto(`/s/${CHOICE}`);
  await welcome(page);
  await background(page);
  await page.getByRole("radio", { name: new RegExp(`Deel ${part}`) }).check();
  await next(page);
}

export async function chooseActivity(page: Page, label: string | RegExp) {
  await page.getByRole("radio", { name: label }).first().check();
  await next(page);
}

/** Moves the first `count` sliders with the keyboard: untouched ones stay empty. */
export async function factors(page: Page, count: number) {
  const sliders = page.getByRole("slider");
  await expect(sliders.first()).toBeVisible();
  for (let i = 0; i < count; i++) {
    await sliders.nth(i).focus();
    await page.keyboard.press("ArrowRight");
    await expect(sliders.nth(i)).toHaveAttribute("aria-valuetext", /^6/);
  }
  await next(page);
}

/** Next with open rows in a rating grid: the first press asks "toch verder?", the second goes on. */
export async function nextPastOpenRows(page: Page) {
  await nextButton(page).click();
  await expect(page.getByRole("alert").filter({ hasText: /nog niet beantwoord — toch verder\?/ })).toBeVisible();
  await next(page);
}

/** Picks option `pick` (0-based) in each of the first `count` rows of the development grid; the others stay open. */
export async function development(page: Page, count: number, pick = 3) {
  const rows = page.locator("fieldset.sv-scale-row");
  await expect(rows.first()).toBeVisible();
  for (let i = 0; i < count; i++) await rows.nth(i).getByRole("radio").nth(pick).check();
  await (count < (await rows.count()) ? nextPastOpenRows(page) : next(page));
}

export async function top5(page: Page) {
  const boxes = page.getByRole("checkbox");
  for (let i = 0; i < 5; i++) await boxes.nth(i).check();
  await expect(page.getByText("5 van 5 gekozen")).toBeVisible();
  await next(page);
}

export async function otherActivities(page: Page) {
  await page.getByRole("checkbox", { name: "Geen andere activiteiten" }).check();
  await next(page);
}

export async function raffle(page: Page, email = "") {
  await expectPage(page, "Verloting");
  if (email) await page.getByLabel(/E-mailadres/).fill(email);
  await next(page);
}

export async function credentials(page: Page, slug: string): Promise<{ responseId: string; secret: string; seq: number }> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), `enquete:${slug}`);
  expect(raw).toBeTruthy();
  return JSON.parse(raw!);
}

export async function serverState(request: APIRequestContext, slug: string, c: { responseId: string; secret: string }) {
  const res = await request.get(`/api/s/${slug}/responses/${c.responseId}`, { headers: { "x-response-secret": c.secret } });
  expect(res.status()).toBe(200);
  return res.json();
}

/** axe-core on the current page: no serious or critical violations. */
export async function expectAccessible(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
}
