import { expect, signIn, test } from "./fixtures";
import { e2eDatabase } from "./db";
import { expectAccessible, expectPage, next } from "./respondent.helpers";

/**
 * The fieldwork window as a researcher runs it: closed by hand from monitoring, a new respondent
 * on a phone reads the closed page, one who had started finishes; a future opening date says from
 * when; bad input is refused at its field and changes nothing.
 */
const SLUG = "voorbeeld-alle-elementen";
const SHOTS = process.env.FIELDWORK_SHOTS ?? "tests/e2e/.output";
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

test("open and close by hand and by date; a started respondent finishes; new ones read the closed page", async ({ page, browser, researcher }) => {
  test.setTimeout(120_000);
  const started = await browser.newContext(PHONE);
  const newcomer = await browser.newContext(PHONE);
  try {
    // A respondent starts while the survey is open: the first save creates the response.
    const a = await started.newPage();
    await a.goto(`/s/${SLUG}`);
    await a.getByRole("checkbox", { name: "Ik doe vrijwillig mee." }).check();
    await next(a);
    await expectPage(a, "Over jou");

    await signIn(page, researcher);
    await page.goto(`/admin/s/${SLUG}`);
    const panel = page.getByTestId("fieldwork");
    await expect(page.getByTestId("fieldwork-state")).toHaveText("Open");
    await panel.locator("summary").click();

    // Bad input: the message at the field, nothing stored.
    await panel.getByLabel("Limiet (gestarte antwoorden)").fill("0");
    await panel.getByRole("button", { name: "Opslaan" }).click();
    await expect(panel.getByRole("alert")).toHaveText("Limiet: minstens 1.");
    await expect(panel.getByLabel("Limiet (gestarte antwoorden)")).toHaveAttribute("aria-invalid", "true");
    await page.reload();
    await expect(page.getByTestId("fieldwork-state")).toHaveText("Open");

    // Closed by hand.
    await panel.locator("summary").click();
    await panel.getByLabel("Gesloten (met de hand)").check();
    await panel.getByRole("button", { name: "Opslaan" }).click();
    await expect(panel.getByRole("status")).toHaveText("Opgeslagen.");
    await expect(page.getByTestId("fieldwork-state")).toHaveText("Gesloten (met de hand)");
    await page.screenshot({ path: `${SHOTS}/fieldwork-monitoring-1440.png` });

    // A new respondent on a phone: the closed page, no questionnaire.
    const b = await newcomer.newPage();
    await b.goto(`/s/${SLUG}`);
    await expect(b.getByTestId("survey-closed")).toContainText("Deze vragenlijst is gesloten. Bedankt voor je belangstelling!");
    await expect(b.getByRole("checkbox", { name: "Ik doe vrijwillig mee." })).toHaveCount(0);
    await expectAccessible(b);
    await b.screenshot({ path: `${SHOTS}/fieldwork-closed-390.png`, fullPage: true });

    // The respondent who had started comes back and finishes the page they were on.
    await a.reload();
    await expectPage(a, "Over jou");
    await a.getByRole("radio", { name: "Docent" }).check();
    await a.getByLabel("Op welke school werk je?").fill("De Brug");
    await a.getByLabel("In welke regio werk je?").selectOption({ label: "Oost" });
    await a.getByLabel("Hoeveel jaar werk je in het onderwijs?").fill("12");
    await next(a);
    await expect(a.getByRole("radio", { name: "Een project" })).toBeVisible();

    // Opens at a future date (the survey's zone): the newcomer reads from when.
    await panel.getByLabel("Volgens datums en limiet").check();
    await panel.getByLabel("Openen op").fill("2099-01-01T09:00");
    await panel.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByTestId("fieldwork-state")).toHaveText("Nog niet open (opent 1 jan 2099, 09:00)");
    await b.reload();
    await expect(b.getByTestId("survey-closed")).toContainText("Je kunt meedoen vanaf 1 jan 2099, 09:00.");

    // Open again: the newcomer gets the questionnaire.
    await panel.getByLabel("Openen op").fill("");
    await panel.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByTestId("fieldwork-state")).toHaveText("Open");
    await b.reload();
    await expect(b.getByRole("checkbox", { name: "Ik doe vrijwillig mee." })).toBeVisible();
  } finally {
    await started.close();
    await newcomer.close();
    const db = await e2eDatabase();
    await db.query(`UPDATE survey SET fieldwork_mode = 'auto', opens_at = NULL, closes_at = NULL, response_limit = NULL WHERE slug = $1`, [SLUG]);
    await db.end();
  }
});
