import type { APIRequestContext, Page } from "@playwright/test";
import { newRespondent, savePage, type TApiRespondent } from "./dashboard.helpers";
import { expect, signIn, test } from "./fixtures";
import { background, CHOICE, expectPage, welcome } from "./respondent.helpers";

/**
 * A flow experiment as a researcher runs it: 50/50 both parts in a row (version 2) against a part
 * of choice (version 1), set up in the UI; respondents start on the survey link and get an arm;
 * monitoring shows both arms with their dropout, 95 % intervals and the test.
 */
const SHOTS = process.env.EXPERIMENT_SHOTS ?? "tests/e2e/.output";
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const BG = { bg_function: "docent", bg_province: "utrecht", bg_sector: "mbo" };
const P1: [string, Record<string, unknown>][] = [
  ["p1_activity", { p1_activity: "stage" }],
  ["p1_factors", { p1_factor_stage_taal: 8 }],
  ["p1_dev", { p1_dev_zelfstandigheid: 5 }],
  ["p1_top5", { p1_top5: ["zelfstandigheid", "zelfredzaamheid", "aanpassingsvermogen", "doorzettingsvermogen", "zelfvertrouwen"] }],
  ["p1_other", { p1_other: ["excursie"] }],
];
const P2: [string, Record<string, unknown>][] = [
  ["p2_activity", { p2_activity: "congres" }],
  ["p2_dev", { p2_dev_open_minded: 4 }],
  ["p2_top5", { p2_top5: ["open_minded", "nieuwsgierigheid", "kennis_talen", "zelfvertrouwen", "creativiteit"] }],
  ["p2_other", { p2_other: ["begeleiden_excursie"] }],
];

/** Through the API to the end on whichever arm the server assigned (seen from the page after "bg"). */
async function finish(request: APIRequestContext, r: TApiRespondent) {
  await savePage(request, r, "welcome", { consent: true });
  const { currentPage } = await savePage(request, r, "bg", BG);
  const rest = currentPage === "choice" ? [["choice", { part_choice: "p1" }] as [string, Record<string, unknown>], ...P1] : [...P1, ...P2];
  for (const [page, values] of [...rest, ["raffle", { email: "" }] as [string, Record<string, unknown>]]) await savePage(request, r, page, values);
}

const stop = async (page: Page) => {
  await page.goto(`/admin/s/${CHOICE}/experiment`);
  const button = page.getByRole("button", { name: "Experiment stoppen" });
  if (await button.isVisible()) await button.click();
  await expect(page.getByRole("button", { name: "Experiment starten" })).toBeVisible();
};

