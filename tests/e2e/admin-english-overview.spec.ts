import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

/**
 * The overview, the frame around a survey (tabs, back link, not found), its Access tab, my account,
 * the users page and the audit log in English once the admin language is English, and in Dutch again
 * after the switch back. A researcher who reads English sees no Dutch in these pages' texts.
 */
const SLUG = "internationale-competenties";
const SHOTS = process.env.ADMIN_SHOTS ?? "tests/e2e/.output";

/** Asserts that none of the words occurs in the page's main text. */
async function expectNoDutch(page: Page, words: string[]) {
  const text = await page.locator("main").innerText();
  for (const word of words) expect(text, `"${word}" on ${page.url()}`).not.toContain(word);
}

test("the overview, survey frame, access, account, users and audit pages in English, then Dutch again", async ({ page, baseURL, createAccount }) => {
  test.setTimeout(120_000);
  const admin = await createAccount({ role: "admin" });
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, admin);
  await page.context().addCookies([{ name: "admin_lang", value: "en", url: baseURL! }]);

  // The overview: headings, table, actions and the new-survey form, its checks in English.
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Surveys" })).toBeVisible();
  const surveys = page.getByTestId("surveys");
  await expect(surveys.getByRole("columnheader", { name: "Completed" })).toBeVisible();
  await expect(surveys.getByRole("link", { name: "Results" }).first()).toBeVisible();
  await expect(surveys.getByRole("button", { name: "Archive" }).first()).toBeVisible();
  const form = page.getByTestId("new-survey");
  await expect(page.getByRole("heading", { name: "New survey" })).toBeVisible();
  await form.getByLabel("Title").fill("Ab");
  await form.getByRole("button", { name: "Create survey" }).click();
  await expect(form.getByRole("alert")).toHaveText("Address: at least 3 characters.");
  await page.screenshot({ path: `${SHOTS}/english-overview-1440.png`, fullPage: true });
  await expectNoDutch(page, ["Vragenlijsten", "Gestart", "Afgerond", "Laatste activiteit", "Ga naar", "Beheer", "Archiveren", "Resultaten", "Versies",
    "Vragenlijst openen", "Nieuwe vragenlijst", "Meting", "Beginnen met", "Leeg", "Kopie van", "Definitiebestand", "Aangemeld als", "Adres:"]);

  // A survey without responses can be deleted: the two-step button in English.
  const tag = randomUUID().slice(0, 6);
  await form.getByLabel("Title").fill(`English ${tag}`);
  await form.getByRole("button", { name: "Create survey" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/s/english-${tag}/editor$`));
  await expect(page.getByRole("link", { name: "← All surveys" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Parts of the survey" }).getByRole("link", { name: "Access" })).toBeVisible();
  await page.goto("/admin");
  const row = surveys.locator(`tr[data-slug="english-${tag}"]`);
  await expect(row).toContainText("(not published yet)");
  await row.getByRole("button", { name: `Delete English ${tag}` }).click();
  await expect(row.getByRole("button", { name: `Delete permanently: English ${tag}` })).toHaveText("Are you sure?");
  await expect(row.getByRole("button", { name: "Cancel" })).toBeVisible();

  // The survey frame and its Access tab.
  await page.goto(`/admin/s/${SLUG}/members`);
  const tabs = page.getByRole("navigation", { name: "Parts of the survey" });
  for (const name of ["Monitoring", "Results", "All questions", "Responses", "Prize draw", "Share", "Versions", "Access"]) {
    await expect(tabs.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await expect(tabs).not.toContainText("Resultaten");
  await expect(page.getByRole("heading", { level: 2, name: "Access" })).toBeVisible();
  const members = page.getByTestId("member-form");
  await expect(members.getByLabel("Role").locator("option")).toHaveText(["Owner", "Editor", "Analyst", "Viewer"]);
  await members.getByLabel("Email address").fill("no-address");
  await members.getByRole("button", { name: "Give access" }).click();
  await expect(members.getByRole("alert")).toHaveText("Enter the email address of an existing account.");
  await members.getByLabel("Email address").fill(`nobody-${tag}@example.org`);
  await members.getByRole("button", { name: "Give access" }).click();
  await expect(members.getByRole("alert")).toHaveText(`There is no account with the address nobody-${tag}@example.org. An administrator can create it.`);
  await page.screenshot({ path: `${SHOTS}/english-access-1440.png`, fullPage: true });
  await expectNoDutch(page, ["Toegang", "Kijkers", "eigenaar", "E-mailadres", "Er is geen account"]);

  // Not found: an unknown survey.
  await page.goto("/admin/s/no-such-survey");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "To the overview" })).toBeVisible();
  await expectNoDutch(page, ["Niet gevonden", "bestaat niet", "overzicht"]);

  // My account: the form and its checks.
  await page.goto("/admin/account");
  await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
  await expect(page.getByText("Administrator", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Enter your password.")).toBeVisible();
  await expectNoDutch(page, ["Mijn account", "Wachtwoord", "wachtwoord", "Naam", "Beheerder", "Vul je"]);

  // Users: the table and the add form.
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Add account" })).toBeVisible();
  await expect(page.getByRole("button", { name: `Remove ${admin.email}` })).toHaveCount(0);
  await expect(page.getByText("Your own account")).toBeVisible();
  await expectNoDutch(page, ["Gebruikers", "Onderzoekers", "Toegevoegd", "Account toevoegen", "Beginwachtwoord", "Je eigen account", "jij"]);

  // The audit log: filters and the action names.
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download CSV" })).toBeVisible();
  await expect(page.getByTestId("audit-log").getByRole("cell", { name: "Signed in", exact: true }).first()).toBeVisible();
  await expectNoDutch(page, ["Auditlog", "Actie", "Tijdstip", "Wie", "Aangemeld", "Filteren", "Alle acties", "Account toegevoegd"]);

  // On a phone the English header (its switch now reads "Nederlands") and the overview fit the width.
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto("/admin");
  await expect(page.getByRole("button", { name: "Nederlands" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.goto(`/admin/s/${SLUG}/members`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/english-access-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });

  // Back to Dutch with the header's switch.
  await page.goto("/admin");
  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vragenlijsten" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nieuwe vragenlijst" })).toBeVisible();
  await page.goto(`/admin/s/${SLUG}/members`);
  await expect(page.getByRole("navigation", { name: "Onderdelen van de vragenlijst" }).getByRole("link", { name: "Resultaten" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Toegang" })).toBeVisible();
});
