import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { newRespondent, respondPart1, respondPart2 } from "./dashboard.helpers";
import { e2eDatabase } from "./db";

/**
 * The researcher's dashboard: live monitoring while a respondent (another browser context, driven
 * through the public API) works through the questionnaire, the report's figures, accessibility.
 */
const SLUG = "internationale-competenties";
const SHOTS = "tests/e2e/.output";
/** The chart itself, not the legend icons (also svg.recharts-surface). */
const CHART = "svg.recharts-surface:not([aria-label])";
const number = async (page: Page, testId: string) => Number((await page.getByTestId(testId).innerText()).replace(/\D/g, "") || 0);

/** A cell of a funnel section's table (components/dashboard/FunnelWidget.tsx): its count, without the percentage. */
async function funnelCell(page: Page, section: string, step: string, col: "reached" | "left"): Promise<number> {
  const cell = page.getByTestId(`funnel-choice-${section}`).locator(`tr[data-step="${step}"] [data-col="${col}"]`);
  return (await cell.count()) ? Number((await cell.innerText()).replace(/\(.*\)/, "").replace(/\D/g, "")) : 0;
}

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

test("counters and funnel follow a respondent live, without reload", async ({ page, browser, researcher }) => {
  await signIn(page, researcher);
  await page.goto(`/admin/s/${SLUG}`);
  await expect(page.getByTestId("live-status")).toContainText("gecontroleerd");
  const started = await number(page, "stat-started");
  const finished = await number(page, "stat-finished");
  const stoppedAtOther = await funnelCell(page, "path:p1", "p1_other", "left");
  const finishedP1 = await funnelCell(page, "path:p1", "finished", "reached");
  let reloads = 0;
  page.on("load", () => reloads++);

  const respondent = await browser.newContext();
  try {
    const r = newRespondent(SLUG);
    await respondPart1(respondent.request, r, "p1_top5");
    await expect(page.getByTestId("stat-started")).toHaveText(String(started + 1), { timeout: 5_000 });
    await expect.poll(() => funnelCell(page, "path:p1", "p1_other", "left"), { timeout: 5_000 }).toBe(stoppedAtOther + 1);
    expect(await number(page, "stat-finished")).toBe(finished);

    await respondPart1(respondent.request, r, undefined, "p1_other");
    await expect(page.getByTestId("stat-finished")).toHaveText(String(finished + 1), { timeout: 5_000 });
    await expect.poll(() => funnelCell(page, "path:p1", "finished", "reached"), { timeout: 5_000 }).toBe(finishedP1 + 1);
    expect(await funnelCell(page, "path:p1", "p1_other", "left")).toBe(stoppedAtOther);
  } finally {
    await respondent.close();
  }
  expect(reloads, "the page must update without a reload").toBe(0);
  await expect(page.getByTestId("funnel-choice-path:p1")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/dashboard-monitoring.png`, fullPage: true });
  await expectNoSeriousAxeViolations(page);
});

test("results show the report's figures with N, filters in the URL, on desktop and phone", async ({ page, browser, researcher }) => {
  test.setTimeout(180_000); // a long page: two full renders, axe and four screenshots
  const respondent = await browser.newContext();
  await respondPart1(respondent.request, newRespondent(SLUG));
  await respondPart2(respondent.request, newRespondent(SLUG));
  await respondent.close();

  await signIn(page, researcher);
  await page.goto(`/admin/s/${SLUG}/results`);
  for (const id of ["figuur-1", "figuur-2", "figuur-3-deel-1", "figuur-4", "factoren-stage", "top5-stage", "overig-p1", "overig-p2"]) {
    const figure = page.getByTestId(`figure-${id}`);
    await expect(figure.getByTestId("figure-n")).toContainText(/N = [1-9]/);
    await expect(figure.locator(CHART), id).toBeVisible();
  }
  await expect(page.getByTestId("panel-ontwikkeling-panel-congres").locator(CHART).first()).toBeVisible();
  for (const id of ["tabel-2", "tabel-3", "tabel-4"]) await expect(page.getByTestId(`table-${id}`).locator("table")).toBeVisible();
  // Other specs may add respondents to the shared database: the warning follows the shown N.
  const stage = page.getByTestId("figure-factoren-stage");
  // "N = 12 (2023)": the N before its waves.
  const stageN = Number(/N = ([\d.]+)/.exec(await stage.getByTestId("figure-n").innerText())![1].replace(/\./g, ""));
  if (stageN < 10) await expect(stage.getByRole("note")).toContainText("Kleine groep");
  else await expect(stage.getByRole("note")).toHaveCount(0);

  // The table view of a figure has the exact numbers: one row per statement, means with their n.
  await stage.getByText("Tabel met de cijfers").click();
  await expect(stage.locator("table caption")).toContainText(`N = ${stageN}`);
  await expect(stage.locator("table tbody tr")).toHaveCount(8);
  await expect(stage.locator("table tbody tr").first()).toContainText(/\d+(,\d+)? \(\d+\)/);

  await page.getByLabel("Ook gedeeltelijk ingevulde antwoorden").check();
  await page.getByLabel("Sector", { exact: true }).selectOption("mbo");
  await page.getByRole("button", { name: "Toepassen" }).click();
  await expect(page).toHaveURL(/includePartial=true/);
  await expect(page).toHaveURL(/sectorGroup=mbo/);
  await expect(page.getByLabel("Sector", { exact: true })).toHaveValue("mbo");
  await expect(page.getByTestId("figure-figuur-2").getByTestId("figure-n")).toContainText("N =");

  await page.screenshot({ path: `${SHOTS}/dashboard-results.png`, fullPage: true });
  await expectNoSeriousAxeViolations(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/admin/s/${SLUG}/results`);
  await expect(page.getByTestId("figure-figuur-1").locator(CHART)).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "no horizontal scrolling on a phone").toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/dashboard-results-390.png`, fullPage: true });
  await page.goto(`/admin/s/${SLUG}`);
  await expect(page.getByTestId("stat-started")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/dashboard-monitoring-390.png`, fullPage: true });
});

