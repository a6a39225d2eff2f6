import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { e2eDatabase } from "./db";
import { expect, signIn, test } from "./fixtures";
import { expectPage, h1 } from "./respondent.helpers";

/**
 * A survey with an English translation, published from a definition file on the Versions tab; a
 * respondent whose phone asks for English reads the questions, buttons and validation messages in
 * English; the response is stored as English; the switch changes the language on the way; the
 * resume link continues in English on a Dutch phone.
 */
const SHOTS = process.env.I18N_SHOTS ?? "tests/e2e/.output";
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const ENGLISH: Record<string, string> = {
  title: "Example: every element type",
  "page.welkom.title": "Welcome",
  "el.intro.paragraphs.0": "This questionnaire shows every element type of the platform.",
  "el.toestemming.text": "I take part voluntarily.",
  "page.over_jou.title": "About you",
  "el.rol.text": "What is your role?",
  "el.rol.options.docent.label": "Teacher",
  "el.rol.options.begeleider.label": "Supervisor",
  "el.rol.options.anders.label": "Other, namely",
  "el.regio.text": "In which region do you work?",
  "el.regio.options.noord.label": "North",
  "el.jaren.text": "How many years have you worked in education?",
  "el.school.text": "At which school do you work?",
  "page.onderwerp_kiezen.title": "Topic",
  "el.onderwerp.text": "Which topic would you like to tell us about?",
};

/** Clicks the submit button (named in either language) and waits for the next page. */
async function submit(page: Page, name: string) {
  const form = page.locator("form[data-page]");
  const before = await form.getAttribute("data-page");
  await page.getByRole("button", { name, exact: true }).click();
  await expect(form).not.toHaveAttribute("data-page", before!);
}

async function storedLanguage(slug: string): Promise<string[]> {
  const db = await e2eDatabase();
  try {
    const { rows } = await db.query<{ language: string }>(
      `SELECT r.language FROM response r JOIN survey s ON s.id = r.survey_id WHERE s.slug = $1`, [slug],
    );
    return rows.map((r) => r.language);
  } finally {
    await db.end();
  }
}

