import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseCsv } from "../support/csv";
import { e2eDatabase } from "./db";
import { expect, signIn, test } from "./fixtures";

/**
 * The raffle as a researcher draws it: the number of entries (no addresses), a refused draw
 * without confirmation, the draw with a seed chosen in advance, the winners as CSV (the documented
 * rule recomputed here), the entries gone, and the winners' addresses deleted afterwards.
 */
const SLUG = "voorbeeld-alle-elementen";
const SHOTS = process.env.RAFFLE_SHOTS ?? "tests/e2e/.output";

test("draw the raffle with a seed, download the winners, delete their addresses", async ({ page, researcher }) => {
  test.setTimeout(90_000);
  const tag = randomUUID().slice(0, 6);
  const emails = Array.from({ length: 5 }, (_, i) => `lot${i}-${tag}@example.org`);
  const db = await e2eDatabase();
  try {
    await db.query(`DELETE FROM raffle_entry WHERE survey_id = (SELECT id FROM survey WHERE slug = $1)`, [SLUG]);
    await db.query(`INSERT INTO raffle_entry (id, survey_id, email) SELECT gen_random_uuid(), s.id, unnest($2::text[]) FROM survey s WHERE s.slug = $1`, [SLUG, emails]);
  } finally {
    await db.end();
  }
  await signIn(page, researcher);
  await page.goto(`/admin/s/${SLUG}`);
  await page.getByRole("link", { name: "Verloting" }).click();
  await expect(page.getByTestId("raffle-entries")).toHaveText("5 inzendingen sinds de laatste trekking.");
  await expect(page.getByText(emails[0])).toHaveCount(0);

  await page.getByLabel("Aantal winnaars").fill("2");
  await page.getByLabel("Seed (optioneel, bijv. vooraf bekendgemaakt)").fill(`seed-${tag}`);
  await page.getByRole("button", { name: "Winnaars trekken" }).click();
  await expect(page.getByText("Bevestig dat alle inzendingen na de trekking worden verwijderd.")).toBeVisible();
  await expect(page.getByTestId("raffle-entries")).toContainText("5 inzendingen");

  await page.getByLabel(/Na de trekking worden alle 5 inzendingen verwijderd/).check();
  await page.getByRole("button", { name: "Winnaars trekken" }).click();
  await expect(page.getByRole("status")).toHaveText(`Getrokken: 2 winnaar(s) met seed seed-${tag}.`);
  await expect(page.getByTestId("raffle-entries")).toHaveText("0 inzendingen sinds de laatste trekking.");
  const row = page.getByTestId("raffle-draws").locator("tbody tr").first();
  await expect(row).toContainText(`seed-${tag}`);
  await page.screenshot({ path: `${SHOTS}/raffle-1440.png`, fullPage: true });

  const download = page.waitForEvent("download");
  await row.getByRole("link", { name: "Winnaars (CSV)" }).click();
  const [header, ...rows] = parseCsv(readFileSync((await (await download).path())!, "utf8").replace(/^\uFEFF/, ""));
  expect(header).toEqual(["email"]);
  const score = (e: string) => createHash("sha256").update(`seed-${tag}\n${e}`).digest("hex");
  expect(rows.map((r) => r[0])).toEqual([...emails].sort((a, b) => (score(a) < score(b) ? -1 : 1)).slice(0, 2));

  await row.getByRole("button", { name: "Adressen verwijderen" }).click();
  await expect(row).toContainText("verwijderd op");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/raffle-390.png`, fullPage: true });
});
