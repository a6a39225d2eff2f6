import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { expectPage, next } from "./respondent.helpers";

/**
 * A survey made in the platform, as researchers do it: a copy of an existing survey as the draft,
 * published as version 1; a respondent starts on a phone; the definition file is downloaded,
 * changed and loaded as the draft; the differences warn where comparability breaks; version 2 is
 * published while the respondent is mid-way, who finishes on version 1 while a new respondent
 * gets version 2. A stale upload never overwrites a colleague's; drafts can be deleted, surveys archived.
 */
const SHOTS = process.env.VERSION_SHOTS ?? "tests/e2e/.output";
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function publish(page: Page, version: number) {
  await page.getByRole("button", { name: `Publiceren als versie ${version}` }).click();
  await expect(page.getByTestId("publish").getByRole("status")).toContainText(`Versie ${version} is gepubliceerd`);
}

test("build from a copy, publish, change the definition file, publish version 2 mid-fieldwork", async ({ page, browser, researcher }) => {
  test.setTimeout(180_000);
  const tag = randomUUID().slice(0, 6);
  const title = `Stage ${tag}`;
  const slug = `stage-${tag}`;
  await signIn(page, researcher);
  await page.goto("/admin");

  // Bad input is refused at its field; the address is suggested from the title.
  const form = page.getByTestId("new-survey");
  await form.getByRole("button", { name: "Vragenlijst maken" }).click();
  await expect(form.getByText("Vul een tekst in.")).toBeVisible();
  await form.getByLabel("Titel").fill(title);
  await expect(form.getByLabel("Adres (/s/…)")).toHaveValue(slug);
  await form.getByRole("radio", { name: "Kopie van" }).check();
  await form.getByLabel("Vragenlijst om te kopiëren").selectOption({ label: "Voorbeeld: elk elementtype" });
  await form.getByRole("button", { name: "Vragenlijst maken" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/s/${slug}/versions$`));
  await expect(page.getByTestId("draft-state")).toContainText("Revisie 1");
  await expect(page.getByRole("heading", { name: "Eerste versie" })).toBeVisible();
  // Without a version only the Versions and Access tabs are there.
  await expect(page.getByRole("navigation", { name: "Onderdelen van de vragenlijst" }).getByRole("link")).toHaveText(["Editor", "Versies", "Toegang"]);
  await publish(page, 1);
  await expect(page.locator('[data-testid="versions"] tr[data-version="1"]')).toContainText("open");

  // A respondent on a phone starts on version 1 and stops on the second page.
  const early = await browser.newContext(PHONE);
  const earlyPage = await early.newPage();
  await earlyPage.goto(`/s/${slug}`);
  await expectPage(earlyPage, "Welkom");
  await earlyPage.getByRole("checkbox", { name: "Ik doe vrijwillig mee." }).check();
  await next(earlyPage);
  await expectPage(earlyPage, "Over jou");
  await expect(earlyPage.getByText("Wat is je rol?")).toBeVisible();

  // The definition file of version 1, changed: another question text, one option fewer.
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator('tr[data-version="1"]').getByRole("link", { name: "JSON" }).click()]);
  expect(download.suggestedFilename()).toBe(`${slug}-v1.json`);
  const def = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(def).toMatchObject({ format: 2, slug, version: 1 });
  const rol = def.pages[1].elements[0];
  rol.text = "Wat is je functie?";
  rol.options = rol.options.filter((o: { code: string }) => o.code !== "begeleider");
  const file = { name: `${slug}.json`, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(def, null, 2)) };

  // A broken file changes nothing and says where it is broken.
  const upload = page.getByTestId("draft-upload");
  await upload.getByLabel("Definitiebestand (.json)").setInputFiles({ ...file, buffer: Buffer.from("{ kapot") });
  await upload.getByRole("button", { name: "Als concept laden" }).click();
  await expect(upload.getByRole("alert")).toContainText("Geen geldige JSON");
  await expect(page.getByTestId("draft-state")).toContainText("Revisie 1");

  await upload.getByLabel("Definitiebestand (.json)").setInputFiles(file);
  await upload.getByRole("button", { name: "Als concept laden" }).click();
  await expect(upload.getByRole("status")).toHaveText("Concept bijgewerkt (revisie 2).");
  await expect(page.getByRole("heading", { name: "Verschillen met versie 1" })).toBeVisible();
  await expect(page.getByTestId("diff-warnings")).toContainText('rol: optie "Begeleider" (code begeleider) vervalt');
  await expect(page.getByTestId("diff-info")).toContainText('rol: vraagtekst gewijzigd: "Wat is je functie?" (was "Wat is je rol?")');
  // The draft in the real questionnaire on a phone, next to the diff; nothing is stored (counts below).
  const phone = page.frameLocator('iframe[title="Voorbeeld op een telefoon (390 px)"]');
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Welkom");
  await phone.getByRole("checkbox", { name: "Ik doe vrijwillig mee." }).check();
  await phone.getByRole("button", { name: "Start" }).click();
  await expect(phone.getByText("Wat is je functie?")).toBeVisible();
  await expect(phone.getByRole("radio", { name: "Begeleider" })).toHaveCount(0);
  await phone.getByRole("button", { name: "Volgende" }).click();
  await expect(phone.getByRole("alert").first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/versions-1440.png`, fullPage: true });

  // Warnings must be acknowledged before publishing.
  await page.getByRole("button", { name: "Publiceren als versie 2" }).click();
  await expect(page.getByTestId("publish").getByRole("alert")).toContainText("Vink aan dat je dat begrijpt");
  await page.getByRole("checkbox", { name: /Ik begrijp dat antwoorden op versie 2/ }).check();
  await publish(page, 2);

  // A colleague loads a file in another tab first: this tab's upload is refused, the file stays chosen.
  const colleague = await page.context().newPage();
  await colleague.goto(`/admin/s/${slug}/versions`);
  const theirs = colleague.getByTestId("draft-upload");
  await theirs.getByLabel("Definitiebestand (.json)").setInputFiles({ ...file, buffer: Buffer.from(JSON.stringify({ ...def, title: "Andere titel" })) });
  await theirs.getByRole("button", { name: "Als concept laden" }).click();
  await expect(theirs.getByRole("status")).toHaveText("Concept bijgewerkt (revisie 3).");
  await upload.getByLabel("Definitiebestand (.json)").setInputFiles(file);
  await upload.getByRole("button", { name: "Als concept laden" }).click();
  await expect(upload.getByRole("alert")).toContainText(`Het concept is intussen gewijzigd door ${researcher.email}`);
  await expect(upload.getByLabel("Definitiebestand (.json)")).toHaveValue(new RegExp(`${slug}\\.json$`));
  await page.reload();
  await expect(page.getByTestId("draft-state")).toContainText("Revisie 3");
  await colleague.close();

  // A new respondent gets version 2; the one mid-way finishes the page on version 1.
  const late = await browser.newContext(PHONE);
  const latePage = await late.newPage();
  await latePage.goto(`/s/${slug}`);
  await latePage.getByRole("checkbox", { name: "Ik doe vrijwillig mee." }).check();
  await next(latePage);
  await expect(latePage.getByText("Wat is je functie?")).toBeVisible();
  await expect(latePage.getByRole("radio", { name: "Begeleider" })).toHaveCount(0);

  await earlyPage.getByRole("radio", { name: "Begeleider" }).check();
  await earlyPage.getByLabel("Op welke school werk je?").fill("De Brug");
  await earlyPage.getByLabel("In welke regio werk je?").selectOption({ label: "Oost" });
  await earlyPage.getByLabel("Hoeveel jaar werk je in het onderwijs?").fill("4");
  await next(earlyPage);
  await expect(earlyPage.locator("form[data-page]")).toHaveAttribute("data-page", "onderwerp_kiezen");

  await page.reload();
  const started = (v: number) => page.locator(`[data-testid="versions"] tr[data-version="${v}"] td`).nth(4);
  await expect(started(1)).toHaveText("1");
  await expect(started(2)).toHaveText("1");
  await expect(page.locator('tr[data-version="2"]')).toContainText(`door ${researcher.email}`);
  await early.close();
  await late.close();

  // Phone width: the page reflows without sideways scrolling of the page itself.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/versions-390.png`, fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("a draft nobody answered can be deleted; an archived survey takes no new respondents", async ({ page, browser, researcher, request }) => {
  test.setTimeout(120_000);
  const tag = randomUUID().slice(0, 6);
  await signIn(page, researcher);
  await page.goto("/admin");
  const form = page.getByTestId("new-survey");
  await form.getByLabel("Titel").fill(`Leeg ${tag}`);
  await form.getByRole("button", { name: "Vragenlijst maken" }).click();
  // A blank survey opens in the editor.
  await expect(page).toHaveURL(new RegExp(`/admin/s/leeg-${tag}/editor$`));
  await page.getByRole("link", { name: "Controleren en publiceren" }).click();
  await publish(page, 1);

  await page.goto("/admin");
  const row = page.locator(`[data-testid="surveys"] tr[data-slug="leeg-${tag}"]`);
  await row.getByRole("button", { name: `Verwijder Leeg ${tag}` }).click();
  await row.getByRole("button", { name: `Definitief verwijderen: Leeg ${tag}` }).click();
  await expect(row).toHaveCount(0);

  // The example survey has responses from other specs or none: archive a fresh copy with one response.
  await form.getByLabel("Titel").fill(`Archief ${tag}`);
  await form.getByRole("radio", { name: "Kopie van" }).check();
  await form.getByLabel("Vragenlijst om te kopiëren").selectOption({ label: "Voorbeeld: elk elementtype" });
  await form.getByRole("button", { name: "Vragenlijst maken" }).click();
  await publish(page, 1);
  const respondent = await browser.newContext(PHONE);
  const survey = await respondent.newPage();
  await survey.goto(`/s/archief-${tag}`);
  await survey.getByRole("checkbox", { name: "Ik doe vrijwillig mee." }).check();
  await next(survey);

  await page.goto("/admin");
  const archived = page.locator(`tr[data-slug="archief-${tag}"]`);
  await expect(archived.getByRole("button", { name: /^Verwijder/ })).toHaveCount(0);
  await archived.getByRole("button", { name: `Archiveren: Archief ${tag}` }).click();
  await expect(page.locator(`[data-testid="surveys"] tr[data-slug="archief-${tag}"]`)).toHaveCount(0);
  await page.getByText(/^Archief \(\d+\)$/).click();
  await expect(page.locator(`[data-testid="archived-surveys"] tr[data-slug="archief-${tag}"]`)).toBeVisible();

  const fresh = await respondent.browser()!.newContext(PHONE);
  const closed = await fresh.newPage();
  await closed.goto(`/s/archief-${tag}`);
  await expect(closed.getByText(/gesloten/i).first()).toBeVisible();
  await respondent.close();
  await fresh.close();

  // The JSON Schema for editors is public.
  const schema = await request.get("/schemas/survey-version.json");
  expect(schema.status()).toBe(200);
  expect(await schema.json()).toMatchObject({ title: "Vragenlijstversie (definitiebestand)", type: "object" });
});
