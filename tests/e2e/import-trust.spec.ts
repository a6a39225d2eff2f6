import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

/**
 * Imports a researcher can trust, as a researcher does them: a question with answers left
 * unmapped, or the steering question set to "niet importeren", stops the dry run; a file without
 * SurveyMonkey's second header row, Excel's Unicode text and an unreadable tab file get Dutch
 * answers; the mapping screen is readable at 1366 px.
 */
const SLUG = "internationale-competenties";
const DIR = path.join(import.meta.dirname, "../fixtures/surveymonkey");
const SLOW = { timeout: 60_000 };

test.setTimeout(180_000);

async function readFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel(/Export \(CSV of XLSX/).setInputFiles(file);
  await page.getByRole("button", { name: "Bestand inlezen" }).click();
}

test("leaving the activity question unmapped, or out, fails the dry run; mapped again, it passes", async ({ page, researcher }) => {
  await signIn(page, researcher);
  await page.goto(`/admin/s/${SLUG}/import`);
  await readFile(page, path.join(DIR, "wave2020.csv"));
  await expect(page.getByTestId("import-status")).toContainText("20 antwoorden en 126 kolommen gelezen", SLOW);
  const tolerantie = page.getByLabel(/^Importeren als, kolom \d+: Tolerantie$/);
  await tolerantie.nth(0).selectOption("p1_dev_erkennen_verschillen");
  await tolerantie.nth(1).selectOption("p1_top5_erkennen_verschillen");
  await page.getByLabel("Wave", { exact: true }).fill("2020");

  const activity = page.getByLabel(/^Importeren als, kolom 14: Over welke internationaliseringsactiviteit/);
  await expect(activity).toHaveValue("p1_activity");
  await activity.selectOption({ label: "— kies een vraag —" });
  await expect(page.getByTestId("column-13")).toContainText("koppel of kies “niet importeren”");
  const report = page.getByTestId("dry-run-report");
  await page.getByRole("button", { name: "Proefimport" }).click();
  await expect(report.getByTestId("report-errors")).toHaveText("2", SLOW);
  await expect(report.getByTestId("report-error-list")).toContainText("kolom 14 met antwoorden is niet gekoppeld");
  await expect(report.getByTestId("report-error-list")).toContainText("(p1_activity) is niet gekoppeld, maar bepaalt wat respondenten");
  await expect(page.getByRole("button", { name: "Importeren" })).toBeDisabled();
  await page.setViewportSize({ width: 1366, height: 900 });
  await report.getByTestId("report-error-list").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "tests/e2e/.output/import-unmapped-errors-1366.png" });

  // "Niet importeren" is a choice for an ordinary column, not for the question others depend on.
  await activity.selectOption({ label: "Niet importeren" });
  await page.getByRole("button", { name: "Proefimport" }).click();
  await expect(report.getByTestId("report-errors")).toHaveText("1", SLOW);
  await expect(report.getByTestId("report-error-list")).toContainText("Koppel kolom 14 aan p1_activity");
  await expect(report.getByTestId("report-skipped")).toContainText("kolom 14");
  await expect(page.getByRole("button", { name: "Importeren" })).toBeDisabled();

  await activity.selectOption("p1_activity");
  await page.getByRole("button", { name: "Proefimport" }).click();
  await expect(report.getByTestId("report-errors")).toHaveText("0", SLOW);
  await expect(page.getByRole("button", { name: "Importeren" })).toBeEnabled();
});

test("the import API stores nothing when the dry run has errors", async ({ page, researcher }) => {
  await signIn(page, researcher);
  const url = `/api/admin/s/${SLUG}/import`;
  // Respondent IDs of its own, so other specs' imports of this file do not interfere.
  const buffer = Buffer.from(readFileSync(path.join(DIR, "wave2020.csv"), "utf8").replace(/^(\d{11}),/gm, "7$1,"));
  const file = { name: "wave2018.csv", mimeType: "text/csv", buffer };
  const analysed = await page.request.post(url, { multipart: { file, step: "analyse" } });
  const { columns, mapping } = (await analysed.json()) as {
    columns: { index: number; question: string; sub: string }[];
    mapping: { columns: { index: number; target: string | null }[] };
  };
  // Tolerantie mapped as a researcher would, so the activity and the statements are the only gap.
  const tolerantie = (c: { index: number }) => columns[c.index].sub === "Tolerantie";
  const target = (c: { index: number }) => (/vijf competenties/.test(columns[c.index].question) ? "p1_top5_erkennen_verschillen" : "p1_dev_erkennen_verschillen");
  const left = {
    columns: mapping.columns.map((c) =>
      c.target === "p1_activity" || c.target?.startsWith("p1_factor_") ? { index: c.index, target: null } : tolerantie(c) ? { ...c, target: target(c) } : c,
    ),
  };
  const response = await page.request.post(url, { multipart: { file, step: "import", wave: "2018", mapping: JSON.stringify(left) } });
  expect(response.status()).toBe(422);
  expect(((await response.json()) as { error: string }).error).toMatch(/er is niets geïmporteerd/);
  await page.goto(`/admin/s/${SLUG}/import`);
  await expect(page.locator('tr[data-wave="2018"]')).toHaveCount(0);
});

