import { expect, test, type Locator, type Page } from "@playwright/test";
import { CHOICE, background, chooseActivity, credentials, expectAccessible, expectPage, next, nextButton, serverState, welcome } from "./respondent.helpers";

/**
 * The rating grids on a 390 px phone: one row per competence with the scale side by side, the
 * scale's ends in view at the top and "x van n beantwoord" at the bottom while scrolling, and a
 * "toch verder?" before open rows are left behind. The page heights are reported per run.
 */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const SCREEN = 844;

async function gridPage(page: Page, part: RegExp, activity: string) {
  await page.goto(`/s/${CHOICE}`);
  await welcome(page);
  await background(page);
  await page.getByRole("radio", { name: part }).check();
  await next(page);
  await chooseActivity(page, activity);
}

/** The page's height, noted in the report; the grid once took 17–23 screens. */
async function pageHeight(page: Page, name: string) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const description = `${name}: ${height} px (${(height / SCREEN).toFixed(1)} screens)`;
  test.info().annotations.push({ type: "page height at 390 px", description });
  console.log(`page height at 390 px, ${description}`);
  return height;
}

/** Whether the element is fully inside the screen now. */
async function isOnScreen(locator: Locator) {
  const box = await locator.boundingBox();
  return !!box && box.y >= -1 && box.y + box.height <= SCREEN + 1;
}

test("part 1: a compact grid with its scale and count in view, and a question before open rows are left", async ({ page, request }) => {
  await gridPage(page, /Deel 1/, "Stage in het buitenland");
  await next(page);

  const rows = page.locator("fieldset.sv-scale-row");
  await expect(rows).toHaveCount(34);
  expect(await pageHeight(page, "part 1 development grid (34 rows)")).toBeLessThan(5.5 * SCREEN);

  // Each row is a group named by its competence; each option is named by its full label.
  const first = page.getByRole("group", { name: "Open-minded" });
  await expect(first.getByRole("radio")).toHaveCount(5);
  await expect(first.getByRole("radio", { name: "Helemaal niet" })).toBeAttached();
  await expect(first.getByRole("radio", { name: "Enigszins" })).toBeAttached();
  await expect(first.getByRole("radio", { name: "In sterke mate" })).toBeAttached();
  // The five options side by side, each at least 44 px high and 44 px wide.
  const boxes = await Promise.all([0, 1, 2, 3, 4].map((i) => first.locator("label").nth(i).boundingBox()));
  for (const box of boxes) {
    expect(box!.y).toBe(boxes[0]!.y);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThanOrEqual(44);
  }

  // Halfway down the list the ends of the scale are still at the top, the count at the bottom.
  await rows.nth(17).scrollIntoViewIfNeeded();
  await rows.nth(17).getByRole("radio", { name: "Behoorlijk" }).check();
  await rows.nth(18).getByRole("radio", { name: "Nauwelijks" }).check();
  const head = page.locator(".sv-grid-head");
  await expect(head).toContainText("Helemaal niet");
  await expect(head).toContainText("In sterke mate");
  expect(await isOnScreen(head)).toBe(true);
  expect((await head.boundingBox())!.y).toBeLessThan(2);
  const count = page.getByText("2 van 34 beantwoord");
  await expect(count).toBeVisible();
  expect(await isOnScreen(count)).toBe(true);
  expect((await count.boundingBox())!.y).toBeGreaterThan(SCREEN - 80);
  await page.screenshot({ path: "tests/e2e/.output/phone/grid-p1-scrolled.png" });

  // The first Volgende with open rows asks; the page stays, the open rows are marked.
  await nextButton(page).click();
  const notice = page.getByRole("alert").filter({ hasText: "nog niet beantwoord" });
  await expect(notice).toContainText("32 nog niet beantwoord — toch verder?");
  await expect(page.locator("form[data-page]")).toHaveAttribute("data-page", "p1_dev");
  await expect(page.locator("fieldset.sv-scale-row.is-skipped")).toHaveCount(32);
  await page.screenshot({ path: "tests/e2e/.output/phone/grid-p1-notice.png" });
  // It can lead to the first open row (the rows are in random order); answering updates the count in the question.
  await notice.getByRole("button", { name: "Naar de eerste open rij" }).click();
  await expect(rows.nth(0).getByRole("radio").first()).toBeFocused();
  expect(await isOnScreen(rows.nth(0))).toBe(true);
  await page.keyboard.press("ArrowRight");
  await expect(rows.nth(0).getByRole("radio", { name: "Nauwelijks" })).toBeChecked();
  await expect(notice).toContainText("31 nog niet beantwoord — toch verder?");
  await expect(page.getByText("3 van 34 beantwoord")).toBeVisible();
  await expectAccessible(page);
  // The second Volgende goes on; only the answered rows are saved.
  await next(page);
  await expectPage(page, "Deel 1: leerlingen en studenten");
  const state = await serverState(request, CHOICE, await credentials(page, CHOICE));
  expect(Object.values(state.values.p1_dev as Record<string, number>).sort()).toEqual([2, 2, 4]);

  // The top 5 over the same 34 competences: the count stays in view down the list.
  const boxesTop5 = page.getByRole("checkbox");
  await expect(boxesTop5).toHaveCount(34);
  await boxesTop5.nth(0).check();
  await boxesTop5.nth(30).scrollIntoViewIfNeeded();
  await boxesTop5.nth(30).check();
  const counter = page.getByText("2 van 5 gekozen");
  await expect(counter).toBeVisible();
  expect(await isOnScreen(counter)).toBe(true);
  await page.screenshot({ path: "tests/e2e/.output/phone/top5-p1-scrolled.png" });
});

