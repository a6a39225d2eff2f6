import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { newRespondent, savePage } from "./dashboard.helpers";

/**
 * "Vergelijk op" on the results page: a researcher picks a question and a grouping and reads the
 * groups with their 95 % intervals and the test; the choice lives in the URL and survives a change
 * of filters. Screenshots at 1440 and 768 px for review.
 */
const SLUG = "internationale-competenties";
const SHOTS = process.env.COMPARE_SHOTS ?? "tests/e2e/.output/compare";
const INTERVAL = /\[\d+,\d{2}; \d+,\d{2}\]/;

/** Part 1 about a stage abroad (choice mode) with the given sector, function and score for "taal". */
async function respond(request: APIRequestContext, sector: string, fn: string, taal: number, other: string[]) {
  const r = newRespondent(SLUG);
  const pages: [string, Record<string, unknown>][] = [
    ["welcome", { consent: true }],
    ["bg", { bg_function: fn, bg_province: "utrecht", bg_sector: sector }],
    ["choice", { part_choice: "p1" }],
    ["p1_activity", { p1_activity: "stage" }],
    ["p1_factors", { p1_factor_stage_taal: taal, p1_factor_stage_begeleiding: 5 }],
    ["p1_dev", { p1_dev_zelfstandigheid: 4 }],
    ["p1_top5", { p1_top5: ["zelfstandigheid", "zelfredzaamheid", "aanpassingsvermogen", "doorzettingsvermogen", "zelfvertrouwen"] }],
    ["p1_other", { p1_other: other }],
    ["raffle", { email: "" }],
  ];
  for (const [page, values] of pages) await savePage(request, r, page, values);
}

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include("[data-testid=compare-section]").analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