test("a respondent on a phone fills in the English translation", async ({ page, browser, researcher }) => {
  test.setTimeout(180_000);
  const tag = randomUUID().slice(0, 6);
  const slug = `bilingual-${tag}`;
  await signIn(page, researcher);
  await page.goto("/admin");
  const form = page.getByTestId("new-survey");
  await form.getByLabel("Titel").fill(`Tweetalig ${tag}`);
  await expect(form.getByLabel("Adres (/s/…)")).toHaveValue(`tweetalig-${tag}`);
  await form.getByLabel("Adres (/s/…)").fill(slug);
  await form.getByRole("button", { name: "Vragenlijst maken" }).click();
  // A blank survey opens in the editor; the definition file is loaded on the Versions tab.
  await expect(page).toHaveURL(new RegExp(`/admin/s/${slug}/editor$`));
  await page.getByRole("link", { name: "Controleren en publiceren" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/s/${slug}/versions$`));

  // The example survey's definition file with English added, loaded as the draft and published.
  const def = JSON.parse(await readFile("surveys/voorbeeld-alle-elementen/versions/1.json", "utf8"));
  const file = { languages: ["nl", "en"], translations: { en: ENGLISH } };
  const upload = page.getByTestId("draft-upload");
  await upload.getByLabel("Definitiebestand (.json)").setInputFiles({
    name: `${slug}.json`, mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...def, ...file }, null, 2)),
  });
  await upload.getByRole("button", { name: "Als concept laden" }).click();
  await expect(upload.getByRole("status")).toContainText("Concept bijgewerkt");
  await page.getByRole("button", { name: "Publiceren als versie 1" }).click();
  await expect(page.getByTestId("publish").getByRole("status")).toContainText("Versie 1 is gepubliceerd");

  // A phone that asks for English (Accept-Language: en-GB).
  const phone = await browser.newContext({ ...PHONE, locale: "en-GB" });
  const p = await phone.newPage();
  await p.goto(`/s/${slug}`);
  await expectPage(p, "Welcome");
  const languageSwitch = p.getByTestId("language-switch");
  await expect(languageSwitch).toHaveText("Nederlands | English");
  await expect(languageSwitch.getByRole("link", { name: "Nederlands" })).toHaveAttribute("href", `/s/${slug}?lang=nl`);
  await expect(p.getByText("This questionnaire shows every element type of the platform.")).toBeVisible();
  await p.getByRole("checkbox", { name: "I take part voluntarily." }).check();
  await submit(p, "Start");

  await expectPage(p, "About you");
  await expect(p.getByText("Step 1 of")).toBeVisible();
  await expect(p.getByRole("button", { name: "Previous" })).toBeVisible();
  // Validation messages of the element types in English.
  await p.getByRole("button", { name: "Next", exact: true }).click();
  await expect(p.getByText("Choose an answer.").first()).toBeVisible();
  await expect(p.getByText("Not everything is filled in correctly yet. See the messages at the questions.")).toBeVisible();
  await p.getByRole("radio", { name: "Teacher" }).check();
  await expect(p.getByText("At which school do you work?")).toBeVisible();
  const region = p.getByLabel("In which region do you work?");
  await expect(region.locator("option").first()).toHaveText("Choose…");
  await region.selectOption({ label: "North" });
  await p.getByLabel("How many years have you worked in education?").fill("12");
  await expect(p.getByText("Continue later? Keep this link")).toBeVisible();
  await p.screenshot({ path: `${SHOTS}/respondent-english-390.png`, fullPage: true });
  // The page fits the phone: nothing wider than the screen.
  expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await submit(p, "Next");
  await expectPage(p, "Topic");
  expect(await storedLanguage(slug)).toEqual(["en"]);

  // The switch: the same page in Dutch, and back.
  await languageSwitch.getByRole("link", { name: "Nederlands" }).click();
  await expectPage(p, "Onderwerp");
  await expect(p.getByRole("button", { name: "Volgende" })).toBeVisible();
  await p.getByTestId("language-switch").getByRole("link", { name: "English" }).click();
  await expectPage(p, "Topic");
  await expect(p.getByRole("button", { name: "Next", exact: true })).toBeVisible();

  // The resume link on a Dutch phone continues in English, the language the response is in.
  await p.getByText("Continue later? Keep this link").click();
  const resume = await p.getByTestId("resume-link").getAttribute("href");
  const dutch = await browser.newContext({ ...PHONE, locale: "nl-NL" });
  const d = await dutch.newPage();
  await d.goto(resume!);
  await expect(h1(d)).toHaveText("Topic");
  await expect(d.getByRole("button", { name: "Next", exact: true })).toBeVisible();
  await d.getByRole("radio", { name: "Een les" }).check();
  await submit(d, "Next");
  expect(await storedLanguage(slug)).toEqual(["en"]);
  await dutch.close();
  await phone.close();

  // The researcher's export with English labels, and the respondent's language as a column.
  await page.goto(`/admin/s/${slug}/export?includePartial=true`);
  await page.getByLabel("Taal van de labels en vraagteksten").selectOption({ label: "English" });
  await page.getByRole("button", { name: "Taal kiezen" }).click();
  await expect(page).toHaveURL(/labels=en/);
  const download = async (format: string) => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.locator(`a[data-format="${format}"]`).click()]);
    return readFile((await file.path())!, "utf8");
  };
  const book = JSON.parse(await download("codebook-json")) as { variables: { name: string; label: string; valueLabels: { label: string }[] }[] };
  const rol = book.variables.find((v) => v.name === "rol")!;
  expect(rol.label).toBe("What is your role?");
  expect(rol.valueLabels.map((l) => l.label)).toEqual(["Teacher", "Supervisor", "Other, namely"]);
  const [header, row] = (await download("csv-wide")).replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  expect(row.split(",")[header.split(",").indexOf("language")]).toBe("en");
});
