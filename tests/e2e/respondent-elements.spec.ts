import { readFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./respondent.helpers";

/**
 * Element types the bundled questionnaire does not use (dropdown, ranking, number, long text, a
 * single slider), in a real browser: the questionnaire's own components on a page of their own,
 * bundled with esbuild (which tsx brings along), styled with the app's CSS.
 */
const root = path.resolve(import.meta.dirname, "../..");
let bundle: string;

test.beforeAll(async () => {
  const result = await build({
    entryPoints: [path.join(root, "tests/e2e/respondent-elements.entry.tsx")],
    bundle: true, write: false, format: "iife", platform: "browser", jsx: "automatic",
    alias: { "@": root }, define: { "process.env.NODE_ENV": '"production"' }, logLevel: "silent",
  });
  bundle = result.outputFiles[0].text;
});

async function open(page: Page) {
  await page.setContent('<!doctype html><html lang="nl"><head><title>Alle soorten vragen</title></head><body><div id="root"></div></body></html>');
  await page.addStyleTag({ content: readFileSync(path.join(root, "app/globals.css"), "utf8") });
  await page.addScriptTag({ content: bundle });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alle soorten vragen");
}

test("every element type: accessible, by keyboard, and the values the engine's schema accepts", async ({ page }) => {
  await open(page);
  await expectAccessible(page);
  await expect(page.getByText("Je koos eerder groen.")).toBeVisible();

  // Ranking with the keyboard only: each move is announced and focus stays with the moved option.
  const rankHelp = page.getByRole("group", { name: "Zet de kleuren in volgorde" });
  await rankHelp.getByRole("button", { name: "Blauw hoger" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Blauw staat nu op plaats 2 van 3.")).toBeAttached();
  await expect(rankHelp.getByRole("button", { name: "Blauw hoger" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(rankHelp.getByRole("button", { name: "Blauw lager" })).toBeFocused();
  await expect(rankHelp.getByRole("button", { name: "Blauw hoger" })).toBeDisabled();
  await expect(rankHelp.locator(".sv-rank-label")).toHaveText(["Blauw", "Rood", "Groen"]);

  await page.getByRole("checkbox", { name: "Ik doe mee" }).check();
  // A follow-up on the same page appears with the answer it depends on, piped, and is required then.
  await page.getByLabel("Welk land?").selectOption({ label: "Nederland" });
  await expect(page.getByLabel("In welke plaats in nederland?")).toBeVisible();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByText("Vul dit in.")).toBeVisible();
  await page.getByLabel("In welke plaats in nederland?").fill("Utrecht");
  // Another answer hides it again, and its value is not sent.
  await page.getByLabel("Welk land?").selectOption({ label: "Anders, namelijk" });
  await expect(page.getByLabel(/In welke plaats/)).toHaveCount(0);
  await page.getByLabel("Namelijk:").fill("België");
  await page.getByRole("checkbox", { name: "Appel" }).check();
  await page.getByRole("checkbox", { name: "Geen van deze" }).check();
  await expect(page.getByRole("checkbox", { name: "Appel" })).not.toBeChecked();
  const pick = page.getByRole("group", { name: "Kies er twee" });
  await pick.getByRole("checkbox", { name: "Rood" }).check();
  await pick.getByRole("checkbox", { name: "Blauw" }).check();
  await expect(pick.getByText("2 van 2 gekozen")).toBeVisible();
  await expect(pick.getByRole("checkbox", { name: "Groen" })).toBeDisabled();
  await page.getByRole("slider", { name: "Hoe sterk?" }).focus();
  await page.keyboard.press("Space");
  await page.getByRole("group", { name: "Rood" }).last().getByRole("radio", { name: "3" }).check();
  await page.getByLabel("Opmerkingen").fill("Een\ntweede regel");
  await page.getByLabel("Hoeveel jaar?").fill("61");
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByText("Hoogstens 60.")).toBeVisible();
  await expect(page.locator("#out")).toBeEmpty();
  await page.getByLabel("Hoeveel jaar?").fill("12");
  await expectAccessible(page);
  // A valid page with open rows in the grid asks once before it goes on.
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("alert")).toContainText("2 nog niet beantwoord — toch verder?");
  await expect(page.locator("#out")).toBeEmpty();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Volgende" }).click();

  await expect(page.locator("#out")).not.toBeEmpty();
  const sent = JSON.parse((await page.locator("#out").textContent())!);
  expect(sent).toMatchObject({
    ok: true, land: "x", land_anders: "België", dingen: ["geen"], twee: ["rood", "blauw"], volgorde: ["blauw", "rood", "groen"],
    cijfer: 5, g_rood: 3, opm: "Een\ntweede regel", jaren: 12, email: "",
  });
  expect(sent).not.toHaveProperty("stad");
});

test("every element type fits a 390 px phone without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "tests/e2e/.output/phone/elements.png", fullPage: true });
});
