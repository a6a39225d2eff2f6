import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

/**
 * The survey editor and the Versions tab in English: a researcher who chose English builds on a
 * blank survey, sees the editor's outline, settings, conditions, translations panel and the
 * preview's bar in English, publishes, renews the test link and reads the action outcomes in
 * English; back in Dutch the same pages speak Dutch. The survey is made through the overview's
 * form by its field names, so the test does not depend on that form's language.
 */
const SHOTS = process.env.EDITOR_SHOTS ?? "tests/e2e/.output";

/** Dutch interface words of the editor that must not show in English (the blank survey's own texts are Dutch data). */
const DUTCH_EDITOR = [
  "Opslaan", "opgeslagen", "Toevoegen", "toevoegen", "Verplicht", "Antwoordopties", "Instellingen", "Eindpagina", "Schalen",
  "Lijsten", "Volgordegroepen", "Controleren", "optioneel", "Weergave", "Tonen als", "Algemeen", "Voorbeeld", "Telefoon",
  "Dupliceren", "Verwijderen", "Eén antwoord", "Keuzerondjes", "Altijd",
];
const DUTCH_VERSIONS = [
  "Versies", "Concept", "Revisie", "Geschiedenis", "Publiceren", "Gepubliceerd", "Meting", "Stroom", "Gestart", "Afgerond",
  "Definitie", "Testlink", "Kopiëren", "vernieuwen", "Voorbeeld", "delen na elkaar", "Eerste versie", "gelijk aan", "Overige wijzigingen",
  "vraagtekst gewijzigd",
];

async function expectNoDutch(page: Page, words: string[]) {
  const text = (await page.locator("main").textContent()) ?? "";
  expect(words.filter((w) => text.includes(w))).toEqual([]);
}

async function saved(page: Page, text: RegExp) {
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
  await expect(page.getByTestId("save-state")).toHaveText(text);
}