test("a 50/50 experiment, sequential against choice: arms assigned, monitored with intervals and a test", async ({ page, browser, request, researcher }) => {
  test.setTimeout(180_000);
  await signIn(page, researcher);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/admin/s/${CHOICE}`);
  await page.getByRole("link", { name: "Experiment" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/s/${CHOICE}/experiment$`));

  try {
    // Bad input: refused with a Dutch message, nothing started.
    const sequential = page.getByRole("checkbox", { name: /Versie 2: Opeenvolgend/ });
    const choice = page.getByRole("checkbox", { name: /Versie 1: Keuze/ });
    await sequential.uncheck();
    await page.getByRole("button", { name: "Experiment starten" }).click();
    await expect(page.getByText("Kies minstens twee versies om te vergelijken.")).toBeVisible();
    await sequential.check();
    await page.getByLabel(/Gewicht Versie 2/).fill("vijftig");
    await page.getByRole("button", { name: "Experiment starten" }).click();
    await expect(page.getByText("Gewicht: een heel getal van 1 tot 100.")).toBeVisible();
    await page.getByLabel(/Gewicht Versie 2/).fill("50");
    await expect(choice).toBeChecked();
    await page.getByLabel(/Gewicht Versie 1/).fill("50");
    await page.screenshot({ path: `${SHOTS}/experiment-setup-1440.png`, fullPage: true });
    await page.getByRole("button", { name: "Experiment starten" }).click();
    const running = page.getByTestId("experiment-running");
    await expect(running).toContainText("Versie 1: Keuze (een deel naar keuze): 50%");
    await expect(running).toContainText("Versie 2: Opeenvolgend (alle delen): 50%");
    await expect(running).toContainText("0 nieuwe deelnemers toegewezen (blokken van 10)");

    // Three respondents on their phones through the survey link: each continues on its arm.
    const arms: string[] = [];
    for (let i = 0; i < 3; i++) {
      const phone = await browser.newContext(PHONE);
      try {
        const r = await phone.newPage();
        await r.goto(`/s/${CHOICE}`);
        await welcome(r);
        await background(r);
        const form = r.locator("form[data-page]");
        await expect(form).toHaveAttribute("data-page", /^(choice|p1_activity)$/);
        arms.push((await form.getAttribute("data-page")) === "choice" ? "choice" : "sequential");
        if (i === 0) await r.screenshot({ path: `${SHOTS}/experiment-respondent-390.png` });
        // A reload (resume) keeps the arm.
        const shown = await form.getAttribute("data-page");
        await r.reload();
        await expect(r.locator("form[data-page]")).toHaveAttribute("data-page", shown!);
        await expectPage(r, /.+/);
      } finally {
        await phone.close();
      }
    }
    // Seven more through the API, four of whom finish: ten in all, one complete block of 5 + 5.
    for (let i = 0; i < 7; i++) {
      const r = newRespondent(CHOICE);
      if (i < 4) await finish(request, r);
      else await savePage(request, r, "welcome", { consent: true });
    }
    await page.reload();
    await expect(running).toContainText("10 nieuwe deelnemers toegewezen");

    await page.goto(`/admin/s/${CHOICE}`);
    const card = page.getByTestId("experiment-card");
    await expect(card).toContainText("Experiment (loopt): versie 1 tegen versie 2");
    const rows = card.getByTestId("experiment").locator("table").first().locator("tbody tr");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0).locator("th")).toContainText("Versie 1: Keuze (een deel naar keuze)");
    await expect(rows.nth(1).locator("th")).toContainText("Versie 2: Opeenvolgend (alle delen)");
    // A complete block: exactly five each.
    await expect(rows.nth(0).locator('[data-col="started"]')).toHaveText("5");
    await expect(rows.nth(1).locator('[data-col="started"]')).toHaveText("5");
    for (const i of [0, 1]) await expect(rows.nth(i).locator('[data-col="ci"]')).toHaveText(/^\[\d+,\d%; \d+,\d%\]$/);
    const finished = [0, 1].map(async (i) => Number(await rows.nth(i).locator('[data-col="finished"]').innerText()));
    expect((await Promise.all(finished)).reduce((a, b) => a + b, 0)).toBe(4);
    await expect(card.getByTestId("dropout-test").first()).toContainText(/Verschil in uitval: toets van twee proporties \(z\), z = -?[\d,]+; p [=<] /);
    await card.getByText("Uitval per pagina").first().click();
    await expect(card.getByTestId("experiment-pages").locator('tr[data-page="welcome"] td')).toHaveCount(3);
    // Pages in flow order: the part choice after the background, only the choice arm has it (not tested).
    const pageRows = card.getByTestId("experiment-pages").locator("tbody tr");
    await expect(pageRows.nth(2)).toHaveAttribute("data-page", "choice");
    await expect(pageRows.nth(2).locator("td").last()).toHaveText("–");
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/experiment-monitoring-1440.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await card.screenshot({ path: `${SHOTS}/experiment-monitoring-390.png` });
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(arms).toHaveLength(3);
  } finally {
    await stop(page);
  }
  await expect(page.getByTestId("experiments-stopped")).toContainText("versie 1 tegen versie 2 (50% / 50%), 10 toegewezen");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/experiment-setup-390.png`, fullPage: true });

  // Stopped: a new respondent gets the survey's usual version (choice) again.
  const r = newRespondent(CHOICE);
  await savePage(request, r, "welcome", { consent: true });
  expect((await savePage(request, r, "bg", BG)).currentPage).toBe("choice");
});
