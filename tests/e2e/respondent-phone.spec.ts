import { expect, test } from "@playwright/test";
import { CHOICE, background, credentials, development, expectPage, factors, next, otherActivities, raffle, serverState, top5, welcome } from "./respondent.helpers";

/** Part 1 on a 390 px phone; screenshots of every page land in tests/e2e/.output/phone/ to look at. */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("part 1 on a phone-sized screen, with a screenshot of every page", async ({ page }) => {
  test.setTimeout(180_000);
  const shot = async (name: string) => {
    // No horizontal scrolling on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `tests/e2e/.output/phone/${name}.png`, fullPage: true });
    await page.screenshot({ path: `tests/e2e/.output/phone/${name}-screen.png` });
  };
  await page.goto(`/s/${CHOICE}`);
  await shot("01-welcome");
  await welcome(page);
  await shot("02-bg");
  await background(page);
  await page.getByRole("radio", { name: /Deel 1/ }).check();
  await shot("03-choice");
  await next(page);
  await page.getByRole("radio", { name: "Uitwisseling in het buitenland" }).check();
  await shot("04-activity");
  await next(page);
  // One slider moved, the others untouched: both states in the screenshot.
  await page.getByRole("slider").nth(3).focus();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByRole("slider").nth(3)).toHaveAttribute("aria-valuetext", "4");
  await shot("05-factors");
  await factors(page, 2);
  // On a phone each competence is one row: its statement, then the scale as five buttons side by
  // side (numbers; each named by its label), the ends of the scale named once above the rows.
  const firstRow = page.locator("fieldset.sv-scale-row").first();
  await expect(firstRow.getByRole("radio", { name: "In sterke mate" })).toBeAttached();
  const [a, b] = await Promise.all([0, 1].map((i) => firstRow.locator("label").nth(i).boundingBox()));
  expect(b!.y).toBe(a!.y);
  expect(b!.x).toBeGreaterThan(a!.x);
  expect(a!.height).toBeGreaterThanOrEqual(44);
  await expect(page.locator(".sv-grid-head")).toContainText("Helemaal niet");
  await firstRow.getByRole("radio").nth(2).check();
  await shot("06-dev");
  await development(page, 2);
  await page.getByRole("checkbox").nth(0).check();
  await shot("07-top5");
  await page.getByRole("checkbox").nth(0).uncheck();
  await top5(page);
  await page.getByRole("checkbox", { name: "Anders, namelijk" }).check();
  await page.getByLabel("Namelijk:").fill("Gastlessen");
  await shot("08-other");
  await page.getByRole("checkbox", { name: "Anders, namelijk" }).uncheck();
  await otherActivities(page);
  await shot("09-raffle");
  await raffle(page);
  await expectPage(page, "Bedankt voor je deelname!");
  await shot("10-done");
});

const back = (page: import("@playwright/test").Page) => page.getByRole("button", { name: "Vorige" }).click();

test("a changed activity after Vorige: the new activity's page saves", async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.goto(`/s/${CHOICE}`);
  await welcome(page);
  await background(page);
  await page.getByRole("radio", { name: /Deel 1/ }).check();
  await next(page);
  await page.getByRole("radio", { name: "Stage in het buitenland" }).check();
  await next(page);
  await page.getByRole("slider").first().focus();
  await page.keyboard.press("ArrowRight");
  await back(page);
  await page.getByRole("radio", { name: "Uitwisseling in het buitenland" }).check();
  await next(page);
  await page.getByRole("slider").nth(1).focus();
  await page.keyboard.press("ArrowLeft");
  await next(page);
  await expect(page.locator("fieldset.sv-scale-row").first()).toBeVisible();
  const state = await serverState(request, CHOICE, await credentials(page, CHOICE));
  const factors = state.values.p1_factors as Record<string, number>;
  expect(Object.keys(factors).every((k) => k.startsWith("p1_factor_uitwisseling_"))).toBe(true);
  expect(Object.keys(factors).length).toBeGreaterThan(0);
});

test("part 2: ratings given for one activity are not offered again for another", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`/s/${CHOICE}`);
  await welcome(page);
  await background(page);
  await page.getByRole("radio", { name: /Deel 2/ }).check();
  await next(page);
  await page.getByRole("radio", { name: "Deelname aan een internationaal congres" }).check();
  await next(page);
  const rows = page.locator("fieldset.sv-scale-row");
  await rows.nth(0).getByRole("radio").nth(3).check();
  await rows.nth(1).getByRole("radio").nth(2).check();
  await back(page);
  await page.getByRole("radio", { name: "Deelname aan een cursus in het buitenland" }).check();
  await next(page);
  await expect(rows.first()).toBeVisible();
  await expect(page.locator("fieldset.sv-scale-row input:checked")).toHaveCount(0);
});
