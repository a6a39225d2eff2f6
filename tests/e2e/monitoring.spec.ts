import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { newRespondent, respondPart1, respondPart2, savePage } from "./dashboard.helpers";

/**
 * Monitoring's funnels per route and its filters, as a researcher reads them: in choice mode each
 * chosen part its own path, the finished count as the last step, the extra part after the raffle
 * and end page, and the filter form narrowing every figure through the URL.
 */
const SLUG = "internationale-competenties";
const SHOTS = process.env.FUNNEL_SHOTS ?? "tests/e2e/.output";
const count = (text: string) => Number(text.replace(/\(.*\)/, "").replace(/\D/g, "") || 0);

async function reachedColumn(table: Locator): Promise<{ step: string; reached: number }[]> {
  const rows = table.locator("tbody tr");
  const out = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    out.push({ step: (await row.getAttribute("data-step"))!, reached: count(await row.locator('[data-col="reached"]').innerText()) });
  }
  return out;
}

/** A sequential respondent (version 2) who finishes and closes the window on the raffle page. */
async function sequentialFinishedOnRaffle(request: APIRequestContext) {
  const r = newRespondent(SLUG);
  const first = await request.put(`/api/s/${SLUG}/responses/${r.id}`, {
    data: { secret: r.secret, seq: 1, page: "welcome", durationMs: 3000, values: { consent: true }, version: 2, source: "nieuwsbrief" },
  });
  expect(first.status(), await first.text()).toBe(200);
  r.seq = 1;
  await savePage(request, r, "bg", { bg_function: "docent", bg_province: "utrecht", bg_sector: "vo" });
  await savePage(request, r, "p1_activity", { p1_activity: "online" });
  await savePage(request, r, "p1_factors", { p1_factor_online_taal: 6 });
  await savePage(request, r, "p1_dev", { p1_dev_zelfstandigheid: 3 });
  await savePage(request, r, "p1_top5", { p1_top5: ["zelfstandigheid", "zelfredzaamheid", "aanpassingsvermogen", "doorzettingsvermogen", "zelfvertrouwen"] });
  await savePage(request, r, "p1_other", { p1_other: ["excursie"] });
  await savePage(request, r, "p2_activity", { p2_activity: "congres" });
  await savePage(request, r, "p2_dev", { p2_dev_open_minded: 4 });
  await savePage(request, r, "p2_top5", { p2_top5: ["open_minded", "nieuwsgierigheid", "kennis_talen", "zelfvertrouwen", "creativiteit"] });
  const last = await savePage(request, r, "p2_other", { p2_other: ["begeleiden_excursie"] });
  expect(last).toMatchObject({ isFinished: true, currentPage: "raffle" });
}

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

