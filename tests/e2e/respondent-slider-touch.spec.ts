import { expect, test, type CDPSession, type Locator, type Page } from "@playwright/test";
import { chooseActivity, toPart } from "./respondent.helpers";

/**
 * The factor sliders under a finger, on a 390 px phone: real touch sequences through the
 * browser's input pipeline (CDP Input.dispatchTouchEvent), so the browser itself decides between
 * a scroll and a gesture on the slider, as it does on a phone. Scrolling never sets or changes a
 * value; a tap on the track or on a number, or a sideways drag, does.
 */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const UNSET = "Nog niet gekozen";

type TPoint = { x: number; y: number };

async function touch(cdp: CDPSession, type: "touchStart" | "touchMove" | "touchEnd", at?: TPoint) {
  await cdp.send("Input.dispatchTouchEvent", { type, touchPoints: at ? [{ x: at.x, y: at.y, id: 1, radiusX: 4, radiusY: 4, force: 1 }] : [] });
}

/** Finger down at `from`, moved in small steps to `to`, lifted: a swipe (or a drag) as a phone sends it. */
async function gesture(page: Page, cdp: CDPSession, from: TPoint, to: TPoint, steps = 12) {
  await touch(cdp, "touchStart", from);
  for (let i = 1; i <= steps; i++) {
    await touch(cdp, "touchMove", { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps });
    await page.waitForTimeout(16);
  }
  await touch(cdp, "touchEnd");
  // Let a fling and the answer's re-render settle.
  await page.waitForTimeout(400);
}

async function tap(page: Page, cdp: CDPSession, at: TPoint) {
  await touch(cdp, "touchStart", at);
  await page.waitForTimeout(50);
  await touch(cdp, "touchEnd");
  await page.waitForTimeout(300);
}

/** Where value `v` sits on a 0–10 range input (the thumb's centre travels between its half-widths). */
async function pointOf(slider: Locator, v: number): Promise<TPoint> {
  const box = (await slider.boundingBox())!;
  const thumb = 30;
  return { x: box.x + thumb / 2 + ((box.width - thumb) * v) / 10, y: box.y + box.height / 2 };
}

/** Scrolls the slider to the upper part of the screen, so a swipe up over it has room. */
async function bringUp(page: Page, slider: Locator) {
  await slider.evaluate((el) => window.scrollTo(0, window.scrollY + el.getBoundingClientRect().top - 200));
  await page.waitForTimeout(100);
}

async function factorsPage(page: Page) {
  await toPart(page, 1);
  await chooseActivity(page, "Uitwisseling in het buitenland");
  await expect(page.getByRole("slider")).toHaveCount(8);
  return page.context().newCDPSession(page);
}

test("a vertical swipe that starts on a slider scrolls the page and leaves every value as it was", async ({ page }) => {
  const cdp = await factorsPage(page);
  const sliders = page.getByRole("slider");

  // Five swipes up over untouched sliders, each starting at another spot on the track.
  const changed: string[] = [];
  for (const [i, v] of [[0, 3], [1, 8], [2, 1], [3, 6], [4, 5]] as const) {
    await bringUp(page, sliders.nth(i));
    const start = await pointOf(sliders.nth(i), v);
    const scrolledFrom = await page.evaluate(() => window.scrollY);
    await gesture(page, cdp, start, { x: start.x + 6, y: start.y - 260 });
    expect(await page.evaluate(() => window.scrollY), "the swipe scrolls the page").toBeGreaterThan(scrolledFrom + 100);
    const text = await sliders.nth(i).getAttribute("aria-valuetext");
    if (text !== UNSET) changed.push(`slider ${i + 1}: ${text}`);
  }
  expect.soft(changed, "untouched sliders stay untouched after a swipe").toEqual([]);

  // An answered slider keeps its answer when a swipe (up, then down) starts on it elsewhere on the track.
  const answered = sliders.nth(5);
  await answered.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await expect(answered).toHaveAttribute("aria-valuetext", "8");
  await bringUp(page, answered);
  const start = await pointOf(answered, 3);
  await gesture(page, cdp, start, { x: start.x - 5, y: start.y - 260 });
  await expect.soft(answered, "after a swipe up").toHaveAttribute("aria-valuetext", "8");
  await answered.evaluate((el) => window.scrollTo(0, window.scrollY + el.getBoundingClientRect().top - 500));
  const down = await pointOf(answered, 2);
  await gesture(page, cdp, down, { x: down.x + 4, y: down.y + 260 });
  await expect(answered, "after a swipe down").toHaveAttribute("aria-valuetext", "8");
});

test("a tap on the track or on a number, or a sideways drag, picks a value", async ({ page }) => {
  const cdp = await factorsPage(page);
  const sliders = page.getByRole("slider");

  // A tap on one of the numbers under a slider picks it: a target of at least 44 px high.
  await bringUp(page, sliders.nth(1));
  const numbers = page.locator(".sv-slider").nth(1).locator(".sv-ticks button");
  await expect(numbers).toHaveCount(11);
  const eight = (await numbers.nth(8).boundingBox())!;
  expect(eight.height).toBeGreaterThanOrEqual(44);
  await tap(page, cdp, { x: eight.x + eight.width / 2, y: eight.y + eight.height / 2 });
  await expect(sliders.nth(1)).toHaveAttribute("aria-valuetext", "8");
  await expect(sliders.nth(1)).toBeFocused();
  // So does a tap on the track: the value under the finger, not the hidden middle.
  await bringUp(page, sliders.nth(0));
  await tap(page, cdp, await pointOf(sliders.nth(0), 3));
  await expect(sliders.nth(0)).toHaveAttribute("aria-valuetext", "3");
  await expect(sliders.nth(0)).toBeFocused();
  // A mostly sideways drag moves the value with the finger, also on an answered slider.
  await bringUp(page, sliders.nth(2));
  const from = await pointOf(sliders.nth(2), 2);
  const to = await pointOf(sliders.nth(2), 7);
  const scrolledFrom = await page.evaluate(() => window.scrollY);
  await gesture(page, cdp, from, { x: to.x, y: to.y + 12 });
  await expect(sliders.nth(2)).toHaveAttribute("aria-valuetext", "7");
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolledFrom)).toBeLessThan(30);
  await gesture(page, cdp, to, await pointOf(sliders.nth(2), 9));
  await expect(sliders.nth(2)).toHaveAttribute("aria-valuetext", "9");
  // "Wis" still takes an answer back; the numbers and the track leave the others alone.
  await page.getByRole("button", { name: /^Wis antwoord bij/ }).nth(2).click();
  await expect(sliders.nth(2)).toHaveAttribute("aria-valuetext", UNSET);
  await expect(sliders.nth(3)).toHaveAttribute("aria-valuetext", UNSET);
});

test("with a keyboard an untouched slider stays empty until a deliberate key press", async ({ page }) => {
  await factorsPage(page);
  const sliders = page.getByRole("slider");
  await sliders.nth(0).focus();
  await page.keyboard.press("Tab");
  await expect(sliders.nth(1)).toBeFocused();
  await expect(sliders.nth(0)).toHaveAttribute("aria-valuetext", UNSET);
  await expect(sliders.nth(1)).toHaveAttribute("aria-valuetext", UNSET);
  await page.keyboard.press("ArrowLeft");
  await expect(sliders.nth(1)).toHaveAttribute("aria-valuetext", "4");
  await page.keyboard.press("Home");
  await expect(sliders.nth(1)).toHaveAttribute("aria-valuetext", /^0: Helemaal oneens$/);
});