test("a researcher compares a question across sector groups: groups, intervals and the test", async ({ page, browser, researcher }) => {
  test.setTimeout(180_000);
  const respondent = await browser.newContext();
  const sample: [string, string, number, string[]][] = [
    ["mbo", "docent", 8, ["excursie"]], ["mbo", "docent", 6, ["gastspreker"]], ["mbo", "leerkracht", 9, ["excursie"]],
    ["hbo", "coordinator", 3, ["geen"]], ["wo", "docent", 5, ["excursie", "gastspreker"]], ["hbo", "coordinator", 4, ["geen"]],
    ["vo", "leerkracht", 7, ["excursie"]], ["po", "leerkracht", 10, ["gastspreker"]], ["vo", "teamleider", 6, ["excursie"]],
    ["wo", "docent", 6, ["excursie"]], ["wo", "leerkracht", 7, ["gastspreker"]],
  ];
  for (const [sector, fn, taal, other] of sample) await respond(respondent.request, sector, fn, taal, other);
  await respondent.close();

  await signIn(page, researcher);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(`/admin/s/${SLUG}/results`);
  const section = page.getByTestId("compare-section");
  await expect(section.getByRole("heading", { name: "Vergelijk op" })).toBeVisible();
  await section.getByLabel("Vraag").selectOption("p1_factor_stage_taal");
  await section.getByLabel("Vergelijk op").selectOption("sector_group");
  await section.getByRole("button", { name: "Vergelijken" }).click();
  await expect(page).toHaveURL(/vergelijk=sector_group/);
  await expect(page).toHaveURL(/vraag=p1_factor_stage_taal/);

  // A row per sector group with N, the mean and its 95 % interval; three groups → pairs with Holm.
  const table = section.getByTestId("compare-table");
  for (const key of ["po_vo", "mbo", "ho"]) {
    const row = table.getByTestId(`compare-group-${key}`);
    await expect(row).toBeVisible();
    await expect(row).toContainText(INTERVAL);
  }
  await expect(table.locator("thead")).toContainText("95%-BI");
  const pairs = section.getByTestId("compare-pairs");
  await expect(pairs.locator("caption")).toContainText("volgens Holm");
  await expect(pairs.locator("caption")).toContainText("t-toets van Welch");
  await expect(pairs.locator("tbody tr")).toHaveCount(3);
  await expect(section.getByTestId("compare-test")).toContainText(/F = \d+,\d{2}; df = 2 en \d+(,\d)?; p (=|<) \d,\d{3}/);
  await expect(pairs.locator("tbody")).toContainText(/p (=|<) \d,\d{3}/);
  await expect(section.getByRole("note").first()).toContainText("Kleine groep (N < 30)");
  mkdirSync(SHOTS, { recursive: true });
  await section.screenshot({ path: `${SHOTS}/compare-mean-1440.png` });
  await expectNoSeriousAxeViolations(page);

  // A filter applied from the filter form keeps the comparison, and the comparison follows it.
  await page.getByLabel("Ook gedeeltelijk ingevulde antwoorden").check();
  await page.getByRole("button", { name: "Toepassen" }).click();
  await expect(page).toHaveURL(/includePartial=true/);
  await expect(page).toHaveURL(/vergelijk=sector_group/);
  await expect(section.getByTestId("compare-table")).toBeVisible();

  // Two groups (the sector filter leaves hbo and wo): the two-proportion z-test, a share per group.
  await page.goto(`/admin/s/${SLUG}/results?sectorGroup=ho&vergelijk=bg_sector&vraag=p1_other_excursie`);
  await expect(section.getByTestId("compare-table").getByTestId("compare-group-wo")).toContainText(/\d+,\d%/);
  await expect(section.getByTestId("compare-table").getByTestId("compare-group-mbo")).toContainText("–");
  await expect(section.getByTestId("compare-test")).toContainText("z-toets voor twee proporties");
  await expect(section.getByTestId("compare-test")).toContainText(/z = -?\d+,\d{2}/);
  await expect(section.getByTestId("compare-pairs")).toHaveCount(0);

  // A single-choice question: its distribution per group and the chi² test of independence.
  await page.setViewportSize({ width: 768, height: 1000 });
  await page.goto(`/admin/s/${SLUG}/results?vergelijk=sector_group&vraag=bg_function`);
  await expect(section.getByTestId("compare-test")).toContainText("Chi²-toets van onafhankelijkheid");
  await expect(section.getByTestId("compare-test")).toContainText(/χ² = \d+,\d{2}/);
  await expect(section.getByTestId("compare-test")).toContainText(/df = \d+/);
  await expect(section.getByTestId("compare-table").locator("tbody")).toContainText(/\[\d+,\d%; \d+,\d%\]/);
  await expect(section).toContainText("verwachte aantallen zijn kleiner dan 5");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "the page itself does not scroll sideways at 768 px").toBeLessThanOrEqual(0);
  await section.screenshot({ path: `${SHOTS}/compare-categorical-768.png` });

  // Two sectors left by the filter (hbo 3, 4; wo 5, 6, 7): Welch's t-test with its fractional df.
  await page.goto(`/admin/s/${SLUG}/results?sectorGroup=ho&vergelijk=bg_sector&vraag=p1_factor_stage_taal`);
  await expect(section.getByTestId("compare-table").getByTestId("compare-group-wo")).toContainText(INTERVAL);
  await expect(section.getByTestId("compare-test")).toContainText("t-toets van Welch");
  await expect(section.getByTestId("compare-test")).toContainText(/t = -?\d+,\d{2}; df = \d+(,\d)?; p (=|<) \d,\d{3}/);
  await section.screenshot({ path: `${SHOTS}/compare-mean-768.png` });
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(`/admin/s/${SLUG}/results?vergelijk=sector_group&vraag=bg_function`);
  await expect(section.getByTestId("compare-test")).toBeVisible();
  await section.screenshot({ path: `${SHOTS}/compare-categorical-1440.png` });

  // A bad choice in the URL is a message, not a broken page.
  await page.goto(`/admin/s/${SLUG}/results?vergelijk=nope&vraag=bg_function`);
  await expect(section.getByRole("alert")).toContainText("Ongeldige vergelijking");
});