test("the editor and the Versions tab in English, and back in Dutch", async ({ page, researcher, baseURL }) => {
  test.setTimeout(180_000);
  const tag = randomUUID().slice(0, 6);
  const slug = `english-${tag}`;
  await page.setViewportSize({ width: 1440, height: 1000 });
  await signIn(page, researcher);
  await page.goto("/admin");
  const form = page.getByTestId("new-survey");
  await form.locator('input[name="title"]').fill(`English ${tag}`);
  await expect(form.locator('input[name="slug"]')).toHaveValue(slug);
  await form.locator('input[name="start"][value="blank"]').check();
  await form.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`/admin/s/${slug}/editor$`));

  await page.context().addCookies([{ name: "admin_lang", value: "en", url: baseURL! }]);
  await page.reload();
  await saved(page, /All saved \(revision 1\)\./);
  const outline = page.getByRole("navigation", { name: "Structure of the questionnaire" });
  const settings = page.getByRole("region", { name: "Settings" });
  await expect(outline.getByRole("button", { name: "General" })).toBeVisible();
  await expect(outline.getByRole("button", { name: "Add page" })).toBeVisible();
  await expect(outline.getByRole("button", { name: "Parts and routing" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Review and publish" })).toBeVisible();

  // A question from the menu, with its settings named in English.
  await page.getByTestId("outline-page-0").click();
  await expect(settings.getByRole("heading", { level: 3 })).toHaveText("Page 1");
  await expect(settings.getByLabel("Add element")).toContainText("Single choice");
  await settings.getByLabel("Add element").selectOption({ label: "Single choice" });
  await settings.getByRole("button", { name: "Add", exact: true }).click();
  await expect(settings.getByRole("heading", { level: 3 })).toContainText("Single choice");
  await expect(outline.getByTestId("outline-element-vraag")).toContainText("Single choice");
  await expect(settings.getByLabel("ID (variable name)", { exact: true })).toHaveValue("vraag");
  await expect(settings.getByLabel("Required", { exact: true })).toBeVisible();
  await expect(settings.getByLabel("Display", { exact: true })).toContainText("Radio buttons");
  await expect(settings.getByLabel("Show if: kind of condition").first()).toContainText("Always");
  const options = settings.getByRole("group", { name: /Answer options/ });
  await expect(options.locator("legend").first()).toHaveText("Answer options (optional) (2)");
  await options.getByRole("button", { name: "Add option" }).click();
  await expect(options.locator("legend").first()).toHaveText("Answer options (optional) (3)");
  await expect(settings.getByRole("button", { name: "Duplicate" })).toBeVisible();
  await saved(page, /All saved \(revision \d+\)\./);
  await expect(page.getByTestId("issue-count")).toHaveText("No errors: ready to publish.");

  // An error is counted in English (the field's own message is the server's, in Dutch).
  await settings.getByLabel("Text", { exact: true }).first().fill("");
  await expect(page.getByTestId("issue-count")).toHaveText("1 issue to resolve before publishing.");
  await expect(page.getByTestId("outline-element-vraag").getByLabel("1 error")).toBeVisible();
  await settings.getByLabel("Text", { exact: true }).first().fill("Which language do you speak at home?");
  await expect(page.getByTestId("issue-count")).toHaveText("No errors: ready to publish.");

  // The preview column and the bar inside it.
  const preview = page.getByRole("complementary", { name: "Preview" });
  await expect(preview.getByRole("button", { name: "Phone" })).toHaveAttribute("aria-pressed", "true");
  await expect(preview.getByRole("button", { name: "Desktop" })).toBeVisible();
  const frame = page.frameLocator('iframe[title="Preview on a phone (390 px)"]');
  await expect(frame.getByRole("note")).toContainText("Preview of the draft: nothing is saved.");
  await expect(frame.getByRole("button", { name: "Start again" })).toBeVisible();
  await expect(frame.getByText("Which language do you speak at home?")).toBeVisible({ timeout: 15_000 });
  await saved(page, /All saved \(revision \d+\)\./);
  await page.screenshot({ path: `${SHOTS}/admin-english-editor-1440.png`, fullPage: false });
  await expectNoDutch(page, DUTCH_EDITOR);

  // The translations panel.
  await outline.getByRole("button", { name: "Languages and translations" }).click();
  await expect(settings.getByRole("heading", { name: "Languages and translations" })).toBeVisible();
  await expect(settings.getByLabel("Add language (ISO 639-1)")).toBeVisible();
  await expect(settings).toContainText("source language: the texts in the questionnaire");
  await outline.getByRole("button", { name: "End page" }).click();
  await expect(settings.getByRole("heading", { level: 3 })).toHaveText("End page");

  // The Versions tab: review, a refused file, publish, the test link, history.
  await page.getByRole("link", { name: "Review and publish" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/s/${slug}/versions$`));
  const main = page.locator("main");
  await expect(main.getByRole("heading", { level: 2 })).toHaveText("Versions");
  await expect(page).toHaveTitle(/Versions/);
  await expect(page.getByRole("heading", { name: "Draft", exact: true })).toBeVisible();
  await expect(page.getByTestId("draft-state")).toContainText(/Revision \d+, last changed by/);
  await expect(page.getByRole("link", { name: "Download draft" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "First version" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Preview of the draft" })).toBeVisible();
  await expect(page.frameLocator('iframe[title="Preview on a desktop (1024 px)"]').getByRole("button", { name: "Start again" })).toBeVisible();
  await expect(main.getByText("No versions yet: publish the draft to open the questionnaire.")).toBeVisible();

  const upload = page.getByTestId("draft-upload");
  await upload.getByLabel("Definition file (.json)").setInputFiles({ name: "wrong.json", mimeType: "application/json", buffer: Buffer.from('{"title": 1}') });
  await upload.getByRole("button", { name: "Load as draft" }).click();
  await expect(upload.getByRole("alert")).toContainText("The file is not a valid questionnaire version; nothing has been changed.");

  await page.getByRole("button", { name: "Publish as version 1" }).click();
  await expect(page.getByTestId("publish").getByRole("status")).toContainText("Version 1 has been published");
  await expect(page.getByRole("heading", { name: "Differences from version 1" })).toBeVisible();
  await expect(main.getByText("The draft is the same as version 1.")).toBeVisible();
  const row = page.locator('[data-testid="versions"] tr[data-version="1"]');
  await expect(row).toContainText("parts in turn");
  await expect(row).toContainText("open");
  await expect(row).toContainText(/ by /);
  await expect(page.getByTestId("versions").locator("thead")).toContainText("Published");
  await expect(page.getByTestId("versions").locator("thead")).toContainText("Completed");

  const testLink = page.getByTestId("test-link");
  await expect(testLink.getByRole("heading", { name: "Test link" })).toBeVisible();
  await expect(testLink.getByRole("button", { name: "Copy" })).toBeVisible();
  await testLink.getByRole("button", { name: "Renew test link" }).click();
  await expect(testLink.getByRole("status")).toHaveText("New test link made; the previous one no longer works.");

  // A change to the draft is told in English on the review.
  await page.goto(`/admin/s/${slug}/editor`);
  await page.getByTestId("outline-element-vraag").click();
  await settings.getByLabel("Text", { exact: true }).first().fill("What language do you speak at home?");
  await saved(page, /All saved \(revision \d+\)\./);
  await page.goto(`/admin/s/${slug}/versions`);
  await expect(main.getByText("Other changes (1):")).toBeVisible();
  await expect(page.getByTestId("diff-info")).toHaveText('vraag: question text changed: "What language do you speak at home?" (was "Which language do you speak at home?").');
  await expect(page.getByRole("button", { name: "Publish as version 2" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/admin-english-versions-1440.png`, fullPage: true });
  await expectNoDutch(page, DUTCH_VERSIONS);

  // The preview page on its own (outside the admin frame) reads the same choice.
  await page.goto(`/preview/${slug}`);
  await expect(page.getByRole("note")).toContainText("Preview of the draft: nothing is saved.");
  await expect(page).toHaveTitle(/Preview/);

  // Back in Dutch.
  await page.goto(`/admin/s/${slug}/versions`);
  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.locator("main").getByRole("heading", { level: 2 })).toHaveText("Versies");
  await expect(page.getByRole("heading", { name: "Geschiedenis" })).toBeVisible();
  await expect(page.getByTestId("test-link").getByRole("button", { name: "Testlink vernieuwen" })).toBeVisible();
  await page.goto(`/admin/s/${slug}/editor`);
  await expect(page.getByTestId("save-state")).toContainText("Alles opgeslagen");
  await expect(page.getByRole("navigation", { name: "Opbouw van de vragenlijst" }).getByTestId("outline-element-vraag")).toContainText("Eén antwoord");
  await expect(page.frameLocator('iframe[title="Voorbeeld op een telefoon (390 px)"]').getByRole("button", { name: "Opnieuw beginnen" })).toBeVisible();
});
