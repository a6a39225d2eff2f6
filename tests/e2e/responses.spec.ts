import type { Page } from "@playwright/test";
import { newRespondent, respondPart1 } from "./dashboard.helpers";
import { expect, signIn, test } from "./fixtures";

/**
 * Response management as a researcher does it: a duplicate excluded from the Dubbele view (the
 * monitoring count drops by one), one response read and restored on its own page (the count is
 * back), a deletion request by the respondent's resume link (the count drops again), and the
 * retention of IP hashes changed and shown.
 */
const SLUG = "internationale-competenties";
const SHOTS = process.env.RESPONSES_SHOTS ?? "tests/e2e/.output";
const base = `/admin/s/${SLUG}`;

async function started(page: Page): Promise<number> {
  await page.goto(base);
  return Number((await page.getByTestId("stat-started").innerText()).replace(/\D/g, ""));
}

/** The figures follow the live marker, which may hold a moment after a change: reload until they show it. */
const expectStarted = (page: Page, n: number) => expect.poll(() => started(page), { timeout: 30_000, intervals: [500, 1000, 2000] }).toBe(n);

test("exclude a duplicate, read and restore it, delete one by its resume link", async ({ page, researcher, request }) => {
  test.setTimeout(180_000);
  const first = newRespondent(SLUG);
  const second = newRespondent(SLUG);
  await respondPart1(request, first);
  await respondPart1(request, second);
  // A third, so the group is still there after the deletion below.
  await respondPart1(request, newRespondent(SLUG));
  await signIn(page, researcher);
  await expect.poll(() => started(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
  const before = await started(page);

  // The Dubbele view: the second response is in a group with the first (same address, same answers).
  await page.getByRole("link", { name: "Antwoorden" }).click();
  await expect(page.getByRole("heading", { name: "Antwoorden", exact: true })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/responses-1440.png`, fullPage: true });
  await page.getByRole("link", { name: "Dubbele" }).click();
  const member = page.locator(`[data-response="${second.id}"]`).first();
  await expect(member).toBeVisible();
  await expect(page.locator(`[data-response="${first.id}"]`).first()).toBeVisible();
  await member.getByRole("button", { name: "Uitsluiten" }).click();
  await expect(member.getByRole("alert")).toHaveText("Geef een reden (minstens 3 tekens).");
  await member.getByLabel("Reden").fill("Tweede inzending, zelfde antwoorden");
  await member.getByRole("button", { name: "Uitsluiten" }).click();
  await expect(member.getByRole("status")).toContainText("Uitgesloten");
  await expect(page.locator(`[data-response="${second.id}"] [data-testid="review-state"]`).first()).toHaveText("Uitgesloten");
  await page.locator(`[data-response="${first.id}"]`).first().getByLabel("Reden").fill("Eerste inzending");
  await page.locator(`[data-response="${first.id}"]`).first().getByRole("button", { name: "Behouden" }).click();
  await expect(page.locator(`[data-response="${first.id}"] [data-testid="review-state"]`).first()).toHaveText("Telt mee (beoordeeld)");
  await member.screenshot({ path: `${SHOTS}/responses-duplicate-1440.png` });
  await expectStarted(page, before - 1);

  // Its own page: answers, pages and times, the order shown; restored with a reason.
  await page.goto(`${base}/responses?toon=excluded`);
  await page.locator(`tr[data-response="${second.id}"] a`).click();
  await expect(page.getByRole("heading", { name: new RegExp(second.id) })).toBeVisible();
  await expect(page.getByTestId("response-facts")).toContainText("Uitgesloten — Tweede inzending, zelfde antwoorden");
  await expect(page.getByTestId("response-facts")).toContainText("e2e");
  await expect(page.getByTestId("response-answers")).toContainText("bg_sector");
  await expect(page.getByTestId("response-visits")).toContainText("p1_top5");
  await expect(page.getByTestId("response-order")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/response-detail-1440.png`, fullPage: true });
  await page.getByLabel("Reden").fill("Toch een andere docent op hetzelfde netwerk");
  await page.getByRole("button", { name: "Herstellen" }).click();
  await expect(page.getByRole("status")).toContainText("Hersteld");
  await expectStarted(page, before);

  // A deletion request by the resume link the respondent has.
  await page.goto(`${base}/responses`);
  const form = page.getByRole("form", { name: "Verwijderverzoek" });
  await form.getByLabel("Antwoord-ID of hervatlink van de deelnemer").fill("niet een link");
  await form.getByRole("button", { name: "Verwijderen" }).click();
  await expect(form.getByText("Dit is geen antwoord-ID en geen hervatlink (…#hervat=…).")).toBeVisible();
  await form.getByLabel("Antwoord-ID of hervatlink van de deelnemer").fill(`http://localhost/s/${SLUG}#hervat=${first.id}.${first.secret}`);
  await form.getByRole("button", { name: "Verwijderen" }).click();
  await expect(form.getByText("Bevestig dat het antwoord definitief wordt verwijderd.")).toBeVisible();
  await form.getByLabel(/Definitief verwijderen/).check();
  await form.getByRole("button", { name: "Verwijderen" }).click();
  await expect(form.getByRole("status")).toContainText(`Antwoord ${first.id} verwijderd`);
  await expectStarted(page, before - 1);
  await page.goto(`${base}/responses/${first.id}`);
  await expect(page.getByTestId("not-found")).toBeVisible();

  // Retention: IP hashes deleted when fieldwork closes, saved and shown again; then back to by hand.
  await page.goto(`${base}/responses#bewaren`);
  const retention = page.getByRole("form", { name: "Bewaartermijn IP-hashes" });
  await retention.getByLabel("Automatisch verwijderen zodra het veldwerk sluit").check();
  await retention.getByRole("button", { name: "Opslaan" }).click();
  await expect(retention.getByRole("status")).toHaveText("Opgeslagen.");
  await page.reload();
  await expect(page.getByRole("form", { name: "Bewaartermijn IP-hashes" }).getByLabel("Automatisch verwijderen zodra het veldwerk sluit")).toBeChecked();
  await page.getByRole("form", { name: "Bewaartermijn IP-hashes" }).getByLabel(/Tot ze met de hand worden verwijderd/).check();
  await page.getByRole("form", { name: "Bewaartermijn IP-hashes" }).getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("form", { name: "Bewaartermijn IP-hashes" }).getByRole("status")).toHaveText("Opgeslagen.");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base}/responses`);
  await page.screenshot({ path: `${SHOTS}/responses-390.png`, fullPage: true });
  await page.goto(`${base}/responses/${second.id}`);
  await page.screenshot({ path: `${SHOTS}/response-detail-390.png`, fullPage: true });
  await page.goto(`${base}/responses/duplicates`);
  await page.locator(`[data-response="${second.id}"]`).first().screenshot({ path: `${SHOTS}/responses-duplicate-390.png` });
});