test("a file without the second header row, Excel's Unicode text and an unreadable tab file: Dutch answers", async ({ page, researcher }) => {
  await signIn(page, researcher);
  await page.goto(`/admin/s/${SLUG}/import`);
  await readFile(page, path.join(DIR, "wave2020-zonder-kopregel2.csv"));
  await expect(page.getByTestId("import-status")).toContainText("De tweede kopregel van de SurveyMonkey-export ontbreekt", SLOW);
  await expect(page.getByTestId("column-0")).toHaveCount(0);

  const grid = readFileSync(path.join(DIR, "wave2020.csv"), "utf8");
  const { parse } = await import("csv-parse/sync");
  const rows = parse(grid) as string[][];
  const tabText = rows.map((r) => r.map((c) => (/[\t"\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join("\t")).join("\r\n");
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tabText, "utf16le")]);
  await readFile(page, { name: "wave2020.txt", mimeType: "text/plain", buffer: utf16 });
  await expect(page.getByTestId("import-status")).toContainText("20 antwoorden en 126 kolommen gelezen", SLOW);

  await readFile(page, { name: "kapot.txt", mimeType: "text/plain", buffer: Buffer.from('Respondent ID\tx\n"1"2\t3\n') });
  await expect(page.getByTestId("import-status")).toContainText("Het bestand is geen geldige CSV (regel 2: een aanhalingsteken staat midden in een waarde; scheidingsteken tab)", SLOW);
  await expect(page.getByTestId("import-status")).not.toContainText(/Invalid|Quote/);
});

test("the mapping screen at 1366 px: full statement texts, the target select inside the page", async ({ page, researcher }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, researcher);
  await page.goto(`/admin/s/${SLUG}/import`);
  await readFile(page, path.join(DIR, "wave2020-sliders.csv"));
  await expect(page.getByTestId("import-status")).toContainText("20 antwoorden en 126 kolommen gelezen", SLOW);

  // Per-statement sliders are matched: the statement, its full text, and its target.
  const row = page.getByTestId("column-15");
  const statement = readFileSync(path.join(DIR, "wave2020-sliders.csv"), "utf8").split("\r\n")[0];
  expect(statement).toContain("De begeleiding vanuit de school/instelling heeft invloed op de verwerving van internationale competenties tijdens een buitenlandstage.");
  await expect(row.locator("strong")).toHaveText("De begeleiding vanuit de school/instelling heeft invloed op de verwerving van internationale competenties tijdens een buitenlandstage.");
  await expect(row.getByRole("combobox")).toHaveValue("p1_factor_stage_begeleiding");
  await row.scrollIntoViewIfNeeded();

  for (const index of [9, 15, 46, 113]) {
    const cell = page.getByTestId(`column-${index}`);
    await cell.scrollIntoViewIfNeeded();
    const fits = await cell.evaluate((tr) => {
      const text = tr.querySelector("td:nth-child(2)") as HTMLElement;
      const select = tr.querySelector("select") as HTMLElement;
      const box = select.getBoundingClientRect();
      const wrap = tr.closest("div") as HTMLElement;
      return {
        textFits: text.scrollWidth <= text.clientWidth + 1,
        selectInside: box.right <= Math.min(window.innerWidth, wrap.getBoundingClientRect().right) + 1 && box.width >= 200,
        tableFits: wrap.scrollWidth <= wrap.clientWidth + 1,
      };
    });
    expect(fits, `column ${index + 1}`).toEqual({ textFits: true, selectInside: true, tableFits: true });
  }
  await page.getByTestId("column-13").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "tests/e2e/.output/import-mapping-1366.png" });
  await page.getByTestId("column-44").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "tests/e2e/.output/import-mapping-grid-1366.png" });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: "tests/e2e/.output/import-mapping-1440.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId("column-15").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "tests/e2e/.output/import-mapping-390.png" });
});
