import { mkdirSync, readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { newRespondent, respondPart1, respondPart2, savePage } from "./dashboard.helpers";

/**
 * "Alle vragen" read by a researcher: every question with a summary by its type (the part-1
 * grid per row with its skipped count, the top 5 as shares), an open question's answers listed,
 * searched and downloaded as CSV, with a respondent's HTML shown as text. Screenshots at 1440,
 * 768 and 390 px; tables stay inside their cards.
 */
const SLUG = "internationale-competenties";
const SHOTS = process.env.QUESTIONS_SHOTS ?? "tests/e2e/.output/questions";
const MARK = `Reis naar Gent ${Date.now()}`;
const SCRIPT = `<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">${MARK}`;

test.setTimeout(180_000);

async function seed(page: Page, browser: import("@playwright/test").Browser) {
  const context = await browser.newContext();
  const request = context.request;
  for (let i = 0; i < 2; i++) await respondPart1(request, newRespondent(SLUG));
  await respondPart2(request, newRespondent(SLUG));
  // One more part 1 whose "other activities" answer is "anders" with a text full of HTML.
  const r = newRespondent(SLUG);
  await respondPart1(request, r, "p1_top5");
  await savePage(request, r, "p1_other", { p1_other: ["anders"], p1_other_text: SCRIPT });
  await savePage(request, r, "raffle", { email: "" });
  await context.close();
  void page;
}

/** Tables wider than their card must scroll inside it; the page itself never scrolls sideways. */
function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) {
      // Name the outermost elements that stick out, not every descendant of them.
      const wide = [...document.querySelectorAll<HTMLElement>("body *")].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1);
      const outer = wide.filter((e) => !wide.includes(e.parentElement!)).map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
      out.push(`page ${document.documentElement.scrollWidth} > ${window.innerWidth}: ${outer.slice(0, 5).join(", ")}`);
    }
    for (const card of document.querySelectorAll<HTMLElement>('[data-testid^="question-"]')) {
      const box = card.getBoundingClientRect();
      for (const table of card.querySelectorAll("table")) {
        const wrap = table.parentElement!;
        const w = wrap.getBoundingClientRect();
        if (w.right > box.right + 1) out.push(`${card.dataset.testid}: wrapper passes the card`);
        if (table.scrollWidth > wrap.clientWidth + 1 && getComputedStyle(wrap).overflowX !== "auto") out.push(`${card.dataset.testid}: table overflows`);
      }
    }
    return out;
  });
}

const number = (text: string | null) => Number((text ?? "").replace(/\./g, "").replace(",", ".").match(/-?\d+(\.\d+)?/)?.[0]);

test("a researcher reads every question, an open question's answers, searches them and downloads them", async ({ page, browser, researcher }) => {
  await seed(page, browser);
  await signIn(page, researcher);
  mkdirSync(SHOTS, { recursive: true });

  // The tab sits next to Resultaten and takes the results page's filters along.
  await page.goto(`/admin/s/${SLUG}/results?includePartial=true`);
  await page.getByRole("navigation", { name: "Onderdelen van de vragenlijst" }).getByRole("link", { name: "Alle vragen" }).click();
  await expect(page).toHaveURL(/\/questions\?includePartial=true$/);
  await expect(page.getByRole("heading", { level: 2, name: "Alle vragen" })).toBeVisible();

  // The part-1 grid: a row per competence with its skipped count (our respondents rated two rows).
  const grid = page.getByTestId("question-p1_dev");
  await expect(grid.getByRole("heading", { name: "Deel 1 ontwikkeling" })).toBeVisible();
  const rated = grid.getByTestId("row-zelfstandigheid");
  const unrated = grid.getByTestId("row-kennis_talen");
  await expect(rated).toBeVisible();
  expect(number(await unrated.getByTestId("row-skipped").textContent())).toBeGreaterThanOrEqual(3);
  expect(number(await grid.getByTestId("question-shown").textContent())).toBeGreaterThanOrEqual(3);
  await expect(grid.getByRole("columnheader", { name: "Overgeslagen" })).toBeVisible();

  // The respondents' own top 5: share of those who could choose it.
  const top5 = page.getByTestId("question-p1_top5");
  await expect(top5.getByTestId("option-base")).toHaveText("%: van wie de vraag zag; elke respondent koos er 5.");
  expect(number(await top5.getByTestId("option-zelfstandigheid").locator("td").first().textContent())).toBeGreaterThanOrEqual(3);
  await expect(top5.getByTestId("option-zelfstandigheid").locator("td").nth(1)).toHaveText(/^\d{1,3}(,\d)?%$/);
  // The part-2 grid has "niet van toepassing" apart.
  await expect(page.getByTestId("question-p2_dev").getByRole("columnheader", { name: "0 Niet van toepassing" })).toBeVisible();

  for (const width of [1440, 768, 390]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await layoutProblems(page), `layout at ${width}px`).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/alle-vragen-${width}.png`, fullPage: width !== 1440 });
    await grid.screenshot({ path: `${SHOTS}/alle-vragen-grid-${width}.png` });
    for (const id of ["bg_function", "p1_top5", "p1_factor", "p2_dev"]) await page.getByTestId(`question-${id}`).screenshot({ path: `${SHOTS}/alle-vragen-${id}-${width}.png` });
  }
  await page.setViewportSize({ width: 1440, height: 900 });

  // An "anders, namelijk" text: its answers, newest first, HTML shown as text.
  await page.getByTestId("answers-link-p1_other_text").click();
  await expect(page).toHaveURL(/\/questions\/p1_other_text\?includePartial=true$/);
  const row = page.getByTestId("answer-row").filter({ hasText: MARK });
  await expect(row).toBeVisible();
  await expect(row.locator("td").first()).toHaveText(SCRIPT);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(row.locator("td").nth(2)).toHaveText("2023");
  await expect(row.locator("td").nth(3)).toHaveText("e2e");

  // Search: case-insensitive substring.
  await page.getByLabel("Zoek in de antwoorden").fill(MARK.toUpperCase());
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByTestId("answers-total")).toHaveText(/^1 antwoord met/);
  await expect(page.getByTestId("answer-row")).toHaveCount(1);
  expect(page.url()).toContain("includePartial=true");

  for (const width of [1440, 768, 390]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), `answers page at ${width}px`).toBe(true);
    await page.screenshot({ path: `${SHOTS}/open-antwoorden-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });

  // The CSV of what is shown: BOM, the exports' columns, the response ID, the text as is.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("answers-csv").click()]);
  expect(download.suggestedFilename()).toBe(`antwoorden-${SLUG}-p1_other_text.csv`);
  const csv = readFileSync(await download.path(), "utf8");
  expect(csv.startsWith("\uFEFFresponse_id,wave,definition_version,answered_at,source,variable,answer\n")).toBe(true);
  const lines = csv.trim().split("\n");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(/^[0-9a-f-]{36},2023,1,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ,e2e,p1_other_text,/);
  expect(lines[1]).toContain(`"<script>window.__xss = 1</script><img src=x onerror=""window.__xss = 2"">${MARK}"`);
});

