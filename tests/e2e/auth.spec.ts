import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { E2E_ADMIN, expect, signIn, test, uniqueEmail } from "./fixtures";

/** The sign-in form itself, sign-out, the rate limit and /admin/users, driven through the UI. */
const SHOTS = "tests/e2e/.output/screenshots";
const PHONE = { width: 390, height: 844 };

// Each test its own client address, so the per-client failure count of one test cannot lock another.
test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": `10.${rand()}.${rand()}.${rand()}` });
});
const rand = () => Math.floor(Math.random() * 250) + 1;

async function fillLogin(page: Page, email: string, password: string) {
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Aanmelden" }).click();
}

/** The form's alert (Next.js adds an empty role="alert" route announcer of its own). */
const loginAlert = (page: Page) => page.getByRole("alert").and(page.locator("#login-error"));

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("a researcher signs in with the form and out again", async ({ page, researcher }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { name: "Aanmelden" })).toBeVisible();
  await fillLogin(page, researcher.email.toUpperCase(), researcher.password);

  await expect(page).toHaveURL(/\/admin$/);
  const header = page.getByRole("banner");
  await expect(header.getByTestId("signed-in-email")).toHaveText(researcher.email);
  await expect(header.getByRole("link", { name: "Overzicht" })).toBeVisible();
  await expect(header.getByRole("link", { name: "Gebruikers" })).toHaveCount(0);

  // A copy of the session cookie, as someone could have kept it.
  const kept = (await page.context().cookies()).filter((c) => c.name.includes("session-token"));
  expect(kept).toHaveLength(1);

  await header.getByRole("button", { name: "Afmelden" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login$/);

  // Signing out ended the session on the server: the kept cookie no longer works (it is not expired).
  await page.context().addCookies(kept);
  expect((await page.request.get("/api/admin/users")).status()).toBe(401);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login$/);
});

test("signing in from a deep admin link returns to that page", async ({ page }) => {
  await page.goto("/admin/users?van=link");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fusers%3Fvan%3Dlink$/);
  await fillLogin(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await expect(page).toHaveURL(/\/admin\/users\?van=link$/);
  await expect(page.getByRole("heading", { name: "Gebruikers", level: 1 })).toBeVisible();
  // A foreign target is ignored.
  await page.goto("/login?callbackUrl=https%3A%2F%2Fevil.example%2Fadmin");
  await expect(page).toHaveURL(/\/admin$/);
});

test("wrong credentials get one clear message that does not reveal which part was wrong", async ({ page, researcher }) => {
  await page.goto("/login");
  await fillLogin(page, researcher.email, "niet-het-wachtwoord");
  await expect(loginAlert(page)).toHaveText("E-mailadres of wachtwoord is onjuist.");
  await expect(loginAlert(page)).toBeFocused();
  await fillLogin(page, uniqueEmail("bestaat-niet"), "niet-het-wachtwoord");
  await expect(loginAlert(page)).toHaveText("E-mailadres of wachtwoord is onjuist.");
  await expect(page).toHaveURL(/\/login$/);
});

test("empty and malformed input is refused in the form, with messages at the fields", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByText("Vul een e-mailadres in.")).toBeVisible();
  await expect(page.getByText("Vul je wachtwoord in.")).toBeVisible();
  await expect(page.getByLabel("E-mailadres")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("E-mailadres").fill("geen-adres");
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByText("Vul een geldig e-mailadres in.")).toBeVisible();
});

test("after 5 wrong passwords the account waits seconds, not 15 minutes, then the right password works", async ({ page, researcher }) => {
  await page.goto("/login");
  for (let i = 1; i <= 5; i++) {
    await fillLogin(page, researcher.email, `fout-${i}`);
    await expect(loginAlert(page)).toHaveText("E-mailadres of wachtwoord is onjuist.");
  }
  const lastFailure = Date.now();
  await fillLogin(page, researcher.email, researcher.password);
  await expect(loginAlert(page)).toContainText("Te veel mislukte pogingen");
  await expect(loginAlert(page)).toContainText(/over [1-5] seconden? opnieuw/);
  await expect(page).toHaveURL(/\/login$/);

  // The wait is per account: from another client it applies too; then the owner gets in.
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": "192.0.2.77" });
  await expect(signIn(page, researcher)).rejects.toThrow(/RateLimited/);
  await page.waitForTimeout(Math.max(0, lastFailure + 5_500 - Date.now()));
  await fillLogin(page, researcher.email, researcher.password);
  await expect(page).toHaveURL(/\/admin$/);
});

test("a researcher cannot open /admin/users (403) and has no link to it", async ({ page, researcher }) => {
  await signIn(page, researcher);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
  await expect(page.getByRole("cell", { name: E2E_ADMIN.email })).toHaveCount(0);
});