test("part 2: 'niet van toepassing' stands apart, is an answer, and the grid fits about six screens", async ({ page, request }) => {
  await gridPage(page, /Deel 2/, "Deelname aan een internationaal congres");
  const rows = page.locator("fieldset.sv-scale-row");
  await expect(rows).toHaveCount(39);
  expect(await pageHeight(page, "part 2 development grid (39 rows)")).toBeLessThan(6.5 * SCREEN);
  await expect(page.getByText("0 van 39 beantwoord")).toBeVisible();

  const row = rows.first();
  await expect(row.getByRole("radio")).toHaveCount(5);
  const scored = await row.getByRole("radio", { name: "Ontwikkel ik veel" }).locator("..").boundingBox();
  const missing = await row.getByRole("radio", { name: "Niet van toepassing" }).locator("..").boundingBox();
  // Apart from the scale: a gap between the last point and "niet van toepassing", its label shown in full.
  expect(missing!.x).toBeGreaterThan(scored!.x + scored!.width + 4);
  await expect(row.getByText("Niet van toepassing")).toBeVisible();
  await row.getByRole("radio", { name: "Niet van toepassing" }).check();
  await rows.nth(1).getByRole("radio", { name: "Ontwikkel ik redelijk" }).check();
  await expect(page.getByText("2 van 39 beantwoord")).toBeVisible();
  await page.screenshot({ path: "tests/e2e/.output/phone/grid-p2.png" });
  await expectAccessible(page);

  // Every row answered: no question, straight on.
  for (let i = 2; i < 39; i++) await rows.nth(i).getByRole("radio").nth(i % 5).check();
  await expect(page.getByText("39 van 39 beantwoord")).toBeVisible();
  await next(page);
  await expect(page.getByRole("checkbox")).toHaveCount(39);
  const state = await serverState(request, CHOICE, await credentials(page, CHOICE));
  const values = state.values.p2_dev as Record<string, number>;
  expect(Object.keys(values)).toHaveLength(39);
  expect(Object.values(values).filter((v) => v === 0).length).toBeGreaterThanOrEqual(1);
});
