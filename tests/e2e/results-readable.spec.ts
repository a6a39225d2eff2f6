import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { importSurveyMonkey, newRespondent, respondPart1, respondPart2 } from "./dashboard.helpers";

/**
 * The results page read by a researcher: titles that say which waves, filters and N are in a
 * figure, labels and tables that fit their cards at 1440 and 768 px, Dutch numbers, filters kept
 * across the survey's tabs and in saved views. Runs on both waves (2023 live + 2020 imported).
 */
const SLUG = "internationale-competenties";
const SHOTS = process.env.RESULTS_SHOTS ?? "tests/e2e/.output";
const BASE_SHOTS = process.env.BASES_SHOTS ?? SHOTS;
const FIXTURE = path.join(import.meta.dirname, "../fixtures/surveymonkey/wave2020.csv");
const CHART = "svg.recharts-surface:not([aria-label])";

test.setTimeout(240_000);

/** The 2020 SurveyMonkey wave through the import API (once per database), as import.spec.ts does through the form. */
async function ensureWave2020(request: APIRequestContext) {
  const page = await request.get(`/admin/s/${SLUG}/results`);
  if ((await page.text()).includes('value="2020"')) return;
  const file = { name: "wave2020.csv", mimeType: "text/csv", buffer: readFileSync(FIXTURE) };
  const imported = await importSurveyMonkey(request, SLUG, file, "2020");
  expect(imported.status(), await imported.text()).toBe(201);
}

async function seed(page: Page, browser: import("@playwright/test").Browser) {
  const respondent = await browser.newContext();
  for (let i = 0; i < 2; i++) await respondPart1(respondent.request, newRespondent(SLUG));
  await respondPart2(respondent.request, newRespondent(SLUG));
  await respondent.close();
  await ensureWave2020(page.request);
  // Figures follow a change once the live marker moves, which may hold up to 60 s after an
  // expensive refresh (lib/analysis/live.ts): wait for the imported wave to be in them.
  await expect(async () => {
    await page.goto(`/admin/s/${SLUG}/results`);
    await expect(page.getByTestId("figure-figuur-1").getByTestId("figure-n")).toContainText("2020", { timeout: 2_000 });
  }).toPass({ timeout: 75_000 });
}

