import path from "node:path";
import { expect, signIn, test } from "./fixtures";

// Reading and checking the file is server work: give it time on a busy CI machine.
const SLOW = { timeout: 60_000 };

const FIXTURE = path.join(import.meta.dirname, "../fixtures/surveymonkey/wave2020.csv");
const SLUG = "internationale-competenties";

test.setTimeout(240_000);

test("a researcher imports the 2020 SurveyMonkey wave: mapping, dry run, import", async ({ page, researcher }) => {
  await signIn(page, researcher);
  await page.goto(`/admin/s/${SLUG}/import`);
  await expect(page.getByRole("heading", { name: "Dataset importeren" })).toBeVisible();

  await page.getByLabel(/Export \(CSV of XLSX/).setInputFiles(FIXTURE);
  await page.getByRole("button", { name: "Bestand inlezen" }).click();
  await expect(page.getByTestId("import-status")).toContainText("20 antwoorden en 126 kolommen gelezen", SLOW);

  // The 2020 model's "Tolerantie" is not suggested: the researcher maps it.
  const tolerantie = page.getByLabel(/^Importeren als, kolom \d+: Tolerantie$/);
  await expect(tolerantie).toHaveCount(2);
  await expect(tolerantie.first()).toHaveValue("");
  await page.getByLabel(/Importeren als, kolom \d+: Stage in het buitenland$/).first().scrollIntoViewIfNeeded();

  // A dry run without a wave is refused on the form.
  await page.getByRole("button", { name: "Proefimport" }).click();
  await expect(page.getByText(/Geef de wave een naam/)).toBeVisible();

  await page.getByLabel("Wave", { exact: true }).fill("2020");
  await page.getByRole("button", { name: "Proefimport" }).click();
  const report = page.getByTestId("dry-run-report");
  await expect(report.getByTestId("report-rows")).toHaveText("20", SLOW);
  await expect(report.getByTestId("report-unmapped")).toContainText("Tolerantie");
  // Two columns with answers have no choice yet (an error each); without Tolerantie, a top 5 that
  // chose it has four: the flow engine refuses it, as a live save would.
  await expect(report.getByTestId("report-errors")).toHaveText("11");
  await expect(report.getByTestId("report-error-list")).toContainText("met antwoorden is niet gekoppeld");
  await expect(report.getByTestId("report-error-list")).toContainText("Kies precies 5");
  await expect(page.getByRole("button", { name: "Importeren" })).toBeDisabled();

  await tolerantie.nth(0).selectOption("p1_dev_erkennen_verschillen");
  await tolerantie.nth(1).selectOption("p1_top5_erkennen_verschillen");
  // Changing the mapping invalidates the dry run: import only after a new one.
  await expect(page.getByRole("button", { name: "Importeren" })).toBeDisabled();
  await page.getByRole("button", { name: "Proefimport" }).click();
  await expect(report.getByTestId("report-complete")).toHaveText("15", SLOW);
  await expect(report.getByTestId("report-partial")).toHaveText("5");
  await expect(report.getByTestId("report-unmapped")).toHaveCount(0);
  await expect(report.getByTestId("report-warning-list")).toHaveCount(0);
  await page.screenshot({ path: "tests/e2e/.output/import-dry-run.png", fullPage: false });

  await page.getByRole("button", { name: "Importeren" }).click();
  await expect(page.getByTestId("import-status")).toContainText("20 antwoorden geïmporteerd als wave 2020", SLOW);
  const row = page.getByTestId("imports-table").locator('tr[data-wave="2020"]');
  await expect(row).toContainText("wave2020.csv");
  await expect(row.locator("td").nth(2)).toHaveText("20");
  await expect(row.locator("td").nth(3)).toHaveText("15");

  // The wave is offered in the dashboard's wave filter.
  await page.goto(`/admin/s/${SLUG}/results?wave=2020`);
  await expect(page.getByRole("group", { name: "Wave" }).getByRole("checkbox", { name: "2020" })).toBeChecked(SLOW);
  await page.goto(`/admin/s/${SLUG}/import`);

  // The same file again: the dry run reports every respondent as already imported.
  await page.getByLabel(/Export \(CSV of XLSX/).setInputFiles(FIXTURE);
  await page.getByRole("button", { name: "Bestand inlezen" }).click();
  await expect(page.getByTestId("import-status")).toContainText("gelezen", SLOW);
  await page.getByLabel("Wave", { exact: true }).fill("2020b");
  await tolerantie.nth(0).selectOption("p1_dev_erkennen_verschillen");
  await tolerantie.nth(1).selectOption("p1_top5_erkennen_verschillen");
  await page.getByRole("button", { name: "Proefimport" }).click();
  await expect(page.getByTestId("report-errors")).toHaveText("20", SLOW);
  await expect(page.getByTestId("report-error-list")).toContainText("al geïmporteerd");
  await expect(page.getByRole("button", { name: "Importeren" })).toBeDisabled();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "tests/e2e/.output/import-phone.png", fullPage: false });
});

test("a wrong file gets a clear message and nothing is imported", async ({ page, researcher }) => {
  await signIn(page, researcher);
  await page.goto(`/admin/s/${SLUG}/import`);
  await page.getByLabel(/Export \(CSV of XLSX/).setInputFiles({
    name: "adressen.csv", mimeType: "text/csv", buffer: Buffer.from("Naam,Straat\nJan,Dorpsstraat 1\n"),
  });
  await page.getByRole("button", { name: "Bestand inlezen" }).click();
  await expect(page.getByTestId("import-status")).toContainText("Onbekende indeling", SLOW);
  await expect(page.getByTestId("dry-run-report")).toHaveCount(0);
});

test("the import API refuses anonymous requests", async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  const response = await api.post(`/api/admin/s/${SLUG}/import`, { multipart: { step: "analyse" } });
  expect(response.status()).toBe(401);
  await api.dispose();
});

test("the import API answers bad requests with a clear 4xx", async ({ page, researcher }) => {
  await signIn(page, researcher);
  const url = `/api/admin/s/${SLUG}/import`;
  const csv = { name: "wave2020.csv", mimeType: "text/csv", buffer: Buffer.from("Respondent ID\n") };
  const cases: [Record<string, string | typeof csv>, number, RegExp][] = [
    [{ step: "analyse" }, 400, /Kies een bestand/],
    [{ step: "import", file: csv, wave: "2020" }, 400, /koppeling ontbreekt/],
    [{ step: "dryrun", file: csv, wave: "2020", mapping: "{niet json" }, 400, /geen geldige JSON/],
    [{ step: "dryrun", file: csv, wave: "20 20", mapping: '{"columns":[]}' }, 400, /wave/],
    [{ step: "opslaan", file: csv }, 400, /Onbekende stap/],
    [{ step: "analyse", file: { ...csv, buffer: Buffer.alloc(21 * 1024 * 1024, 0x61) } }, 413, /te groot/],
  ];
  for (const [multipart, status, message] of cases) {
    const response = await page.request.post(url, { multipart });
    expect(response.status(), JSON.stringify(Object.keys(multipart))).toBe(status);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  }
  const unknown = await page.request.post(`/api/admin/s/bestaat-niet/import`, { multipart: { step: "analyse", file: csv } });
  expect(unknown.status()).toBe(404);
});
