import { expect, test } from "./fixtures";
import { credentials, expectAccessible, expectPage, next, nextPastOpenRows, serverState } from "./respondent.helpers";
import { parseCsv } from "../support/csv";

/**
 * A survey defined only as data (surveys/voorbeeld-alle-elementen), with every element type, filled
 * in on a phone and read back through the results and every export: no code of its own anywhere.
 */
const SLUG = "voorbeeld-alle-elementen";
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("a survey with every element type, filled in on a phone, then in results and every export", async ({ page, request, adminApi }) => {
  test.setTimeout(180_000);
  await page.goto(`/s/${SLUG}?bron=test`);
  await expectPage(page, "Welkom");
  await page.getByRole("checkbox", { name: "Ik doe vrijwillig mee." }).check();
  await next(page);

  await expectPage(page, "Over jou");
  await page.getByRole("radio", { name: "Docent" }).check();
  // A follow-up on the same page, shown because of the answer above.
  await page.getByLabel("Op welke school werk je?").fill("De Brug");
  await page.getByLabel("In welke regio werk je?").selectOption({ label: "Oost" });
  await page.getByLabel("Hoeveel jaar werk je in het onderwijs?").fill("12");
  await expectAccessible(page);
  await next(page);

  await page.getByRole("radio", { name: "Een project" }).check();
  await next(page);

  await expectPage(page, "Stellingen");
  // Piped: the chosen subject, lower-cased; the statements of that subject only.
  await expect(page.getByText("Welk cijfer geef je een project?", { exact: true })).toBeVisible();
  await expect(page.getByRole("slider")).toHaveCount(4);
  await page.getByRole("slider").first().focus();
  await page.keyboard.press("ArrowRight");
  await page.getByRole("slider").nth(1).focus();
  await page.keyboard.press("ArrowRight");
  await expectAccessible(page);
  await next(page);

  await page.getByRole("radio", { name: /Deel A/ }).check();
  await next(page);
  await expectPage(page, "Vaardigheden");
  const rows = page.locator("fieldset.sv-scale-row");
  await expect(rows).toHaveCount(5);
  await rows.nth(0).getByRole("radio").nth(3).check();
  await rows.nth(1).getByRole("radio").nth(0).check();
  const boxes = page.getByRole("checkbox");
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await expect(page.getByText("2 van 2 gekozen")).toBeVisible();
  await expectAccessible(page);
  await nextPastOpenRows(page);

  await expectPage(page, "Tot slot");
  await page.getByLabel("Wil je nog iets kwijt?").fill("Prima vragenlijst,\nmet twee regels.");
  await page.getByLabel(/E-mailadres voor de nieuwsbrief/).fill("lezer@example.org");
  await next(page);

  await expectPage(page, "Bedankt!");
  await page.getByRole("button", { name: /ook deel b/i }).click();
  await expectPage(page, "Volgorde");
  await page.getByRole("button", { name: "Steun van collega's hoger" }).click();
  await page.getByRole("button", { name: "Steun van collega's hoger" }).click();
  await page.getByRole("checkbox", { name: "Een coach" }).check();
  await page.getByRole("checkbox", { name: "Anders, namelijk" }).check();
  await page.getByLabel("Namelijk:").fill("Mijn teamleider");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await next(page);
  await expectPage(page, "Bedankt!");

  const c = await credentials(page, SLUG);
  const state = await serverState(request, SLUG, c);
  expect(state.isFinished).toBe(true);
  expect(state.answers).toMatchObject({
    toestemming: 1, rol: "docent", school: "De Brug", regio: "oost", jaren: 12, onderwerp: "project", part_choice: "a",
    extra_part: "b", belang_steun: 1, hulp_coach: 1, hulp_anders: 1, hulp_anders_tekst: "Mijn teamleider", opmerking: "Prima vragenlijst,\nmet twee regels.",
  });
  expect(Object.keys(state.answers).filter((v) => v.startsWith("stelling_project_"))).toHaveLength(1);
  expect(state.answers).not.toHaveProperty("email");

  // Monitoring counts it, with both parts finished; results summarise every element without a
  // report definition.
  const stats = await adminApi.get(`/api/admin/s/${SLUG}/stats?includePartial=true`);
  expect(stats.status()).toBe(200);
  const body = await stats.json();
  expect(body.monitoring.totals.overall.finished).toBeGreaterThanOrEqual(1);
  expect(body.monitoring.totals.overall.partsFinished).toMatchObject({ a: expect.any(Number), b: expect.any(Number) });
  expect(JSON.stringify(body.results)).toContain("Welk cijfer geef je [onderwerp]?");

  // Every export, with the survey's own variables.
  const csv = await adminApi.get(`/api/admin/s/${SLUG}/export?format=csv-wide&includePartial=true`);
  expect(csv.status()).toBe(200);
  const [header, ...lines] = parseCsv(await csv.text());
  const row = lines.find((l) => l[header.indexOf("response_id")] === c.responseId)!;
  const cell = (name: string) => row[header.indexOf(name)];
  expect(header).toEqual(expect.arrayContaining(["rol", "jaren", "stelling_les_duidelijk", "nut_samenwerken", "top_zoeken", "belang_tijd", "hulp_geen", "vaardigheden_order"]));
  expect([cell("rol"), cell("jaren"), cell("belang_steun"), cell("hulp_coach"), cell("hulp_geen"), cell("stelling_les_duidelijk")]).toEqual(["1", "12", "1", "1", "0", ""]);
  expect(header).not.toContain("email");
  for (const format of ["csv-long", "xlsx", "spss", "r", "codebook-json", "codebook-html"]) {
    const res = await adminApi.get(`/api/admin/s/${SLUG}/export?format=${format}&includePartial=true`);
    expect(res.status(), format).toBe(200);
    expect((await res.body()).length, format).toBeGreaterThan(200);
  }
});
