import type { Locator, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

/**
 * Every admin page has its <title> after a client-side navigation (a click on a link, no page
 * load), not only when loaded from its address. Screen readers announce the title on navigation,
 * and axe's "document-title" rule fails a page without one.
 *
 * The title went missing only sometimes: when the link was clicked while the overview's prefetches
 * of the survey pages were still in flight. So each round loads the overview afresh and clicks at
 * once, and the rounds are repeated.
 */
const SLUG = "internationale-competenties";
const ROUNDS = 10;
const title = (page: string) => `${page} · Enquête`;

declare global {
  interface Window {
    /** Where the document was without a title since the last click (null: never). */
    untitledAt: string | null;
  }
}

/** Watches the document for a moment without a title, as axe would see it at that moment. */
async function watchTitle(page: Page) {
  await page.addInitScript(() => {
    window.untitledAt = null;
    new MutationObserver(() => {
      if (!document.title) window.untitledAt ??= location.pathname;
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/** The overview, freshly loaded: its links start prefetching their pages now. */
async function openOverview(page: Page) {
  await page.goto("/admin");
  await expect(page).toHaveTitle(title("Dashboard"));
}

/** The overview's row of the survey under test (the overview lists every survey). */
const surveyRow = (page: Page) => page.getByRole("row").filter({ has: page.getByTestId(`overview-started-${SLUG}`) });

/**
 * Clicks a link and checks the page it leads to: its address, its heading, then its title. The
 * title check is soft, so that every round runs and the report counts the rounds without a title.
 */
async function clickAndExpectTitle(page: Page, link: Locator, to: { url: RegExp; heading: string; title: string }, round: string) {
  await page.evaluate(() => (window.untitledAt = null));
  await link.click();
  await expect(page).toHaveURL(to.url);
  await expect(page.getByRole("heading", { name: to.heading, exact: true })).toBeVisible();
  await expect.soft(page, `${round}: the title of ${to.url}`).toHaveTitle(to.title, { timeout: 3_000 });
  expect.soft(await page.evaluate(() => window.untitledAt), `${round}: a moment without a title`).toBeNull();
}

const RESULTS = { url: new RegExp(`/admin/s/${SLUG}/results$`), heading: "Resultaten", title: title("Resultaten") };
const OVERVIEW = { url: /\/admin$/, heading: "Vragenlijsten", title: title("Dashboard") };

test("the results page has its title after every client-side navigation from the overview and back", async ({ page, researcher }) => {
  test.setTimeout(240_000);
  await signIn(page, researcher);
  await watchTitle(page);
  for (let round = 1; round <= ROUNDS; round++) {
    await openOverview(page);
    await clickAndExpectTitle(page, surveyRow(page).getByRole("link", { name: "Resultaten" }), RESULTS, `round ${round}, overview → results`);
    await clickAndExpectTitle(page, page.getByRole("link", { name: "← Alle vragenlijsten" }), OVERVIEW, `round ${round}, results → overview`);
    await clickAndExpectTitle(page, surveyRow(page).getByRole("link", { name: "Resultaten" }), RESULTS, `round ${round}, overview → results again`);
  }
});

test("every admin page reached by a client-side navigation has its title", async ({ page, createAccount }) => {
  test.setTimeout(240_000);
  const admin = await createAccount({ role: "admin" });
  await signIn(page, admin);
  await watchTitle(page);
  const survey = `/admin/s/${SLUG}`;
  const targets = [
    { link: (p: Page) => surveyRow(p).getByRole("link", { name: "Monitoring" }), url: new RegExp(`${survey}$`), heading: "Monitoring veldwerk", title: title("Monitoring") },
    { link: (p: Page) => surveyRow(p).getByRole("link", { name: "Resultaten" }), ...RESULTS },
    { link: (p: Page) => surveyRow(p).getByRole("link", { name: "Export" }), url: new RegExp(`${survey}/export$`), heading: "Export", title: title("Export") },
    { link: (p: Page) => surveyRow(p).getByRole("link", { name: "Import" }), url: new RegExp(`${survey}/import$`), heading: "Dataset importeren", title: title("Import") },
    { link: (p: Page) => p.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Gebruikers" }), url: /\/admin\/users$/, heading: "Gebruikers", title: title("Gebruikers") },
    { link: (p: Page) => p.getByTestId("signed-in-email"), url: /\/admin\/account$/, heading: "Mijn account", title: title("Mijn account") },
  ];
  for (let round = 1; round <= 3; round++) {
    for (const { link, ...to } of targets) {
      await openOverview(page);
      await clickAndExpectTitle(page, link(page), to, `round ${round}, overview → ${to.heading}`);
    }
    // From tab to tab within the survey, and back to the overview through the main menu.
    await openOverview(page);
    const tabs = page.getByRole("navigation", { name: "Onderdelen van de vragenlijst" });
    await clickAndExpectTitle(page, targets[0].link(page), targets[0], `round ${round}, overview → monitoring`);
    const share = { url: new RegExp(`${survey}/share$`), heading: "Delen", title: title("Delen") };
    const questions = { url: new RegExp(`${survey}/questions$`), heading: "Alle vragen", title: title("Alle vragen") };
    for (const to of [targets[1], questions, targets[2], targets[3], share, targets[0]]) {
      await clickAndExpectTitle(page, tabs.getByRole("link", { name: to.title.split(" · ")[0], exact: true }), to, `round ${round}, tab → ${to.heading}`);
    }
    await clickAndExpectTitle(page, page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Overzicht" }), OVERVIEW, `round ${round}, monitoring → overview`);
  }
});
