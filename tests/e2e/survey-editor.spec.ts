import { randomUUID } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { credentials, expectAccessible, expectPage, next, nextPastOpenRows, serverState } from "./respondent.helpers";
import { parseCsv } from "../support/csv";

/**
 * A researcher builds a survey from blank in the editor, through the UI only: every element type,
 * settings changed at their fields, a condition, piping, a randomised option order, reordering by
 * keyboard and by dragging, errors shown at the field, autosave (a reload keeps everything), a
 * colleague's newer save never overwritten, the live preview at phone width; then publishes and a
 * respondent on a phone fills it in.
 */
const SHOTS = process.env.EDITOR_SHOTS ?? "tests/e2e/.output";
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const TYPES = [
  "Tekstblok", "Toestemming", "Eén antwoord", "Meerdere antwoorden", "Kies er N", "Rangorde", "Schuifbalk",
  "Schuifbalken (stellingen)", "Matrix (schaal per rij)", "Open vraag", "Getal", "E-mailadres (apart bewaard)",
];

const settings = (page: Page) => page.getByRole("region", { name: "Instellingen" });
const outline = (page: Page) => page.getByRole("navigation", { name: "Opbouw van de vragenlijst" });

async function saved(page: Page) {
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
}

async function addElement(page: Page, pageNo: number, type: string) {
  await page.getByTestId(`outline-page-${pageNo - 1}`).click();
  await settings(page).getByLabel("Element toevoegen").selectOption({ label: type });
  await settings(page).getByRole("button", { name: "Toevoegen", exact: true }).click();
}

async function openElement(page: Page, id: string) {
  await page.getByTestId(`outline-element-${id}`).click();
  await expect(settings(page).getByRole("heading", { level: 3 })).toContainText(id);
}

const field = (scope: Locator, label: string) => scope.getByLabel(label, { exact: true });

