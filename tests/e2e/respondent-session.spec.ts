import { expect, test } from "@playwright/test";
import {
  CHOICE, background, chooseActivity, credentials, development, expectPage, factors, next, otherActivities, raffle, serverState, top5, toPart, welcome,
} from "./respondent.helpers";

/**
 * The respondent's session on a phone: the browser's Back and Forward buttons, a shared device,
 * changing part, and the states a browser can get stuck in (blocked storage, no connection, a
 * refused save).
 */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const form = (page: import("@playwright/test").Page) => page.locator("form[data-page]");
const onPage = (page: import("@playwright/test").Page, id: string) => expect(form(page)).toHaveAttribute("data-page", id);

test("the phone's Back button acts as Vorige and Forward as Volgende; what was typed stays", async ({ page, request }) => {
  await toPart(page, 1);
  await onPage(page, "p1_activity");

  await page.goBack();
  await onPage(page, "choice");
  await expect(page.getByRole("radio", { name: /Deel 1/ })).toBeChecked();
  await page.goBack();
  await onPage(page, "bg");
  // A changed answer, not saved yet: Back keeps it as a draft, Forward saves it.
  await page.getByRole("radio", { name: "Gelderland" }).check();
  await page.goBack();
  await onPage(page, "welcome");
  await page.goForward();
  await onPage(page, "bg");
  await expect(page.getByRole("radio", { name: "Gelderland" })).toBeChecked();
  await page.goForward();
  await onPage(page, "choice");
  const state = await serverState(request, CHOICE, await credentials(page, CHOICE));
  expect(state.answers.bg_province).toBe("gelderland");
  // Still inside the questionnaire at the first page: one more Back leaves it, not before.
  await page.goBack();
  await page.goBack();
  await onPage(page, "welcome");
  expect(page.url()).toContain(`/s/${CHOICE}`);
});

test("Forward on a page that is not complete stays there with the page's messages", async ({ page }) => {
  await page.goto(`/s/${CHOICE}`);
  await welcome(page);
  await background(page);
  await onPage(page, "choice");
  await page.goBack();
  await onPage(page, "bg");
  // "Anders" needs its text: not complete.
  await page.getByRole("radio", { name: /^Anders/ }).first().check();
  await page.goForward();
  await expect(page.getByText("Nog niet alles is goed ingevuld")).toBeVisible();
  await onPage(page, "bg");
  // The browser is back on this page's entry: Forward tries again, Back goes one page back.
  await expect.poll(() => page.evaluate(() => (history.state as { sv?: string } | null)?.sv)).toBe("bg");
  await page.getByLabel("Namelijk:").first().fill("Teamleider");
  await page.goForward();
  await onPage(page, "choice");
  await page.getByRole("button", { name: "Vorige" }).click();
  await onPage(page, "bg");
  await page.goForward();
  await onPage(page, "choice");
});

test("a shared device: the next person starts a response of their own; the earlier one stays", async ({ page, request }) => {
  await page.goto(`/s/${CHOICE}`);
  await welcome(page);
  await background(page);
  const first = await credentials(page, CHOICE);
  await page.reload();
  await onPage(page, "choice");
  await page.getByRole("button", { name: "Begin als nieuwe deelnemer" }).click();
  await page.getByRole("button", { name: "Ja, begin een nieuwe vragenlijst" }).click();
  await onPage(page, "welcome");
  await expect(page.getByLabel(/doe vrijwillig mee/)).not.toBeChecked();
  await welcome(page);
  const second = await credentials(page, CHOICE);
  expect(second.responseId).not.toBe(first.responseId);
  expect((await serverState(request, CHOICE, first)).currentPage).toBe("choice");
  // A page of one's own: no offer to start anew on the next page.
  await expect(page.getByRole("button", { name: "Begin als nieuwe deelnemer" })).toHaveCount(0);
});

test("switching part on the choice page discards the abandoned part's answers", async ({ page, request }) => {
  await toPart(page, 1);
  await chooseActivity(page, "Stage in het buitenland");
  await factors(page, 2);
  await onPage(page, "p1_dev");
  for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Vorige" }).click();
  await onPage(page, "choice");
  await page.getByRole("radio", { name: /Deel 2/ }).check();
  await next(page);
  await onPage(page, "p2_activity");
  const state = await serverState(request, CHOICE, await credentials(page, CHOICE));
  expect(Object.keys(state.answers).filter((v) => v.startsWith("p1_"))).toEqual([]);
  expect(state.answers.part_choice).toBe("p2");
});

test("blocked site storage: a clear message, and the questionnaire still works", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get: () => { throw new DOMException("The operation is insecure.", "SecurityError"); } });
  });
  await page.goto(`/s/${CHOICE}`);
  await expect(page.getByText(/staat niet toe dat deze site iets bewaart/)).toBeVisible();
  await welcome(page);
  await background(page);
  await onPage(page, "choice");
});

test("no connection at first load: says so and continues when the connection is back", async ({ page }) => {
  await page.goto(`/s/${CHOICE}`);
  await welcome(page);
  let isOffline = true;
  await page.route(/\/api\/s\/[^/]+\/responses\/[^/]+$/, (route) => (isOffline && route.request().method() === "GET" ? route.abort("internetdisconnected") : route.continue()));
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: /Geen verbinding met de server/ })).toBeVisible();
  isOffline = false;
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expectPage(page, "Over jou en je werk");
});

test("a refused save (4xx) is not retried: the message shows and the buttons work", async ({ page }) => {
  await page.goto(`/s/${CHOICE}`);
  await welcome(page);
  let puts = 0;
  await page.route(/\/api\/s\/[^/]+\/responses\/[^/]+$/, (route) => {
    if (route.request().method() !== "PUT") return route.continue();
    puts++;
    return route.fulfill({ status: 400, contentType: "application/json", body: JSON.stringify({ error: "De invoer bevat een ongeldig teken (NUL)." }) });
  });
  await page.getByRole("radio", { name: "Docent", exact: true }).check();
  await page.getByRole("radio", { name: "Utrecht" }).check();
  await page.getByRole("radio", { name: /Middelbaar beroepsonderwijs/ }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "ongeldig teken" })).toBeVisible();
  await page.waitForTimeout(2500);
  expect(puts).toBe(1);
  await expect(page.getByRole("button", { name: "Volgende" })).toBeEnabled();
  await expect(page.getByRole("button", { name: "Vorige" })).toBeEnabled();
});

test("after finishing, Nieuwe deelnemer starts an empty questionnaire; the finished response stays", async ({ page, request }) => {
  await toPart(page, 1);
  await chooseActivity(page, "Uitwisseling in het buitenland");
  await factors(page, 1);
  await development(page, 1);
  await top5(page);
  await otherActivities(page);
  await raffle(page);
  await expectPage(page, "Bedankt voor je deelname!");
  const finished = await credentials(page, CHOICE);
  await page.getByRole("button", { name: "Nieuwe deelnemer" }).click();
  await page.getByRole("button", { name: "Ja, begin een nieuwe vragenlijst" }).click();
  await onPage(page, "welcome");
  expect(await page.evaluate((key) => localStorage.getItem(key), `enquete:${CHOICE}`)).toBeNull();
  expect((await serverState(request, CHOICE, finished)).isFinished).toBe(true);
});
