import { randomUUID } from "node:crypto";
import { expect, signIn, test } from "./fixtures";
import { next } from "./respondent.helpers";

/**
 * Collectors as a researcher uses them: a named link per channel with a suggested code and a QR
 * code, its own counts, stopped and started again; a respondent on a phone comes in through it.
 */
const SLUG = "voorbeeld-alle-elementen";
const SHOTS = process.env.COLLECTOR_SHOTS ?? "tests/e2e/.output";
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

test("a named link per channel: counts, QR code, stop and start", async ({ page, browser, researcher }) => {
  test.setTimeout(120_000);
  const tag = randomUUID().slice(0, 6);
  const name = `Nieuwsbrief ${tag}`;
  const code = `nieuwsbrief-${tag}`;
  await signIn(page, researcher);
  await page.goto(`/admin/s/${SLUG}`);
  await page.getByRole("link", { name: "Links" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/s/${SLUG}/links$`));

  // Bad input refused at its field; the code is suggested from the name.
  await page.getByRole("button", { name: "Link toevoegen" }).click();
  await expect(page.getByText("Geef de link een naam.")).toBeVisible();
  await page.getByLabel("Naam").fill(name);
  await expect(page.getByLabel("Code in de link (?bron=…)")).toHaveValue(code);
  await page.getByRole("button", { name: "Link toevoegen" }).click();
  await expect(page.getByRole("status")).toHaveText(`Toegevoegd: ${name}`);
  const row = page.locator(`[data-testid="collectors"] tr[data-code="${code}"]`);
  await expect(row.locator("code")).toHaveText(new RegExp(`/s/${SLUG}\\?bron=${code}$`));
  await expect(row.getByRole("img", { name: `QR-code van de link ${name}` })).toBeVisible();
  await expect(row.locator('[data-col="started"]')).toHaveText("0");

  // The same code again: refused, says why.
  await page.getByLabel("Naam").fill("Nog een keer");
  await page.getByLabel("Code in de link (?bron=…)").fill(code);
  await page.getByRole("button", { name: "Link toevoegen" }).click();
  await expect(page.getByText(`De code "${code}" is al in gebruik voor deze vragenlijst.`)).toBeVisible();

  // A respondent comes in through the link: counted on it.
  const phone = await browser.newContext(PHONE);
  try {
    const r = await phone.newPage();
    const link = (await row.locator("code").innerText()).replace(/^https?:\/\/[^/]+/, "");
    await r.goto(link);
    await r.getByRole("checkbox", { name: "Ik doe vrijwillig mee." }).check();
    await next(r);
    await page.reload();
    await expect(row.locator('[data-col="started"]')).toHaveText("1");
    await page.screenshot({ path: `${SHOTS}/collectors-1440.png`, fullPage: true });

    // Monitoring's cumulative trend has the link as a source of its own.
    await page.goto(`/admin/s/${SLUG}`);
    const trend = page.getByTestId("trend-table");
    await page.getByText("Tabel cumulatief").click();
    await expect(trend.getByRole("columnheader", { name: `via ${code}` })).toBeVisible();
    await expect(trend.locator(`tbody tr:last-child td[data-source="${code}"]`)).toHaveText("1");
    await expect(page.getByTestId("trend-chart")).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/monitoring-trend-1440.png`, fullPage: true });
    await page.goto(`/admin/s/${SLUG}/links`);

    // Stopped: a new respondent on that link reads that it is no longer in use.
    await row.getByRole("button", { name: `Stop link ${name}` }).click();
    await expect(row.getByText("Gestopt")).toBeVisible();
    const other = await browser.newContext(PHONE);
    const o = await other.newPage();
    await o.goto(link);
    await expect(o.getByTestId("survey-closed")).toContainText("Deze link is niet meer in gebruik.");
    await o.screenshot({ path: `${SHOTS}/collector-stopped-390.png` });
    await other.close();

    await row.getByRole("button", { name: `Start link ${name}` }).click();
    await expect(row.getByText("Actief")).toBeVisible();
  } finally {
    await phone.close();
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/collectors-390.png`, fullPage: true });
});
