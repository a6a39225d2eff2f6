import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, signIn, test } from "./fixtures";
import { newRespondent, respondPart1, respondPart2 } from "./dashboard.helpers";
import { parseCsv } from "../support/csv";

/**
 * A signed-in researcher sets the dashboard filters on the export page and downloads the wide
 * CSV; the file holds this test's own respondents with the filters applied.
 */
const SLUG = "internationale-competenties";
const SHOTS = "tests/e2e/.output";

/** The wide CSV as records keyed by variable name. */
function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...data] = parseCsv(text);
  return data.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

test("a researcher downloads the filtered wide CSV from the export page", async ({ page, request, researcher }) => {
  const finished = newRespondent(SLUG);
  await respondPart2(request, finished); // hbo
  const partial = newRespondent(SLUG);
  await respondPart1(request, partial, "p1_dev"); // mbo, stopped before the top 5

  const anonymous = await request.get(`/api/admin/s/${SLUG}/export?format=csv-wide`);
  expect(anonymous.status()).toBe(401);

  await signIn(page, researcher);
  await page.goto(`/admin/s/${SLUG}/export`);
  await expect(page.getByRole("heading", { name: "Export" })).toBeVisible();
  await page.getByLabel("Ook gedeeltelijk ingevulde antwoorden").check();
  await page.getByRole("button", { name: "Toepassen" }).click();
  await expect(page).toHaveURL(/includePartial=true/);
  const csvLink = page.getByRole("link", { name: "Download CSV (breed)" });
  await expect(csvLink).toHaveAttribute("href", `/api/admin/s/${SLUG}/export?format=csv-wide&includePartial=true`);

  const [download] = await Promise.all([page.waitForEvent("download"), csvLink.click()]);
  expect(download.suggestedFilename()).toMatch(/^internationale-competenties_incl-onvolledig_\d{8}-\d{4}\.csv$/);
  const rows = parseCsvRecords(readFileSync((await download.path())!, "utf8"));
  const byId = new Map(rows.map((r) => [r.response_id, r]));
  expect(byId.get(finished.id)).toMatchObject({
    is_finished: "1", bg_sector: "4", p2_activity: "4", p2_dev_open_minded: "4", p2_dev_nieuwsgierigheid: "0",
    p2_other_begeleiden_excursie: "1", p2_other_congres: "", source: "e2e",
  });
  expect(byId.get(partial.id)).toMatchObject({
    is_finished: "0", last_page: "p1_top5", bg_sector: "3", p1_factor_stage_taal: "8", p1_top5_zelfstandigheid: "", finished_at: "",
  });

  // The sector filter, through the form again: only the hbo respondent of the two.
  await page.getByLabel("Sector").selectOption("ho");
  await page.getByRole("button", { name: "Toepassen" }).click();
  await expect(page).toHaveURL(/sectorGroup=ho/);
  const [filtered] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV (breed)" }).click()]);
  const ids = new Set(parseCsvRecords(readFileSync((await filtered.path())!, "utf8")).map((r) => r.response_id));
  expect(ids.has(finished.id)).toBe(true);
  expect(ids.has(partial.id)).toBe(false);

  const bad = await page.request.get(`/api/admin/s/${SLUG}/export?format=csv-wide&sectorGroup=hbo`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toContain("sectorGroup");

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/export-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/export-phone.png`, fullPage: true });
});
