import { expect, test } from "@playwright/test";
import {
  CHOICE, background, chooseActivity, expectPage, h1, next, nextButton, nextPastOpenRows, raffle, welcome,
} from "./respondent.helpers";

/**
 * Reflow (WCAG 1.4.10): every page of both parts, on a 320 px phone and on a 390 px phone with
 * text at 200 %, needs no sideways scrolling and cuts off no heading, legend or label. Each page is
 * saved as a screenshot in tests/e2e/.output/phone/ (whole page and first screen) to look at.
 */
const SETUPS = [
  { name: "320px", width: 320, height: 568, textSize: "100%" },
  { name: "390px-text200", width: 390, height: 844, textSize: "200%" },
] as const;

for (const setup of SETUPS) {
  test.describe(`reflow at ${setup.name}`, () => {
    test.use({ viewport: { width: setup.width, height: setup.height }, isMobile: true, hasTouch: true });

    test(`both parts at ${setup.name}: no page scrolls sideways, no text is cut off`, async ({ page }) => {
      test.setTimeout(240_000);
      // Large text as a phone's text-size setting gives it: the root font size (every size in the app is in rem/em).
      await page.addInitScript((size) => {
        const apply = () => document.documentElement && (document.documentElement.style.fontSize = size);
        apply();
        document.addEventListener("DOMContentLoaded", apply);
      }, setup.textSize);
      let step = 0;
      const check = async (label: string) => {
        step += 1;
        const pageId = (await page.locator("form[data-page]").getAttribute("data-page").catch(() => null)) ?? "end";
        const name = `reflow-${setup.name}-${String(step).padStart(2, "0")}-${pageId}${label ? `-${label}` : ""}`;
        const found = await page.evaluate(() => {
          const cut = [...document.querySelectorAll("main h1, main h2, main legend, main label, main p")]
            .filter((el) => getComputedStyle(el).display !== "inline" && el.scrollWidth > el.clientWidth + 1)
            .map((el) => `${el.tagName.toLowerCase()}: ${el.textContent?.trim().slice(0, 60)}`);
          return { width: document.documentElement.scrollWidth, fontSize: getComputedStyle(document.documentElement).fontSize, cut };
        });
        expect(found.fontSize, "the text size in effect").toBe(setup.textSize === "200%" ? "32px" : "16px");
        expect.soft(found.width, `${name}: page width`).toBeLessThanOrEqual(setup.width);
        expect.soft(found.cut, `${name}: text cut off`).toEqual([]);
        await page.screenshot({ path: `tests/e2e/.output/phone/${name}.png`, fullPage: true });
        await page.screenshot({ path: `tests/e2e/.output/phone/${name}-screen.png` });
      };

      await page.goto(`/s/${CHOICE}`);
      await expect(h1(page)).toBeVisible();
      await check("");
      await welcome(page);
      await check("");
      await background(page);
      await expectPage(page, "Kies een deel");
      await check("");
      await page.getByRole("radio", { name: /Deel 1/ }).check();
      await next(page);
      await check("");
      await chooseActivity(page, "Online internationale samenwerking");
      const slider = page.getByRole("slider").first();
      await slider.focus();
      await page.keyboard.press("ArrowLeft");
      await check("");
      await next(page);
      const rows = page.locator("fieldset.sv-scale-row");
      await rows.nth(0).getByRole("radio").nth(4).check();
      await check("");
      await nextButton(page).click();
      await expect(page.getByRole("alert").filter({ hasText: "toch verder?" })).toBeVisible();
      await check("notice");
      await next(page);
      const boxes = page.getByRole("checkbox");
      for (let i = 0; i < 5; i++) await boxes.nth(i).check();
      await check("");
      await next(page);
      await page.getByRole("checkbox", { name: "Anders, namelijk" }).check();
      await page.getByLabel("Namelijk:").fill("Gastlessen van internationaliseringscoördinatoren");
      await check("");
      await next(page);
      await check("");
      await raffle(page);
      await expectPage(page, "Bedankt voor je deelname!");
      await check("");

      // The other part, offered at the end.
      await page.getByRole("button", { name: /ook deel 2/ }).click();
      await expectPage(page, "Deel 2: onderwijsprofessionals");
      await check("");
      await chooseActivity(page, "Deelname aan een internationaal congres");
      await rows.nth(0).getByRole("radio", { name: "Niet van toepassing" }).check();
      await rows.nth(1).getByRole("radio").nth(2).check();
      await check("");
      await nextPastOpenRows(page);
      for (let i = 0; i < 5; i++) await boxes.nth(i).check();
      await check("");
      await next(page);
      await page.getByRole("checkbox", { name: "Geen andere activiteiten" }).check();
      await check("");
      await next(page);
      if ((await h1(page).textContent()) === "Verloting") {
        await check("");
        await raffle(page);
      }
      await expectPage(page, "Bedankt voor je deelname!");
      await check("");
    });
  });
}