/** Layout defects of every figure and table card, measured in the browser. */
function measure(page: Page) {
  return page.evaluate(() => {
    const out: { overflowingTables: string[]; clippedTicks: string[]; cutHeaders: string[] } = { overflowingTables: [], clippedTicks: [], cutHeaders: [] };
    const cards = document.querySelectorAll<HTMLElement>('[data-testid^="figure-"], [data-testid^="table-"]');
    for (const card of cards) {
      const id = card.dataset.testid!;
      const box = card.getBoundingClientRect();
      for (const table of card.querySelectorAll("table")) {
        const t = table.getBoundingClientRect();
        // At 1440 and 768 px a table fits its card; narrower screens may scroll it inside the card.
        let scroller: HTMLElement | null = table.parentElement;
        while (scroller && scroller !== card && !["auto", "scroll"].includes(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
        const hasScroller = scroller !== null && scroller !== card && scroller.getBoundingClientRect().right <= box.right + 1;
        if (t.width > 0 && (t.right > box.right + 1 || !hasScroller)) out.overflowingTables.push(`${id}: ${Math.round(t.width)} px in ${Math.round(box.width)} px`);
        for (const th of table.querySelectorAll<HTMLElement>("th")) {
          if (th.scrollWidth > th.clientWidth + 1) out.cutHeaders.push(`${id}: ${th.innerText}`);
        }
      }
      const svg = card.querySelector<SVGSVGElement>("svg.recharts-surface:not([aria-label])");
      if (!svg) continue;
      const s = svg.getBoundingClientRect();
      // The category labels: whole (the lines joined give the label) and inside the chart.
      const bare = (t: string) => t.replace(/[\s-]/g, "");
      for (const tick of svg.querySelectorAll<SVGTextElement>(".recharts-yAxis-tick-labels text")) {
        const full = tick.dataset.label ?? null;
        const shown = [...tick.querySelectorAll("tspan")].map((t) => t.textContent).join(" ");
        const b = tick.getBoundingClientRect();
        if (b.left < s.left - 1 || b.right > s.right + 1) out.clippedTicks.push(`${id}: "${shown}" outside the chart`);
        else if (shown.includes("…") || full === null || bare(shown) !== bare(full)) out.clippedTicks.push(`${id}: "${shown}"`);
      }
    }
    return out;
  });
}

for (const width of [1440, 768]) {
  test(`results at ${width} px: labels whole, tables within their cards, Dutch numbers`, async ({ page, browser, researcher }) => {
    await signIn(page, researcher);
    await seed(page, browser);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/admin/s/${SLUG}/results`);
    await expect(page.getByTestId("figure-figuur-1").locator(CHART)).toBeVisible();
    await expect(page.getByTestId("figure-figuur-1").getByTestId("figure-n")).toContainText("2020");
    // Open every "table with the numbers" so their widths are measured too.
    for (const summary of await page.locator("details > summary").all()) await summary.click();
    await page.waitForTimeout(300);
    const m = await measure(page);
    expect.soft(m.overflowingTables, "tables wider than their card, outside a scroll container").toEqual([]);
    expect.soft(m.cutHeaders, "table headers cut").toEqual([]);
    expect.soft(m.clippedTicks, "axis labels clipped or shortened").toEqual([]);

    // A figure of many rows (a list of competences) spans the full width of its section, in a panel too.
    const narrow = await page.evaluate(() => {
      const main = document.querySelector("main")!.getBoundingClientRect().width;
      return [...document.querySelectorAll<HTMLElement>('section[data-testid^="figure-"]')]
        .filter((c) => c.querySelectorAll("tbody tr").length > 10 && c.getBoundingClientRect().width < main * 0.9)
        .map((c) => `${c.dataset.testid}: ${Math.round(c.getBoundingClientRect().width)} px of ${Math.round(main)} px`);
    });
    expect.soft(narrow, "long figures in a narrow card").toEqual([]);

    // Numbers shown (tables, N lines, axis ticks) have a decimal comma, never a point.
    const texts = await page.locator('[data-testid^="figure-"] td, [data-testid^="table-"] td, .recharts-xAxis text').allInnerTexts();
    const withPoint = texts.filter((t) => /\d\.\d/.test(t));
    expect.soft(withPoint, "decimal points").toEqual([]);
    await page.screenshot({ path: `${SHOTS}/results-${width}.png`, fullPage: true });
  });
}

test("with wave=2020, titles name 2020 and no figure shows an empty 2020 group", async ({ page, browser, researcher }) => {
  await signIn(page, researcher);
  await seed(page, browser);
  await page.goto(`/admin/s/${SLUG}/results?wave=2020`);
  const fig4 = page.getByTestId("figure-figuur-4");
  await expect(fig4.locator("h3")).toContainText("2020");
  await expect(fig4.locator("h3")).not.toContainText("alle waves");
  await expect(fig4.getByTestId("figure-base")).toContainText(/N = \d+ \(2020\)/);
  // 2020 had no part 2: Figuur 3b has no "2020 (N = 0)" bar; it says there are no respondents.
  const fig3b = page.getByTestId("figure-figuur-3-deel-2");
  await expect(fig3b).not.toContainText("N = 0");
  await expect(fig3b.locator(".recharts-legend-item")).toHaveCount(0);
  await expect(fig3b).toContainText("geen respondenten");
  // Every figure states the wave and who counts: by default who answered the question, partial responses too.
  for (const base of await page.getByTestId("figure-base").all()) {
    await expect(base).toContainText("2020");
    await expect(base).toContainText("wie de vraag beantwoordde");
  }
  await page.goto(`/admin/s/${SLUG}/results?wave=2020&wave=2023&flowMode=choice&includePartial=true`);
  await expect(page.getByTestId("figure-figuur-1").getByTestId("figure-base")).toContainText("Keuze");
  await expect(page.getByTestId("figure-figuur-1").getByTestId("figure-base")).toContainText("incl. gedeeltelijk");
});

test("the bases: who counts and group means are settings, stated on every base line", async ({ page, browser, researcher }) => {
  await signIn(page, researcher);
  await seed(page, browser);
  await page.goto(`/admin/s/${SLUG}/results`);
  const settings = page.getByRole("group", { name: "Wie telt mee" });
  await expect(settings.getByRole("radio", { name: /wie de vraag beantwoordde/ })).toBeChecked();
  await expect(page.getByLabel("Gemiddelde van een groep stellingen")).toHaveValue("items");
  for (const base of await page.getByTestId("figure-base").all()) await expect(base).toContainText("wie de vraag beantwoordde");
  await expect(page.getByTestId("figure-overig-p1").getByTestId("figure-base")).toContainText("% per optie van wie de optie te zien kreeg");
  // A figure of group means with ratings (the seeded part-2 respondent chose one activity).
  const groups = page.locator('[data-testid^="figure-ontwikkeling-"]:not([data-testid*="-top-"])').filter({ has: page.locator(CHART) }).first();
  await expect(groups.getByTestId("figure-base")).toContainText("groepsgemiddelde: gemiddelde van de itemgemiddelden");

  await settings.getByRole("radio", { name: /Alleen afgeronde antwoorden/ }).check();
  await page.getByLabel("Gemiddelde van een groep stellingen").selectOption("pooled");
  await page.getByRole("button", { name: "Toepassen" }).click();
  await expect(page).toHaveURL(/includePartial=false/);
  await expect(page).toHaveURL(/groupMean=pooled/);
  await expect(page.getByTestId("figure-figuur-1").getByTestId("figure-base")).toContainText("wie de hele vragenlijst afrondde");
  await expect(page.getByTestId("figure-figuur-4").getByTestId("figure-base")).toContainText("wie „Deel 1: leerlingen en studenten” afrondde");
  await expect(groups.getByTestId("figure-base")).toContainText("groepsgemiddelde: alle beoordelingen samen");
  mkdirSync(BASE_SHOTS, { recursive: true });
  for (const width of [1440, 768, 390]) {
    await page.setViewportSize({ width, height: 1000 });
    await page.goto(`/admin/s/${SLUG}/results`);
    await page.getByRole("group", { name: "Wie telt mee" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${BASE_SHOTS}/results-settings-${width}.png` });
    await page.getByTestId("figure-overig-p1").scrollIntoViewIfNeeded();
    await page.getByTestId("figure-overig-p1").screenshot({ path: `${BASE_SHOTS}/results-offered-${width}.png` });
    await groups.screenshot({ path: `${BASE_SHOTS}/results-group-mean-${width}.png` });
    await page.goto(`/admin/s/${SLUG}/results?includePartial=false`);
    await page.getByTestId("figure-figuur-4").screenshot({ path: `${BASE_SHOTS}/results-part-finished-${width}.png` });
  }
});