test("funnels per route: own path per chosen part, Afgerond = finished, extra part after the raffle; filters narrow monitoring", async ({ page, browser, researcher }) => {
  test.setTimeout(180_000);
  const respondent = await browser.newContext();
  try {
    // Part 1, finished, window closed on the raffle page.
    await respondPart1(respondent.request, newRespondent(SLUG), "p1_other");
    // Part 1, left on the development grid.
    await respondPart1(respondent.request, newRespondent(SLUG), "p1_factors");
    // Part 2 to the end page, then the extra part 1 up to its second page.
    const extra = newRespondent(SLUG);
    await respondPart2(respondent.request, extra);
    await savePage(respondent.request, extra, "done", { extra_part: "p1" });
    await savePage(respondent.request, extra, "p1_activity", { p1_activity: "uitwisseling" });
    await sequentialFinishedOnRaffle(respondent.request);
  } finally {
    await respondent.close();
  }

  await signIn(page, researcher);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/admin/s/${SLUG}`);
  const p2Path = page.getByTestId("funnel-choice-path:p2");
  await expect(p2Path).toBeVisible();

  // Part 2's path holds only part 2's pages, and ends with the finished count.
  const p2Steps = await reachedColumn(p2Path);
  expect(p2Steps.map((s) => s.step)).toEqual(["p2_activity", "p2_dev", "p2_top5", "p2_other", "finished"]);
  await expect(p2Path.locator('tr[data-step="finished"] th')).toHaveText("Afgerond");

  // Counts never rise within any section.
  for (const table of await page.locator('[data-testid^="funnel-"] table').all()) {
    const reached = (await reachedColumn(table)).map((s) => s.reached);
    expect(reached, (await table.getAttribute("data-testid")) ?? "").toEqual([...reached].sort((a, b) => b - a));
  }

  // The raffle and end page come after the path, the extra part after them.
  const order = await page.locator('[data-testid^="funnel-choice-"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")));
  const at = (id: string) => order.indexOf(`funnel-choice-${id}`);
  expect(at("path:p2")).toBeGreaterThan(-1);
  expect(at("path:p2")).toBeLessThan(at("after:p2"));
  expect(at("after:p2")).toBeLessThan(at("extra:p2:p1"));
  await expect(page.getByTestId("funnel-choice-extra:p2:p1").locator('tr[data-step="p1_activity"] [data-col="reached"]')).not.toHaveText(/^0/);

  // The finished steps add up to the arm's finished count, and the arms to the page's total.
  const armFinished = async (arm: string) => count(await page.getByTestId(`funnel-${arm}-finished`).innerText());
  const choiceFinished = count(await page.getByTestId("funnel-choice-path:p1").locator('tr[data-step="finished"] [data-col="reached"]').innerText())
    + count(await p2Path.locator('tr[data-step="finished"] [data-col="reached"]').innerText());
  expect(choiceFinished).toBe(await armFinished("choice"));
  const seqFinished = count(await page.getByTestId("funnel-sequential-path").locator('tr[data-step="finished"] [data-col="reached"]').innerText());
  expect(seqFinished).toBe(await armFinished("sequential"));
  expect(choiceFinished + seqFinished).toBe(count(await page.getByTestId("stat-finished").innerText()));
  // More finished than reached the end page: some closed the window on the raffle page.
  const seqDone = count(await page.getByTestId("funnel-sequential-after").locator('tr[data-step="done"] [data-col="reached"]').innerText());
  expect(seqDone).toBeLessThan(seqFinished);
  await page.screenshot({ path: `${SHOTS}/monitoring-1440.png`, fullPage: true });
  await page.locator('section[aria-labelledby="funnel-title"]').screenshot({ path: `${SHOTS}/monitoring-funnels-1440.png` });
  await expectNoSeriousAxeViolations(page);

  // Filters: the flow mode in the URL narrows every figure.
  const allStarted = count(await page.getByTestId("stat-started").innerText());
  await page.getByLabel("Verloop", { exact: true }).selectOption("sequential");
  await page.getByRole("button", { name: "Toepassen" }).click();
  await expect(page).toHaveURL(/flowMode=sequential/);
  await expect(page.getByTestId("funnel-choice")).toHaveCount(0);
  await expect(page.getByTestId("funnel-sequential")).toBeVisible();
  const seqStarted = count(await page.getByTestId("stat-started").innerText());
  expect(seqStarted).toBeLessThan(allStarted);
  await expect(page.getByTestId("monitoring-scope")).toContainText("Gefilterd");

  // Split by source: one arm per source.
  await page.getByLabel("Uitsplitsen naar").selectOption("source");
  await page.getByRole("button", { name: "Toepassen" }).click();
  await expect(page).toHaveURL(/groupBy=source/);
  await expect(page.getByTestId("funnel-sequential-nieuwsbrief")).toContainText("Bron: nieuwsbrief");

  // A period with no responses empties the page's figures.
  await page.goto(`/admin/s/${SLUG}?from=2000-01-01&to=2000-01-31`);
  await expect(page.getByTestId("stat-started")).toHaveText("0");
  await expect(page.getByLabel("vanaf", { exact: true })).toHaveValue("2000-01-01");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/admin/s/${SLUG}`);
  await expect(page.getByTestId("funnel-choice-path:p1")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "no horizontal scrolling on a phone").toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/monitoring-390.png`, fullPage: true });
  await page.screenshot({ path: `${SHOTS}/monitoring-390-top.png` });
  await page.getByTestId("funnel-choice-path:p1").screenshot({ path: `${SHOTS}/monitoring-390-part1.png` });
  await page.locator('section[aria-labelledby="funnel-title"]').screenshot({ path: `${SHOTS}/monitoring-funnels-390.png` });
});

test("the example survey's funnel: the part choice after questions, routes from its own definition", async ({ page, request, researcher }) => {
  const slug = "voorbeeld-alle-elementen";
  const r = newRespondent(slug);
  await savePage(request, r, "welkom", { toestemming: true });
  await signIn(page, researcher);
  await page.goto(`/admin/s/${slug}`);
  const start = page.getByTestId("funnel-choice-start");
  await expect(start).toBeVisible();
  expect((await reachedColumn(start)).map((s) => s.step)).toEqual(["welkom", "over_jou", "onderwerp_kiezen", "stellingen", "choice"]);
  await expect(start.locator('tr[data-step="over_jou"] [data-col="left"]')).not.toHaveText("0");
  await expect(page.getByTestId("widget-error")).toHaveCount(0);
});

