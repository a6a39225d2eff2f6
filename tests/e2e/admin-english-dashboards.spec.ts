import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

/**
 * The dashboards in English (cookie admin_lang=en): monitoring, results and all questions show
 * their fixed texts in English and none of the Dutch ones; back to Nederlands shows Dutch again.
 * The survey's own texts (titles, options) stay as written, so only fixed UI words are checked.
 */
const SLUG = "internationale-competenties";
const SHOTS = "tests/e2e/.output";

async function useEnglish(page: Page, baseURL: string | undefined) {
  await page.context().addCookies([{ name: "admin_lang", value: "en", url: baseURL ?? "http://localhost" }]);
}

/** Dutch words of the area that must not appear in <main> in English (whole words, case-sensitive). */
async function expectNoDutch(page: Page, words: string[]) {
  const text = await page.locator("main").innerText();
  const found = words.filter((w) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, "u").test(text));
  expect(found).toEqual([]);
}

test("monitoring in English, and back to Dutch", async ({ page, researcher, baseURL }) => {
  await signIn(page, researcher);
  await useEnglish(page, baseURL);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(`/admin/s/${SLUG}`);
  const main = page.locator("main");
  await expect(main.getByRole("heading", { name: "Fieldwork monitoring" })).toBeVisible();
  await expect(page.getByTestId("live-status")).toContainText("checked");
  await expect(main.getByRole("button", { name: "Apply" })).toBeVisible();
  await expect(main.getByRole("link", { name: "Clear" })).toBeVisible();
  await expect(main.getByText("Break down by")).toBeVisible();
  await expect(main.getByRole("heading", { name: "Dropout per page" })).toBeVisible();
  await expect(main.getByRole("heading", { name: "Responses per day" })).toBeVisible();
  await expect(main.getByRole("heading", { name: "Cumulative response, per source" })).toBeVisible();
  await expect(main.getByRole("heading", { name: "Median completion time" })).toBeVisible();
  await expect(main.getByRole("heading", { name: "Median time per page" })).toBeVisible();
  await expect(main.getByRole("heading", { name: "Source and background" })).toBeVisible();
  await expect(page.getByTestId("fieldwork")).toContainText("Fieldwork:");
  await page.getByTestId("fieldwork").locator("summary").click();
  await expect(page.getByTestId("fieldwork").getByRole("group", { name: "New respondents" })).toBeVisible();
  await expect(page.getByTestId("fieldwork").getByRole("button", { name: "Save" })).toBeVisible();
  await expect(page.getByTestId("monitoring-scope")).toContainText("All live responses.");
  await main.screenshot({ path: `${SHOTS}/admin-english-monitoring.png` });
  await expectNoDutch(page, [
    "Monitoring veldwerk", "Gestart", "Afgerond", "Afrondingspercentage", "Toepassen", "Wissen", "Uitsplitsen", "Verloop", "Beide",
    "Uitval", "Bereikt", "Antwoorden per dag", "Mediane", "Mediaan", "Herkomst", "Veldwerk", "Nieuwe deelnemers", "Opslaan", "Pagina",
    "Dag", "Groep", "Nog geen antwoorden", "gestart", "afgerond", "gecontroleerd", "Figuur downloaden",
  ]);

  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.getByRole("heading", { name: "Monitoring veldwerk" })).toBeVisible();
  await expect(page.locator("main").getByRole("button", { name: "Toepassen" })).toBeVisible();
});