test("overview lists the survey with started and finished counts", async ({ page, browser, researcher }) => {
  await signIn(page, researcher);
  // The same counts as the monitoring page, and each new response adds exactly one.
  await page.goto(`/admin/s/${SLUG}`);
  const started = await number(page, "stat-started");
  const finished = await number(page, "stat-finished");
  await page.goto("/admin");
  await expect(page.getByTestId(`overview-started-${SLUG}`)).toHaveText(String(started));
  await expect(page.getByTestId(`overview-finished-${SLUG}`)).toHaveText(String(finished));
  const respondent = await browser.newContext();
  try {
    await respondPart1(respondent.request, newRespondent(SLUG), "bg");
  } finally {
    await respondent.close();
  }
  await page.reload();
  await expect(page.getByTestId(`overview-started-${SLUG}`)).toHaveText(String(started + 1));
  await expect(page.getByTestId(`overview-finished-${SLUG}`)).toHaveText(String(finished));
  await page.getByRole("link", { name: "Resultaten" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/admin/s/${SLUG}/results`));
  await expect(page.getByRole("link", { name: "Resultaten", exact: true }).last()).toHaveAttribute("aria-current", "page");
  await expectNoSeriousAxeViolations(page);
});

test("a widget whose query fails shows a notice; the rest of the page still works", async ({ page, researcher }) => {
  await signIn(page, researcher);
  const db = await e2eDatabase();
  // Only the page-times query reads duration_ms; hide it for the length of one page load.
  await db.query(`ALTER TABLE page_visit RENAME COLUMN duration_ms TO duration_ms_hidden`);
  try {
    await page.goto(`/admin/s/${SLUG}`);
    await expect(page.getByTestId("widget-error")).toHaveText(/De tijd per pagina kon niet worden geladen/);
    await expect(page.getByTestId("widget-error")).toHaveCount(1);
    await expect(page.getByTestId("stat-started")).toBeVisible();
    await expect(page.getByTestId("funnel-choice-path:p1")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Monitoring veldwerk" })).toBeVisible();
  } finally {
    await db.query(`ALTER TABLE page_visit RENAME COLUMN duration_ms_hidden TO duration_ms`);
    await db.end();
  }
  await page.reload();
  await expect(page.getByRole("heading", { name: "Mediane tijd per pagina" })).toBeVisible();
  await expect(page.getByTestId("widget-error")).toHaveCount(0);
});

