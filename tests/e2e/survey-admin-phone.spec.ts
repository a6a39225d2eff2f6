import { randomUUID } from "node:crypto";
import { expect, signIn, test } from "./fixtures";

/**
 * The survey overview (new survey form, archive) and the Access tab as a researcher sees them on a
 * phone and a laptop: nothing scrolls the page sideways; adding a colleague by e-mail works and a
 * bad address is refused at its field.
 */
const SHOTS = process.env.ADMIN_SHOTS ?? "tests/e2e/.output";

for (const width of [390, 1440]) {
  test(`overview and access tab at ${width} px`, async ({ page, researcher, createAccount }) => {
    test.setTimeout(120_000);
    const colleague = await createAccount();
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, researcher);
    await page.goto("/admin");
    const tag = randomUUID().slice(0, 6);
    const form = page.getByTestId("new-survey");
    await form.getByLabel("Titel").fill(`Toegang ${tag}`);
    await form.getByRole("button", { name: "Vragenlijst maken" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/s/toegang-${tag}/editor$`));
    await page.goto("/admin");
    await page.screenshot({ path: `${SHOTS}/overview-${width}.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

    await page.goto(`/admin/s/toegang-${tag}/members`);
    await expect(page.getByTestId("members").locator(`tr[data-email="${researcher.email}"]`)).toContainText("Eigenaar");
    const members = page.getByTestId("member-form");
    await members.getByLabel("E-mailadres").fill("geen-adres");
    await members.getByRole("button", { name: "Toegang geven" }).click();
    await expect(members.getByRole("alert")).toHaveText("Vul een e-mailadres in van een bestaand account.");
    await members.getByLabel("E-mailadres").fill(colleague.email);
    await members.getByLabel("Rol").selectOption({ label: "Kijker" });
    await members.getByRole("button", { name: "Toegang geven" }).click();
    await expect(page.getByTestId("members").locator(`tr[data-email="${colleague.email}"]`)).toContainText("Kijker");
    await page.screenshot({ path: `${SHOTS}/members-${width}.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

    // The viewer sees monitoring only: the other tabs are not offered.
    const other = await page.context().browser()!.newContext({ viewport: { width, height: 900 } });
    const theirs = await other.newPage();
    await signIn(theirs, colleague);
    await theirs.goto(`/admin/s/toegang-${tag}/versions`);
    await expect(theirs.getByTestId("forbidden")).toBeVisible();
    await other.close();
  });
}
