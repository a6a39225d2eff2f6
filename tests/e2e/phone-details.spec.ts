import { expect, test } from "@playwright/test";
import { CHOICE } from "./respondent.helpers";

/** Small things on a phone that add up: keys, tap targets, sharing, errors, previews, texts. */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

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