test("an admin adds a researcher, who can sign in, and removes them again", async ({ page, browser }) => {
  await signIn(page, E2E_ADMIN);
  await page.goto("/admin/users");
  await expect(page.getByRole("banner").getByRole("link", { name: "Gebruikers" })).toHaveAttribute("aria-current", "page");
  const mine = page.getByTestId("user-row").filter({ hasText: E2E_ADMIN.email });
  await expect(mine).toContainText("Je eigen account");
  await expect(mine.getByRole("button", { name: /verwijderen/ })).toHaveCount(0);

  const email = uniqueEmail("nieuw");
  const password = `start-${randomUUID().slice(0, 8)}`;
  const form = page.getByRole("region", { name: "Account toevoegen" });
  await form.getByRole("button", { name: "Account toevoegen" }).click();
  await expect(form.getByText("Vul een e-mailadres in.")).toBeVisible();
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByLabel("Naam").fill("Nieuwe Onderzoeker");
  await form.getByLabel("Beginwachtwoord").fill("kort");
  await form.getByRole("button", { name: "Account toevoegen" }).click();
  await expect(form.getByText("Het wachtwoord moet minstens 10 tekens hebben.")).toBeVisible();
  await form.getByLabel("Beginwachtwoord").fill("password12");
  await form.getByRole("button", { name: "Account toevoegen" }).click();
  await expect(form.getByText(/Dit wachtwoord is te makkelijk te raden/)).toBeVisible();
  await form.getByLabel("Beginwachtwoord").fill(password);
  await form.getByRole("button", { name: "Account toevoegen" }).click();
  await expect(form.getByRole("status")).toHaveText(`Account ${email} is toegevoegd.`);
  const row = page.getByTestId("user-row").filter({ hasText: email });
  await expect(row).toContainText("Onderzoeker");

  // The same address twice: the server's message shows at the field.
  await form.getByLabel("E-mailadres").fill(email.toUpperCase());
  await form.getByLabel("Beginwachtwoord").fill(password);
  await form.getByRole("button", { name: "Account toevoegen" }).click();
  await expect(form.getByText("Dit e-mailadres is al in gebruik.")).toBeVisible();

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, { email, password });
  await otherPage.goto("/admin");
  await expect(otherPage.getByTestId("signed-in-email")).toHaveText(email);

  await row.getByRole("button", { name: `${email} verwijderen` }).click();
  await row.getByRole("button", { name: "Ja, verwijderen" }).click();
  await expect(page.getByTestId("user-row").filter({ hasText: email })).toHaveCount(0);

  // Their existing session ends at the next request.
  await otherPage.reload();
  await expect(otherPage).toHaveURL(/\/login$/);
  await other.close();
});

test("a researcher changes their own password on /admin/account; their other sessions end", async ({ page, browser, researcher }) => {
  await signIn(page, researcher);
  const laptop = await browser.newContext();
  await signIn(await laptop.newPage(), researcher);
  expect((await laptop.request.get("/api/admin/s/internationale-competenties/stats")).status()).not.toBe(401);
  await page.goto("/admin");
  await page.getByTestId("signed-in-email").click();
  await expect(page).toHaveURL(/\/admin\/account$/);
  await expect(page.getByRole("heading", { name: "Mijn account" })).toBeVisible();
  const newPassword = `nieuw-${randomUUID().slice(0, 8)}`;
  await page.getByLabel("Huidig wachtwoord").fill("niet-het-huidige");
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(newPassword);
  await page.getByLabel("Nieuw wachtwoord (nogmaals)").fill(newPassword + "x");
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.getByText("De twee nieuwe wachtwoorden zijn niet gelijk.")).toBeVisible();
  await page.getByLabel("Nieuw wachtwoord (nogmaals)").fill(newPassword);
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.getByText("Het huidige wachtwoord klopt niet.").first()).toBeVisible();
  await page.getByLabel("Huidig wachtwoord").fill(researcher.password);
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.getByRole("status")).toHaveText("Je wachtwoord is gewijzigd.");

  // The other session ended; this one goes on.
  expect((await laptop.request.get("/api/admin/s/internationale-competenties/stats")).status()).toBe(401);
  await laptop.close();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Mijn account" })).toBeVisible();

  await expect(signIn(page, researcher)).rejects.toThrow(/CredentialsSignin/);
  await signIn(page, { email: researcher.email, password: newPassword });
});

test("sign-in and user pages: screenshots (phone and desktop) and no axe violations", async ({ page, researcher }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/login");
  await fillLogin(page, researcher.email, "fout-wachtwoord");
  await expect(loginAlert(page)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/login-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `${SHOTS}/login-desktop.png`, fullPage: true });

  await signIn(page, E2E_ADMIN);
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "Gebruikers", level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/users-desktop.png`, fullPage: true });
  await page.setViewportSize(PHONE);
  await page.getByTestId("user-row").filter({ hasText: researcher.email }).getByRole("button", { name: /verwijderen/ }).click();
  await page.screenshot({ path: `${SHOTS}/users-390.png`, fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "no horizontal scrolling at 390 px").toBeLessThanOrEqual(0);

  await page.goto("/admin/account");
  await expect(page.getByRole("heading", { name: "Mijn account" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/account-390.png`, fullPage: true });
});
