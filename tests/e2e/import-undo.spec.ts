import { readFileSync } from "node:fs";
import path from "node:path";
import { importSurveyMonkey } from "./dashboard.helpers";
import { expect, signIn, test } from "./fixtures";

/**
 * An import mistake is not permanent: a researcher undoes an import from the import page (with a
 * confirmation), its wave leaves the dashboard's filters, and the same file can be imported again.
 */
const SLUG = "internationale-competenties";
const FIXTURE = path.join(import.meta.dirname, "../fixtures/surveymonkey/wave2020.csv");

test("a researcher undoes an import, and the same file imports again", async ({ page, researcher }) => {
  test.setTimeout(120_000);
  await signIn(page, researcher);
  // The 2020 file with respondent IDs of its own, as wave 2019 (other specs import the real one as 2020).
  const csv = readFileSync(FIXTURE, "utf8").replace(/^(\d{11}),/gm, "9$1,");
  const file = { name: "wave2019.csv", mimeType: "text/csv", buffer: Buffer.from(csv) };
  const importIt = () => importSurveyMonkey(page.request, SLUG, file, "2019");
  const first = await importIt();
  expect(first.status(), await first.text()).toBe(201);
  expect((await importIt()).status()).toBe(422); // every row "al geïmporteerd"

  await page.goto(`/admin/s/${SLUG}/import`);
  const row = page.getByTestId("imports-table").locator('tr[data-wave="2019"]');
  await expect(row).toContainText("wave2019.csv");
  await expect(row).toContainText(researcher.email);
  await row.getByRole("button", { name: /Import 2019 \(wave2019\.csv\) ongedaan maken/ }).click();
  await expect(row).toContainText("Alle antwoorden van deze import worden verwijderd.");
  await row.getByRole("button", { name: "Ja, ongedaan maken" }).click();
  await expect(page.getByTestId("imports-table").locator('tr[data-wave="2019"]')).toHaveCount(0);

  await page.goto(`/admin/s/${SLUG}/results`);
  await expect(page.locator('input[name="wave"][value="2019"]')).toHaveCount(0);
  const again = await importIt();
  expect(again.status(), await again.text()).toBe(201);
  await page.goto(`/admin/s/${SLUG}/import`);
  await page.getByTestId("imports-table").locator('tr[data-wave="2019"]').getByRole("button", { name: /ongedaan maken/ }).click();
  await page.getByRole("button", { name: "Ja, ongedaan maken" }).click();
  await expect(page.getByTestId("imports-table").locator('tr[data-wave="2019"]')).toHaveCount(0);
});
