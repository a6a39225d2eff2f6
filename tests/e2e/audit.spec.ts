import { parseCsv } from "../support/csv";
import { expect, signIn, signInAsAdmin, test } from "./fixtures";

/**
 * The audit log as an admin reads it: a researcher's sign-in and export (with its filters) are
 * listed with who and when, filterable by action, and downloadable as CSV; researchers cannot
 * open it.
 */
const SLUG = "internationale-competenties";

test("an admin reads who exported what; the log filters and downloads as CSV; researchers are refused", async ({ page, browser, researcher }) => {
  test.setTimeout(90_000);
  const other = await browser.newContext();
  try {
    const r = await other.newPage();
    await signIn(r, researcher);
    const exported = await r.request.get(`/api/admin/s/${SLUG}/export?format=csv-wide&wave=2023`);
    expect(exported.status()).toBe(200);
    expect((await r.request.get("/admin/audit")).status()).toBe(403);
    expect((await r.request.get("/api/admin/audit")).status()).toBe(403);
  } finally {
    await other.close();
  }

  await signInAsAdmin(page);
  await page.goto("/admin");
  await page.getByRole("link", { name: "Auditlog" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Auditlog" })).toBeVisible();
  const log = page.getByTestId("audit-log");
  const mine = log.locator("tr", { hasText: researcher.email });
  await expect(mine.filter({ hasText: "Aangemeld" })).toHaveCount(1);
  const exportRow = mine.filter({ hasText: "Export gedownload" });
  await expect(exportRow).toHaveCount(1);
  await expect(exportRow).toContainText(SLUG);
  await expect(exportRow).toContainText('"filters":"wave=2023"');

  await page.getByLabel("Actie").selectOption({ label: "Export gedownload" });
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL(/action=export\.downloaded/);
  await expect(log.locator("tbody tr").first()).toHaveAttribute("data-action", "export.downloaded");
  expect(await log.locator('tbody tr:not([data-action="export.downloaded"])').count()).toBe(0);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV downloaden" }).click();
  const file = await download;
  const [header, ...rows] = parseCsv((await import("node:fs")).readFileSync((await file.path())!, "utf8").replace(/^\uFEFF/, ""));
  expect(header).toEqual(["id", "tijdstip_utc", "actie", "omschrijving", "gebruiker_id", "gebruiker", "vragenlijst", "details"]);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((row) => row[2] === "export.downloaded")).toBe(true);
  expect(rows.some((row) => row[5] === researcher.email && row[6] === SLUG)).toBe(true);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${process.env.AUDIT_SHOTS ?? "tests/e2e/.output"}/audit-390.png`, fullPage: true });
});