test("results and the comparison in English, and back to Dutch", async ({ page, researcher, baseURL }) => {
  await signIn(page, researcher);
  await useEnglish(page, baseURL);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(`/admin/s/${SLUG}/results?vergelijk=wave&vraag=bg_function`);
  const main = page.locator("main");
  await expect(main.getByRole("heading", { level: 2, name: "Results" })).toBeVisible();
  await expect(main.getByRole("group", { name: "Who is counted" })).toBeVisible();
  await expect(page.getByTestId("results-pdf")).toHaveText("Download PDF");
  await expect(page.getByTestId("results-share")).toHaveText("Create share link…");
  await expect(page.getByTestId("saved-views").getByRole("heading", { name: "Saved views" })).toBeVisible();
  await expect(page.getByTestId("saved-views").getByRole("button", { name: "Save view" })).toBeVisible();
  await expect(page.getByTestId("compare-section").getByRole("heading", { name: "Compare by" })).toBeVisible();
  await expect(page.getByTestId("compare-section").getByRole("button", { name: "Compare" })).toBeVisible();
  await expect(page.getByTestId("compare-result")).toContainText("Compared by wave");
  await expect(page.getByTestId("compare-result")).toContainText("95% CI: confidence interval");
  await expect(main.getByText(/^Who is counted: everyone who answered the question/)).toBeVisible();
  await expect(page.getByTestId("figure-base").first()).toContainText("those who answered the question, incl. partial responses");
  // A title's "{waves}" is filled in lib (Dutch, as in exports); the base line under it is in English.
  await expect(page.getByTestId("figure-n").filter({ hasText: "geen respondenten" })).toHaveCount(0);
  await main.screenshot({ path: `${SHOTS}/admin-english-results.png` });
  await expectNoDutch(page, [
    "Resultaten", "Wissen", "Wie telt mee", "PDF downloaden", "Deellink", "Opgeslagen weergaven", "Weergave opslaan",
    "Vergelijk op", "Vergelijken", "Vergeleken", "Kies een vraag", "Nog geen antwoorden", "Tabel met de cijfers", "Figuur downloaden",
    "betrouwbaarheidsinterval", "Niet getoetst", "Gemiddelde van de itemgemiddelden", "Kleine groep", "wie de vraag beantwoordde",
  ]);

  // "Toepassen" also begins some of the survey's own statements: only the button is checked.
  await expect(main.getByRole("button", { name: "Toepassen" })).toHaveCount(0);

  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.locator("main").getByRole("heading", { level: 2, name: "Resultaten" })).toBeVisible();
  await expect(page.getByTestId("results-pdf")).toHaveText("PDF downloaden");
});

test("all questions and an open question's answers in English, and back to Dutch", async ({ page, researcher, baseURL }) => {
  await signIn(page, researcher);
  await useEnglish(page, baseURL);
  await page.goto(`/admin/s/${SLUG}/questions`);
  const main = page.locator("main");
  await expect(main.getByRole("heading", { level: 2, name: "All questions" })).toBeVisible();
  await expect(main.getByText("Every question of the questionnaire with a summary by question type.")).toBeVisible();
  const card = page.getByTestId("question-bg_function");
  await expect(card.getByTestId("question-facts")).toContainText("Seen:");
  await expect(card.getByTestId("question-facts")).toContainText("Skipped:");
  await expectNoDutch(page, [
    "Alle vragen", "Gezien", "Beantwoord", "Overgeslagen", "Eén antwoord", "Meer antwoorden", "Rangorde", "Schaal", "Open vraag",
    "Nog niemand", "Toepassen", "Wie telt mee", "Inclusief gedeeltelijk",
  ]);

  await page.goto(`/admin/s/${SLUG}/questions/p1_other_text`);
  await expect(main.getByRole("link", { name: "← All questions" })).toBeVisible();
  await expect(main.getByRole("button", { name: "Search" })).toBeVisible();
  await expect(page.getByTestId("answers-csv")).toHaveText("Download as CSV");
  await expect(page.getByTestId("answers-total")).toHaveText("No answers for this selection yet.");
  await expectNoDutch(page, ["Alle vragen", "Zoeken", "Zoek in de antwoorden", "Download als CSV", "Nog geen antwoorden", "Toepassen"]);

  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.getByTestId("answers-csv")).toHaveText("Download als CSV");
  await expect(page.locator("main").getByRole("link", { name: "← Alle vragen" })).toBeVisible();
});
