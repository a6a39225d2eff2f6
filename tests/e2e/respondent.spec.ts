import { expect, test } from "@playwright/test";
import {
  CHOICE, SEQUENTIAL, background, chooseActivity, credentials, development, expectAccessible, expectPage, factors, h1, next, nextButton, nextPastOpenRows, otherActivities, raffle, serverState, top5, toPart, welcome,
} from "./respondent.helpers";

test.describe("respondent questionnaire", () => {
  // Whole walks through the questionnaire, with axe-core runs: longer than the default minute.
  test.describe.configure({ timeout: 180_000 });

  test("part 1 (and part 2) in sequential mode from start to thank-you, axe on every page", async ({ page, request }) => {
    await page.goto(`/s/${SEQUENTIAL}?bron=linkedin`);
    await expectAccessible(page);
    await welcome(page);
    await expect(page.getByText(/Stap 1 van/)).toBeVisible();
    await expectAccessible(page);
    await background(page);

    // Sequential: no part choice, straight into part 1.
    await expectPage(page, "Deel 1: leerlingen en studenten");
    await expectAccessible(page);
    await chooseActivity(page, "Stage in het buitenland");

    await expect(page.getByRole("slider")).toHaveCount(8);
    await expect(page.getByRole("slider").first()).toHaveAttribute("aria-valuetext", "Nog niet gekozen");
    await expectAccessible(page);
    await factors(page, 3);

    await expect(page.getByRole("heading", { level: 2 })).toHaveText(/stage in het buitenland/);
    await expectAccessible(page);
    await development(page, 4);

    await expectAccessible(page);
    await top5(page);

    // The chosen activity is not offered again among the "other" activities.
    await expect(page.getByRole("checkbox", { name: "Stage in het buitenland" })).toHaveCount(0);
    await expectAccessible(page);
    await otherActivities(page);

    // Part 2 follows part 1.
    await expectPage(page, "Deel 2: onderwijsprofessionals");
    await chooseActivity(page, "Deelname aan een internationaal congres");
    await development(page, 2, 4);
    await top5(page);
    await otherActivities(page);

    await expectAccessible(page);
    await raffle(page);
    await expectPage(page, "Bedankt voor je deelname!");
    await expectAccessible(page);
    await expect(page.getByRole("button", { name: /ook/ })).toHaveCount(0);

    // The old link of the sequential flow leads to that version of the one survey.
    expect(new URL(page.url()).pathname).toBe(`/s/${CHOICE}`);
    const state = await serverState(request, CHOICE, await credentials(page, CHOICE));
    expect(state.version).toBe(2);
    expect(state.flowMode).toBe("sequential");
    expect(state.isFinished).toBe(true);
    expect(state.values.p1_factors).toEqual({ p1_factor_stage_taal: 6, p1_factor_stage_begeleiding: 6, p1_factor_stage_reflectie: 6 });
    expect(Object.keys(state.values.p1_dev)).toHaveLength(4);
    // The five picks are a set: stored rows come back in no particular order.
    expect([...state.values.p1_top5.p1_top5].sort()).toEqual(state.displayOrder.p1.slice(0, 5).sort());
    expect(state.values.p2_activity).toEqual({ p2_activity: "congres" });
  });

  test("part 2 in choice mode from start to thank-you; the other part is offered", async ({ page, request }) => {
    await page.goto(`/s/${CHOICE}`);
    await welcome(page);
    await background(page);
    await expectPage(page, "Kies een deel");
    await expect(page.getByText(/ongeveer 8 minuten/)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("radio", { name: /Deel 2/ }).check();
    await next(page);

    await expectPage(page, "Deel 2: onderwijsprofessionals");
    await chooseActivity(page, "Lesgeven of meelopen met een collega in het buitenland");
    // Part 2's scale has "niet van toepassing".
    await expect(page.locator("fieldset.sv-scale-row").first().getByRole("radio", { name: "Niet van toepassing" })).toBeVisible();
    await expectAccessible(page);
    await development(page, 3, 4);
    await expectAccessible(page);
    await top5(page);

    // "anders, namelijk" asks for text; "geen" is exclusive.
    await page.getByRole("checkbox", { name: "Anders, namelijk" }).check();
    await page.getByRole("checkbox", { name: "Deelname aan een internationaal congres" }).check();
    await nextButton(page).click();
    await expect(page.getByText("Vul in wat je bedoelt met 'anders'.")).toBeVisible();
    await page.getByLabel("Namelijk:").fill("Erasmus+ job shadowing");
    await expectAccessible(page);
    await page.getByRole("checkbox", { name: "Geen andere activiteiten" }).check();
    await expect(page.getByRole("checkbox", { name: "Anders, namelijk" })).not.toBeChecked();
    await page.getByRole("checkbox", { name: "Geen andere activiteiten" }).uncheck();
    await page.getByRole("checkbox", { name: "Anders, namelijk" }).check();
    await page.getByLabel("Namelijk:").fill("Erasmus+ job shadowing");
    await next(page);

    await raffle(page, "deelnemer@example.org");
    await expectPage(page, "Bedankt voor je deelname!");
    const offer = page.getByRole("button", { name: /ook deel 1/ });
    await expect(offer).toBeVisible();
    const c = await credentials(page, CHOICE);
    const state = await serverState(request, CHOICE, c);
    expect(state.isFinished).toBe(true);
    expect(state.values.p2_other).toEqual({ p2_other: ["anders"], p2_other_text: "Erasmus+ job shadowing" });
    // The raffle e-mail is never part of the answers.
    expect(JSON.stringify(state)).not.toContain("deelnemer@example.org");

    await offer.click();
    await expectPage(page, "Deel 1: leerlingen en studenten");
  });

  test("a reload continues on the same page with the answers; the resume link works elsewhere", async ({ page, browser }) => {
    await toPart(page, 1);
    await chooseActivity(page, "Online internationale samenwerking");
    await factors(page, 2);
    await expect(page.getByRole("heading", { level: 2 })).toHaveText(/online internationale samenwerking/);
    // Picked but not yet saved with "Volgende": kept in the browser across the reload.
    await page.locator("fieldset.sv-scale-row").nth(1).getByRole("radio").nth(1).check();
    await page.waitForTimeout(600);

    await page.reload();
    await expect(page.getByRole("heading", { level: 2 })).toHaveText(/online internationale samenwerking/);
    await expect(page.locator("fieldset.sv-scale-row").nth(1).getByRole("radio").nth(1)).toBeChecked();
    await page.getByRole("button", { name: "Vorige" }).click();
    await expect(page.getByRole("slider").nth(0)).toHaveAttribute("aria-valuetext", /^6/);
    await expect(page.getByRole("slider").nth(1)).toHaveAttribute("aria-valuetext", /^6/);
    await expect(page.getByRole("slider").nth(2)).toHaveAttribute("aria-valuetext", "Nog niet gekozen");

    // Another device: the resume link restores the response and removes the key from the address.
    await page.getByText("Later verder? Bewaar deze link").click();
    const link = await page.getByTestId("resume-link").getAttribute("href");
    expect(link).toMatch(/#hervat=/);
    const other = await browser.newContext();
    const phone = await other.newPage();
    await phone.goto(link!);
    await expect(phone.getByRole("heading", { level: 2 })).toHaveText(/online internationale samenwerking/);
    expect(new URL(phone.url()).hash).toBe("");
    await other.close();
  });

  test("back navigation keeps saved and unsaved answers", async ({ page }) => {
    await page.goto(`/s/${CHOICE}`);
    await welcome(page);
    await background(page);
    await page.getByRole("button", { name: "Vorige" }).click();
    await expectPage(page, "Over jou en je werk");
    await expect(page.getByRole("radio", { name: "Docent", exact: true })).toBeChecked();
    await expect(page.getByRole("radio", { name: "Utrecht" })).toBeChecked();
    await next(page);
    await page.getByRole("radio", { name: /Deel 1/ }).check();
    await next(page);
    await chooseActivity(page, "Stage in het buitenland");
    // Keyboard: Space on an empty slider picks the middle; "Wis" empties it again.
    const slider = page.getByRole("slider").first();
    await slider.focus();
    await page.keyboard.press("Space");
    await expect(slider).toHaveAttribute("aria-valuetext", "5");
    await page.getByRole("button", { name: /^Wis antwoord bij: Beheersing/ }).click();
    await expect(slider).toHaveAttribute("aria-valuetext", "Nog niet gekozen");
    await factors(page, 0);
    await development(page, 1);
    // Unsaved picks on the top 5 survive a step back and forth.
    await page.getByRole("checkbox").nth(0).check();
    await page.getByRole("checkbox").nth(1).check();
    await page.getByRole("button", { name: "Vorige" }).click();
    await expect(page.locator("fieldset.sv-scale-row").first().getByRole("radio").nth(3)).toBeChecked();
    await nextPastOpenRows(page);
    await expect(page.getByText("2 van 5 gekozen")).toBeVisible();
    await expect(page.getByRole("checkbox").nth(1)).toBeChecked();
  });

  test("bad input is refused: top 5 needs exactly five; a slider at 11 gets 422 and changes nothing", async ({ page, request }) => {
    await toPart(page, 1);
    await chooseActivity(page, "Stage in het buitenland");

    const c = await credentials(page, CHOICE);
    const before = await serverState(request, CHOICE, c);
    expect(before.currentPage).toBe("p1_factors");
    const res = await request.put(`/api/s/${CHOICE}/responses/${c.responseId}`, {
      data: { secret: c.secret, seq: before.seq + 1, page: "p1_factors", durationMs: 1000, values: { p1_factor_stage_taal: 11 } },
    });
    expect(res.status()).toBe(422);
    expect((await res.json()).fields.p1_factor_stage_taal).toMatch(/0 tot en met 10/);
    const after = await serverState(request, CHOICE, c);
    expect(after).toEqual(before);

    // A save the server refuses (here: tampered on the way) shows its message at the field.
    await page.route(`**/api/s/${CHOICE}/responses/*`, async (route) => {
      const body = route.request().postDataJSON();
      if (route.request().method() !== "PUT" || body.page !== "p1_factors") return route.continue();
      await route.continue({ postData: JSON.stringify({ ...body, values: { ...body.values, p1_factor_stage_taal: 11 } }) });
    });
    await page.getByRole("slider").first().focus();
    await page.keyboard.press("ArrowRight");
    await nextButton(page).click();
    await expect(page.locator("#p1_factor_stage_taal-error")).toHaveText("Kies een waarde van 0 tot en met 10.");
    await expect(page.getByRole("slider").first()).toHaveAttribute("aria-describedby", /p1_factor_stage_taal-error/);
    await expect(page.locator("form")).toHaveAttribute("data-page", "p1_factors");
    await page.unrouteAll();

    await factors(page, 0);
    await development(page, 0);
    const boxes = page.getByRole("checkbox");
    for (let i = 0; i < 3; i++) await boxes.nth(i).check();
    await expect(page.getByText("3 van 5 gekozen")).toBeVisible();
    await nextButton(page).click();
    await expect(page.getByRole("alert").filter({ hasText: "Kies precies 5." }).first()).toBeVisible();
    await expect(h1(page)).toHaveText("Deel 1: leerlingen en studenten");
    await expect(page.getByRole("heading", { level: 2 })).toHaveCount(0);
    await boxes.nth(3).check();
    await boxes.nth(4).check();
    await expect(boxes.nth(5)).toBeDisabled();
    expect((await serverState(request, CHOICE, c)).currentPage).toBe("p1_top5");
    await next(page);
    await expect(page.getByRole("checkbox", { name: "Geen andere activiteiten" })).toBeVisible();
  });

  test("a failed save keeps the answers, says so, retries with the same number and is stored once", async ({ page, request }) => {
    await page.goto(`/s/${CHOICE}`);
    await welcome(page);
    const bodies: { seq: number; page: string }[] = [];
    let isFirst = true;
    await page.route(`**/api/s/${CHOICE}/responses/*`, async (route) => {
      if (route.request().method() !== "PUT") return route.continue();
      bodies.push(route.request().postDataJSON());
      if (isFirst) {
        isFirst = false;
        // The server stores it, but the answer never reaches the browser.
        await route.fetch();
        return route.abort("connectionreset");
      }
      return route.continue();
    });
    await page.getByRole("radio", { name: "Docent", exact: true }).check();
    await page.getByRole("radio", { name: "Utrecht" }).check();
    await page.getByRole("radio", { name: /Middelbaar beroepsonderwijs/ }).check();
    await nextButton(page).click();
    await expect(page.getByText("Opslaan mislukt, we proberen het opnieuw…")).toBeVisible();
    await expect(page.getByRole("radio", { name: "Utrecht" })).toBeChecked();
    await expectPage(page, "Kies een deel");
    expect(bodies).toHaveLength(2);
    expect(bodies[1].seq).toBe(bodies[0].seq);
    const c = await credentials(page, CHOICE);
    const state = await serverState(request, CHOICE, c);
    expect(state.seq).toBe(bodies[0].seq);
    expect(state.currentPage).toBe("choice");
    expect(state.values.bg).toEqual({ bg_function: "docent", bg_province: "utrecht", bg_sector: "mbo" });
  });
});