test("build a survey from blank in the editor, preview it, publish and answer it on a phone", async ({ page, browser, researcher }) => {
  test.setTimeout(240_000);
  const tag = randomUUID().slice(0, 6);
  const slug = `editor-${tag}`;
  await page.setViewportSize({ width: 1440, height: 1000 });
  await signIn(page, researcher);
  await page.goto("/admin");
  const form = page.getByTestId("new-survey");
  await form.getByLabel("Titel").fill(`Editor ${tag}`);
  await form.getByRole("radio", { name: "Leeg" }).check();
  await form.getByRole("button", { name: "Vragenlijst maken" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/s/${slug}/editor$`));
  await expect(page.getByTestId("save-state")).toContainText("revisie 1");

  // Every element type, from the menu on a page.
  for (const type of TYPES) await addElement(page, 1, type);
  await expect(outline(page).locator('[data-testid^="outline-element-"]')).toHaveCount(TYPES.length);
  await saved(page);
  await expect(page.getByTestId("issue-count")).toContainText("Geen fouten");

  // The single-choice question becomes "rol" with two named options.
  await openElement(page, "vraag_2");
  const s = settings(page);
  await field(s, "ID (variabelenaam)").fill("rol");
  await field(s, "Tekst").first().fill("Wat is je rol?");
  const options = s.getByRole("group", { name: /Antwoordopties/ });
  const first = options.getByRole("listitem").nth(0);
  await field(first, "Code (in exports)").fill("docent");
  await field(first, "Tekst").fill("Docent");
  const second = options.getByRole("listitem").nth(1);
  await field(second, "Code (in exports)").fill("coordinator");
  await field(second, "Tekst").fill("Coördinator");

  // An error shows at its field with the server's message, and in the outline.
  await field(s, "Tekst").first().fill("");
  await expect(s.locator('[data-path="pages.0.elements.2.text"]').getByText("Vul een tekst in.")).toBeVisible();
  await expect(page.getByTestId("outline-element-rol").getByLabel("1 fout")).toBeVisible();
  await expect(field(s, "Tekst").first()).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("issue-count")).toContainText("1 punt op te lossen");
  await field(s, "Tekst").first().fill("Wat is je rol?");
  await expect(page.getByTestId("issue-count")).toContainText("Geen fouten");

  // A second page, shown only to teachers, with a piped question and a randomised order.
  await outline(page).getByRole("button", { name: "Pagina toevoegen" }).click();
  await expect(s.getByRole("heading", { name: "Pagina 2" })).toBeVisible();
  await field(s, "Titel (optioneel)").fill("Voor docenten");
  await s.getByLabel("Tonen als: soort voorwaarde").selectOption({ label: "Als het antwoord op een vraag … is" });
  await s.getByLabel("Tonen als: vraag").selectOption("rol");
  await s.getByLabel("Tonen als: antwoord").selectOption("docent");

  // The multiple-choice question moves to page 2: down with the keyboard, then by dragging.
  await page.getByTestId("outline-element-vraag_3").focus();
  await page.keyboard.press("Alt+ArrowDown");
  await expect(page.getByRole("status").filter({ hasText: "verplaatst" }).or(page.getByText(/Element verplaatst naar pagina 1, plaats 5/))).toBeAttached();
  await page.getByTestId("outline-element-vraag_3").dragTo(page.getByTestId("outline-page-1"));
  await expect(outline(page).locator("ol ol").nth(1).locator('[data-testid^="outline-element-"]')).toHaveCount(1);
  await openElement(page, "vraag_3");
  await field(s, "Tekst").first().fill("Wat deed je als ");
  await s.getByLabel("Antwoord invoegen in tekst").selectOption("rol");
  await expect(field(s, "Tekst").first()).toHaveValue("Wat deed je als {{rol}}");
  await s.getByLabel("Willekeurige volgorde (volgordegroep) (optioneel)").selectOption({ label: "Nieuwe volgordegroep (willekeurig per deelnemer)" });
  await expect(s.getByLabel("Willekeurige volgorde (volgordegroep) (optioneel)")).toHaveValue("volgorde");
  await saved(page);
  await expect(page.getByTestId("issue-count")).toContainText("Geen fouten");

  // The preview shows the page being edited, as a respondent sees it, updated as you type.
  const preview = page.frameLocator('iframe[title^="Voorbeeld op een telefoon"]');
  await expect(preview.getByText("Wat deed je als")).toBeVisible({ timeout: 15_000 });
  await field(s, "Tekst").first().fill("Wat deed je als {{rol}} in het buitenland?");
  await expect(preview.getByText("in het buitenland?")).toBeVisible({ timeout: 15_000 });
  await saved(page);
  await page.getByRole("group", { name: "Breedte van het voorbeeld" }).getByRole("button", { name: "Computer" }).click();
  const wide = page.frameLocator('iframe[title^="Voorbeeld op een computer"]');
  await expect(wide.getByText("in het buitenland?")).toBeVisible({ timeout: 15_000 });
  await page.screenshot({ path: `${SHOTS}/editor-1440-computer.png`, fullPage: false });
  await page.getByRole("group", { name: "Breedte van het voorbeeld" }).getByRole("button", { name: "Telefoon" }).click();
  await expect(preview.getByText("in het buitenland?")).toBeVisible({ timeout: 15_000 });
  await page.screenshot({ path: `${SHOTS}/editor-1440.png`, fullPage: false });
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.screenshot({ path: `${SHOTS}/editor-1024.png`, fullPage: false });
  await page.setViewportSize({ width: 1440, height: 1000 });
  await expectAccessible(page);

  // Autosaved: a reload has every change.
  await page.reload();
  await openElement(page, "vraag_3");
  await expect(field(settings(page), "Tekst").first()).toHaveValue("Wat deed je als {{rol}} in het buitenland?");

  // A colleague saves a newer draft: nothing is overwritten; reloading keeps the field typed here.
  const colleague = await browser.newPage({ storageState: await page.context().storageState() });
  await colleague.setViewportSize({ width: 1440, height: 1000 });
  await colleague.goto(`/admin/s/${slug}/editor`);
  await colleague.getByRole("button", { name: "Algemeen" }).click();
  await colleague.getByRole("region", { name: "Instellingen" }).getByLabel("Titel", { exact: true }).fill(`Editor ${tag} (samen)`);
  await expect(colleague.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
  await field(settings(page), "Korte naam in exports (optioneel)").fill("Activiteit");
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "conflict", { timeout: 15_000 });
  await expect(page.getByTestId("save-state")).toContainText("Er is niets overschreven");
  await page.getByRole("button", { name: "Nieuwe stand laden, mijn velden behouden" }).click();
  await saved(page);
  await page.reload();
  await page.getByRole("button", { name: "Algemeen" }).click();
  await expect(field(settings(page), "Titel")).toHaveValue(`Editor ${tag} (samen)`);
  await openElement(page, "vraag_3");
  await expect(field(settings(page), "Korte naam in exports (optioneel)")).toHaveValue("Activiteit");
  await colleague.close();

  // Publish on the Versions tab; a teacher on a phone gets page 2 with the piped answer.
  await page.getByRole("link", { name: "Controleren en publiceren" }).click();
  await page.getByRole("button", { name: "Publiceren als versie 1" }).click();
  await expect(page.getByTestId("publish").getByRole("status")).toContainText("Versie 1 is gepubliceerd");
  const phone = await browser.newContext(PHONE);
  const r = await phone.newPage();
  await r.goto(`/s/${slug}`);
  await r.getByRole("checkbox", { name: "Ik doe vrijwillig mee." }).check();
  await r.getByRole("radio", { name: "Docent" }).check();
  await expect(r.getByText("Wat is je rol?")).toBeVisible();
  await r.screenshot({ path: `${SHOTS}/editor-respondent-390.png`, fullPage: true });
  await phone.close();
});

/** Names the element just added (the editor selects it). */
async function nameNew(page: Page, newId: string, text?: string) {
  const s = settings(page);
  await expect(field(s, "ID (variabelenaam)")).toBeVisible();
  await field(s, "ID (variabelenaam)").fill(newId);
  if (text !== undefined) await field(s, "Tekst").first().fill(text);
  await expect(page.getByTestId(`outline-element-${newId}`)).toBeVisible();
}

async function newPage(page: Page, title: string) {
  await outline(page).getByRole("button", { name: "Pagina toevoegen" }).click();
  await field(settings(page), "Titel (optioneel)").fill(title);
}

/** The texts of a respondent's language: Dutch as written, English as translated in the editor. */
const WORDS = {
  nl: {
    welcome: "Welkom", consent: "Ik doe vrijwillig mee.", about: "Over jou", teacher: "Docent", years: /Hoeveel jaar/, school: "Op welke school werk je?",
    activities: "Activiteiten", did: "Wat deed je als docent?", exchange: "Uitwisseling", most: /Wat was het belangrijkst/, higher: "Optie 2 hoger",
    statements: "Stellingen", thanks: "Bedankt!",
  },
  en: {
    welcome: "Welcome", consent: "I take part voluntarily.", about: "About you", teacher: "Teacher", years: /How many years/, school: "Which school do you work at?",
    activities: "Activities", did: "What did you do as a teacher?", exchange: "Exchange", most: /What mattered most/, higher: "Optie 2 higher",
    statements: "Statements", thanks: "Thank you!",
  },
};

/** A respondent on a phone: welcome page, then (unless stopped) every page to the end. */
async function answer(page: Page, slug: string, lang: "nl" | "en", stopAfter?: "welkom") {
  const w = WORDS[lang];
  await page.goto(`/s/${slug}`);
  await expectPage(page, w.welcome);
  await page.getByRole("checkbox", { name: w.consent }).check();
  await next(page);
  await expectPage(page, w.about);
  if (stopAfter) return;
  await page.getByRole("radio", { name: w.teacher }).check();
  await page.getByLabel(w.years).fill("12");
  await page.getByLabel(w.school).fill("De Brug");
  await next(page);
  await expectPage(page, w.activities);
  await expect(page.getByText(w.did)).toBeVisible();
  await page.getByRole("group", { name: w.did }).getByRole("checkbox", { name: w.exchange }).check();
  await page.getByRole("group", { name: w.most }).getByRole("checkbox", { name: "Optie 1" }).check();
  await page.getByRole("button", { name: w.higher }).click();
  await next(page);
  await expectPage(page, w.statements);
  await page.getByRole("slider").first().focus();
  await page.keyboard.press("ArrowRight");
  for (const row of await page.locator("fieldset.sv-scale-row").all()) await row.getByRole("radio").nth(3).check();
  await next(page);
  await expectPage(page, w.thanks);
}

/** The English translations typed in the editor, by text key. */
const ENGLISH: Record<string, string> = {
  "page.p1.title": "Welcome", "el.toestemming.text": "I take part voluntarily.", "page.pagina_2.title": "About you",
  "el.rol.text": "What is your role?", "el.rol.options.docent.label": "Teacher", "el.rol.options.coordinator.label": "Coordinator",
  "el.jaren.text": "How many years have you worked in education?", "el.school.text": "Which school do you work at?",
  "page.pagina_3.title": "Activities", "el.activiteit.text": "What did you do as a {{rol}}?", "el.activiteit.options.optie_1.label": "Exchange",
  "el.activiteit.options.optie_2.label": "Work placement", "el.top.text": "What mattered most?", "page.pagina_4.title": "Statements",
  "end.title": "Thank you!",
};

test("a researcher builds a survey from blank, publishes, and publishes version 2 while a respondent is mid-way", async ({ page, browser, researcher, request, adminApi }) => {
  test.setTimeout(300_000);
  const tag = randomUUID().slice(0, 6);
  const slug = `uitwisseling-${tag}`;
  await page.setViewportSize({ width: 1440, height: 1000 });
  await signIn(page, researcher);
  await page.goto("/admin");
  const form = page.getByTestId("new-survey");
  await form.getByLabel("Titel").fill(`Uitwisseling ${tag}`);
  await form.getByRole("radio", { name: "Leeg" }).check();
  await form.getByRole("button", { name: "Vragenlijst maken" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/s/${slug}/editor$`));

  await page.getByTestId("outline-page-0").click();
  await field(settings(page), "Titel (optioneel)").fill("Welkom");
  await addElement(page, 1, "Tekstblok");
  await addElement(page, 1, "Toestemming");
  await nameNew(page, "toestemming");

  await newPage(page, "Over jou");
  await addElement(page, 2, "Eén antwoord");
  await nameNew(page, "rol", "Wat is je rol?");
  const options = settings(page).getByRole("group", { name: /Antwoordopties/ });
  await field(options.getByRole("listitem").nth(0), "Code (in exports)").fill("docent");
  await field(options.getByRole("listitem").nth(0), "Tekst").fill("Docent");
  await field(options.getByRole("listitem").nth(1), "Code (in exports)").fill("coordinator");
  await field(options.getByRole("listitem").nth(1), "Tekst").fill("Coördinator");
  await addElement(page, 2, "Getal");
  await nameNew(page, "jaren", "Hoeveel jaar werk je in het onderwijs?");
  await addElement(page, 2, "Open vraag");
  await nameNew(page, "school", "Op welke school werk je?");
  await addElement(page, 2, "E-mailadres (apart bewaard)");

  await newPage(page, "Activiteiten");
  await settings(page).getByLabel("Tonen als: soort voorwaarde").selectOption({ label: "Als het antwoord op een vraag … is" });
  await settings(page).getByLabel("Tonen als: vraag").selectOption("rol");
  await settings(page).getByLabel("Tonen als: antwoord").selectOption("docent");
  await addElement(page, 3, "Meerdere antwoorden");
  await nameNew(page, "activiteit", "Wat deed je als ");
  await settings(page).getByLabel("Antwoord invoegen in tekst").selectOption("rol");
  await field(settings(page), "Tekst").first().fill("Wat deed je als {{rol}}?");
  const acts = settings(page).getByRole("group", { name: /Antwoordopties/ });
  await field(acts.getByRole("listitem").nth(0), "Tekst").fill("Uitwisseling");
  await field(acts.getByRole("listitem").nth(1), "Tekst").fill("Stage");
  await settings(page).getByLabel("Willekeurige volgorde (volgordegroep) (optioneel)").selectOption({ label: "Nieuwe volgordegroep (willekeurig per deelnemer)" });
  await addElement(page, 3, "Kies er N");
  await nameNew(page, "top", "Wat was het belangrijkst?");
  await addElement(page, 3, "Rangorde");
  await nameNew(page, "volgorde", "Zet in volgorde van belang");

  await newPage(page, "Stellingen");
  await addElement(page, 4, "Schuifbalk");
  await nameNew(page, "cijfer", "Hoe tevreden ben je?");
  await addElement(page, 4, "Schuifbalken (stellingen)");
  await addElement(page, 4, "Matrix (schaal per rij)");
  await nameNew(page, "nut", "Hoe nuttig was het?");
  await saved(page);
  await expect(page.getByTestId("issue-count")).toContainText("Geen fouten");

  // English beside the Dutch texts; a translation must keep its text's pipe.
  await outline(page).getByRole("button", { name: "Talen en vertalingen" }).click();
  await settings(page).getByLabel("Taal toevoegen (ISO 639-1)").fill("en");
  await settings(page).getByRole("button", { name: "Toevoegen", exact: true }).click();
  for (const [key, text] of Object.entries(ENGLISH)) {
    await settings(page).locator(`tr[data-key="${key}"]`).locator("input, textarea").fill(key === "el.activiteit.text" ? "What did you do?" : text);
  }
  await expect(page.getByTestId("issue-count")).toContainText("1 punt op te lossen");
  await settings(page).locator('tr[data-key="el.activiteit.text"]').locator("input, textarea").fill(ENGLISH["el.activiteit.text"]);
  await expect(page.getByTestId("issue-count")).toContainText("Geen fouten");
  await saved(page);
  // The preview in English, on the page being edited.
  await page.getByTestId("outline-page-1").click();
  await page.getByLabel("Taal van het voorbeeld").selectOption("en");
  await expect(page.frameLocator('iframe[title^="Voorbeeld op een telefoon"]').getByText("What is your role?")).toBeVisible({ timeout: 15_000 });
  await page.screenshot({ path: `${SHOTS}/editor-preview-english-1440.png` });

  await page.getByRole("link", { name: "Controleren en publiceren" }).click();
  await page.getByRole("button", { name: "Publiceren als versie 1" }).click();
  await expect(page.getByTestId("publish").getByRole("status")).toContainText("Versie 1 is gepubliceerd");

  // One respondent finishes on a phone in English; another stops after the first page.
  const phone = await browser.newContext({ ...PHONE, locale: "en-GB" });
  const a = await phone.newPage();
  await answer(a, slug, "en");
  const aState = await serverState(request, slug, await credentials(a, slug));
  expect(aState.version).toBe(1);
  expect(aState.isFinished).toBe(true);
  expect(aState.answers).toMatchObject({ toestemming: 1, rol: "docent", jaren: 12, school: "De Brug", activiteit_optie_1: 1, top_optie_1: 1, volgorde_optie_2: 1 });
  const midway = await browser.newContext({ ...PHONE, locale: "nl-NL" });
  const b = await midway.newPage();
  await answer(b, slug, "nl", "welkom");
  await expect(b.getByText("Hoeveel jaar werk je in het onderwijs?")).toBeVisible();

  // Version 2: one question reworded in the editor, published while the second respondent is mid-way.
  await page.goto(`/admin/s/${slug}/editor`);
  await openElement(page, "jaren");
  await field(settings(page), "Tekst").first().fill("Hoeveel jaar geef je les?");
  await saved(page);
  await page.getByRole("link", { name: "Controleren en publiceren" }).click();
  await expect(page.getByTestId("diff-info")).toContainText("Hoeveel jaar geef je les?");
  await page.getByRole("button", { name: "Publiceren als versie 2" }).click();
  await expect(page.getByTestId("publish").getByRole("status")).toContainText("Versie 2 is gepubliceerd");

  // The respondent mid-way finishes on version 1; a new one gets version 2.
  await b.getByRole("radio", { name: "Coördinator" }).check();
  await b.getByLabel(/Hoeveel jaar/).fill("3");
  await next(b);
  await expectPage(b, "Stellingen");
  await nextPastOpenRows(b);
  await expectPage(b, "Bedankt!");
  const bState = await serverState(request, slug, await credentials(b, slug));
  expect([bState.version, bState.isFinished, bState.answers.jaren]).toEqual([1, true, 3]);
  const c = await (await browser.newContext({ ...PHONE, locale: "nl-NL" })).newPage();
  await c.goto(`/s/${slug}`);
  await c.getByRole("checkbox", { name: "Ik doe vrijwillig mee." }).check();
  await next(c);
  await expect(c.getByText("Hoeveel jaar geef je les?")).toBeVisible();
  expect((await serverState(request, slug, await credentials(c, slug))).version).toBe(2);

  // Monitoring, results and every export have them.
  const stats = await adminApi.get(`/api/admin/s/${slug}/stats?includePartial=true`);
  expect(stats.status()).toBe(200);
  const body = await stats.json();
  expect(body.monitoring.totals.overall.finished).toBe(2);
  expect(JSON.stringify(body.results)).toContain("Hoe nuttig was het?");
  const csv = await adminApi.get(`/api/admin/s/${slug}/export?format=csv-wide&includePartial=true`);
  const [header, ...lines] = parseCsv(await csv.text());
  expect(header).toEqual(expect.arrayContaining(["rol", "jaren", "school", "activiteit_optie_1", "volgorde_order", "top_optie_1", "volgorde_optie_2", "cijfer", "nut_optie_1"]));
  const rowOf = (id: string) => lines.find((l) => l[header.indexOf("response_id")] === id)!;
  expect(rowOf(aState.responseId)[header.indexOf("jaren")]).toBe("12");
  expect(rowOf(aState.responseId)[header.indexOf("language")]).toBe("en");
  expect(rowOf(bState.responseId)[header.indexOf("language")]).toBe("nl");
  // The codebook in English.
  const codebook = await adminApi.get(`/api/admin/s/${slug}/export?format=codebook-json&includePartial=true&labels=en`);
  expect(JSON.stringify(await codebook.json())).toContain("What is your role?");
  expect(rowOf(bState.responseId)[header.indexOf("jaren")]).toBe("3");
  for (const format of ["csv-long", "xlsx", "spss", "r", "codebook-json", "codebook-html"]) {
    const res = await adminApi.get(`/api/admin/s/${slug}/export?format=${format}&includePartial=true`);
    expect(res.status(), format).toBe(200);
    expect((await res.body()).length, format).toBeGreaterThan(200);
  }
  await phone.close();
  await midway.close();
});