/** The example survey's answers through the API, page by page as the survey asks them. */
const EXAMPLE = "voorbeeld-alle-elementen";
const EXAMPLE_VALUES: Record<string, Record<string, unknown>> = {
  welkom: { toestemming: true },
  over_jou: { rol: "docent", regio: "noord", jaren: 12, school: "De Brug" },
  onderwerp_kiezen: { onderwerp: "les" },
  stellingen: { cijfer: 7, stelling_les_duidelijk: 4, stelling_les_tempo: 3, algemeen_tevreden: 5 },
  choice: { part_choice: "b" },
  volgorde: { belang: ["geld", "tijd", "steun"], hulp: ["coach"] },
  afsluiting: { opmerking: "Prima <b>vragenlijst</b>", email: "" },
};

test("the example survey: a ranking, a number and open texts summarised", async ({ page, browser, researcher }) => {
  const context = await browser.newContext();
  const r = newRespondent(EXAMPLE);
  let next = "welkom";
  while (EXAMPLE_VALUES[next]) next = (await savePage(context.request, r, next, EXAMPLE_VALUES[next])).currentPage;
  await context.close();
  await signIn(page, researcher);
  await page.goto(`/admin/s/${EXAMPLE}/questions?includePartial=true`);
  const ranking = page.getByTestId("question-belang");
  await expect(ranking.getByRole("columnheader", { name: "Gemiddelde rang" })).toBeVisible();
  await expect(ranking.getByRole("columnheader", { name: "% in top 3" })).toBeVisible();
  await expect(page.getByTestId("question-jaren")).toContainText("Gemiddelde");
  await expect(page.getByTestId("answers-link-opmerking")).toContainText("Lees de antwoorden");
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [1440, 768, 390]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await layoutProblems(page), `layout at ${width}px`).toEqual([]);
    for (const id of ["belang", "jaren", "stelling", "hulp", "opmerking"]) await page.getByTestId(`question-${id}`).screenshot({ path: `${SHOTS}/voorbeeld-${id}-${width}.png` });
  }
});

test("the answers of something that is not an open question are not found", async ({ page, researcher }) => {
  await signIn(page, researcher);
  const response = await page.goto(`/admin/s/${SLUG}/questions/bg_function`);
  expect(response?.status()).toBe(404);
  const api = await page.request.get(`/api/admin/s/${SLUG}/answers?vraag=bg_function`);
  expect(api.status()).toBe(404);
  expect(((await api.json()) as { error: string }).error).toMatch(/geen open vraag/);
  const bad = await page.request.get(`/api/admin/s/${SLUG}/answers?vraag=p1_other_text&wave=%3Cx%3E`);
  expect(bad.status()).toBe(400);
});
