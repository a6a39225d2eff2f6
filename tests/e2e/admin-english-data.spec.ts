import type { Locator, Page } from "@playwright/test";
import { newRespondent, respondPart1 } from "./dashboard.helpers";
import { expect, signIn, test } from "./fixtures";

/**
 * The fieldwork and data tabs in English: a researcher who chose English sees Export, Import,
 * Responses (list, one response, duplicates), Links, Experiment, Raffle, Share and the fieldwork
 * settings in English, none of the tabs' characteristic Dutch words; back to Nederlands, Dutch again.
 */
const SLUG = "internationale-competenties";
const SHOTS = "tests/e2e/.output";
const base = `/admin/s/${SLUG}`;

async function expectNoDutch(area: Locator, words: string[]) {
  const text = await area.innerText();
  for (const word of words) expect(text, `"${word}" in ${await area.page().url()}`).not.toContain(word);
}

const heading = (page: Page, name: string | RegExp) => page.getByRole("heading", { name, exact: typeof name === "string" ? true : undefined });

test("the fieldwork and data tabs in English, and back to Dutch", async ({ page, researcher, request, baseURL }) => {
  test.setTimeout(180_000);
  const respondent = newRespondent(SLUG);
  await respondPart1(request, respondent, "p1_dev"); // stopped before the end: "Not completed"
  await signIn(page, researcher);
  await page.context().addCookies([{ name: "admin_lang", value: "en", url: baseURL! }]);
  await page.setViewportSize({ width: 1440, height: 900 });
  const main = page.locator("main");

  // Export: the counts, the formats and the notes (the filter form above is the Results tab's).
  await page.goto(`${base}/export`);
  await expect(heading(page, "Export")).toBeVisible();
  await expect(page.getByRole("link", { name: "Download CSV (wide)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Codebook (HTML)" })).toBeVisible();
  await expect(main).toContainText("in this selection");
  await expect(main).toContainText("Raffle e-mail addresses are never exported.");
  await expectNoDutch(main, ["in deze selectie", "(breed)", "Codeboek", "Elke export", "nooit geëxporteerd", "testantwoorden niet", "Zip met"]);
  await page.screenshot({ path: `${SHOTS}/admin-english-export-1440.png`, fullPage: true });

  // Import: the wizard's first step and its message without a file.
  await page.goto(`${base}/import`);
  await expect(heading(page, "Import a dataset")).toBeVisible();
  await expect(heading(page, "1. Choose a file")).toBeVisible();
  await page.getByRole("button", { name: "Read file" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("Choose a file first (CSV or XLSX).");
  await expect(heading(page, "Earlier imports")).toBeVisible();
  await expectNoDutch(main, ["Importeer", "Bestand", "Eerdere imports", "Nog geen imports", "Kies eerst", "koppeling"]);

  // Responses: the list with this respondent, its own page, duplicates.
  await page.goto(`${base}/responses`);
  await expect(heading(page, "Responses")).toBeVisible();
  await expect(heading(page, "Test responses")).toBeVisible();
  await expect(heading(page, "Deletion request")).toBeVisible();
  await expect(heading(page, "Retention")).toBeVisible();
  await expect(page.getByRole("link", { name: "All responses" })).toBeVisible();
  await expect(page.locator(`tr[data-response="${respondent.id}"]`)).toContainText("Not completed");
  await expect(page.getByRole("button", { name: "Delete", exact: true })).toBeVisible();
  await expect(page).toHaveTitle(/Responses/);
  await expectNoDutch(main, ["Antwoorden", "Verwijderverzoek", "Bewaren", "Testantwoorden", "Telt mee", "Niet afgerond", "Gestart", "uitgesloten", "Verwijderen"]);
  await page.screenshot({ path: `${SHOTS}/admin-english-responses-1440.png`, fullPage: true });
  await page.locator(`tr[data-response="${respondent.id}"] a`).click();
  await expect(heading(page, new RegExp(`Response ${respondent.id}`))).toBeVisible();
  await expect(heading(page, "Pages and times")).toBeVisible();
  await expect(page.getByRole("button", { name: "Exclude" })).toBeVisible();
  await expectNoDutch(main, ["Antwoorden", "Pagina's en tijden", "Getoonde volgorde", "Uitsluiten", "Reden", "Laatst opgeslagen", "Verwijderen"]);
  await page.goto(`${base}/responses/duplicates`);
  await expect(heading(page, "Duplicate responses")).toBeVisible();
  await expect(heading(page, "Same IP address")).toBeVisible();
  await expectNoDutch(main, ["Dubbele antwoorden", "Zelfde IP-adres", "Beoordeel", "antwoorden", "gestart", "versie"]);

  // Links: the table and the form; a new link is added in English.
  await page.goto(`${base}/links`);
  await expect(heading(page, "Links")).toBeVisible();
  await expect(heading(page, "New link")).toBeVisible();
  const name = `Newsletter ${respondent.id.slice(0, 6)}`;
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Add link" }).click();
  await expect(page.getByRole("status")).toHaveText(`Added: ${name}`);
  await expectNoDutch(main, ["Nieuwe link", "Naam", "Gestart", "Afgerond", "Actief", "Stoppen", "Toegevoegd", "Nog geen links"]);

  // Experiment.
  await page.goto(`${base}/experiment`);
  await expect(heading(page, "Experiment")).toBeVisible();
  await expect(main).toContainText("Compare versions");
  await expectNoDutch(main, ["Vergelijk", "Versie", "Gewicht", "Experiment starten", "Eerdere experimenten", "Loopt sinds"]);

  // Raffle: the entries, the draw form and the draws.
  await page.goto(`${base}/raffle`);
  await expect(heading(page, "Raffle")).toBeVisible();
  await expect(heading(page, "Draws")).toBeVisible();
  await expect(page.getByLabel("Number of winners")).toBeVisible();
  await expectNoDutch(main, ["Verloting", "inzending", "Trekkingen", "Winnaars", "Aantal", "verwijderd"]);
  await expect(page).toHaveTitle(/Raffle/);

  // Share: the form and the list.
  await page.goto(`${base}/share`);
  await expect(heading(page, "Share")).toBeVisible();
  await expect(heading(page, "New share link")).toBeVisible();
  await expect(heading(page, "Share links")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create link" })).toBeVisible();
  await expectNoDutch(main, ["Deellink", "Omschrijving", "Geldig", "Link maken", "Filters vastleggen", "Zonder vastgelegde"]);

  // Fieldwork settings on the monitoring page.
  await page.goto(base);
  const panel = page.getByTestId("fieldwork");
  await panel.locator("summary").click();
  await expect(panel).toContainText("Fieldwork:");
  await expect(panel.getByText("New respondents", { exact: true })).toBeVisible();
  await expect(panel.getByLabel("Opens at")).toBeVisible();
  await expect(panel.getByRole("button", { name: "Save" })).toBeVisible();
  await expectNoDutch(panel, ["Veldwerk", "Nieuwe deelnemers", "Openen op", "Sluiten op", "Limiet", "Opslaan", "Tijden in", "met de hand"]);

  // Back to Dutch with the header's switch.
  await page.goto(`${base}/raffle`);
  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(heading(page, "Verloting")).toBeVisible();
  await expect(heading(page, "Trekkingen")).toBeVisible();
  await page.goto(`${base}/responses`);
  await expect(heading(page, "Antwoorden")).toBeVisible();
  await expect(heading(page, "Verwijderverzoek")).toBeVisible();
});