test("filters are kept when switching tabs, and can be saved as a view", async ({ page, browser, researcher }) => {
  await signIn(page, researcher);
  await seed(page, browser);
  await page.goto(`/admin/s/${SLUG}/results?wave=2023&sectorGroup=mbo&includePartial=true&groupMean=pooled`);
  const tabs = page.getByRole("navigation", { name: "Onderdelen van de vragenlijst" });
  await tabs.getByRole("link", { name: "Export" }).click();
  await expect(page).toHaveURL(/\/export\?.*sectorGroup=mbo/);
  await expect(page.getByLabel("Sector", { exact: true })).toHaveValue("mbo");
  await expect(page.getByRole("group", { name: "Wave" }).getByRole("checkbox", { name: "2023" })).toBeChecked();
  await expect(page.getByLabel("Ook gedeeltelijk ingevulde antwoorden")).toBeChecked();
  await tabs.getByRole("link", { name: "Resultaten" }).click();
  await expect(page).toHaveURL(/\/results\?.*sectorGroup=mbo/);
  await expect(page.getByLabel("Sector", { exact: true })).toHaveValue("mbo");
  await expect(page.getByLabel("Gemiddelde van een groep stellingen")).toHaveValue("pooled");

  const name = `MBO 2023 ${Date.now()}`;
  await page.getByLabel("Naam van de weergave").fill(name);
  await page.getByRole("button", { name: "Weergave opslaan" }).click();
  const link = page.getByTestId("saved-views").getByRole("link", { name });
  await expect(link).toBeVisible();
  await page.goto(`/admin/s/${SLUG}/results`);
  await expect(page.getByLabel("Sector", { exact: true })).toHaveValue("");
  await page.getByTestId("saved-views").getByRole("link", { name }).click();
  await expect(page).toHaveURL(/sectorGroup=mbo/);
  await expect(page.getByLabel("Sector", { exact: true })).toHaveValue("mbo");
  await expect(page.getByLabel("Ook gedeeltelijk ingevulde antwoorden")).toBeChecked();
  await expect(page.getByLabel("Gemiddelde van een groep stellingen")).toHaveValue("pooled");
});
