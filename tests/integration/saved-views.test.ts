import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { canonicalQuery, deleteView, listSavedViews, saveView, ZSaveView } from "@/lib/analysis/saved-views";
import { surveyConfig } from "@/lib/survey/config";
import { query, resetDb } from "./db";

/** Saved filter views: stored per survey through Prisma on the migrated database, filters parsed before saving. */
const SLUG = "internationale-competenties";
const dimensions = surveyConfig(SLUG).dimensions;
let surveyId: string;
let ria: string;
let piet: string;

async function account(email: string, role = "researcher"): Promise<string> {
  const [row] = await query<{ id: string }>(
    `INSERT INTO app_user (id, email, name, password_hash, role) VALUES (gen_random_uuid(), $1, $1, 'x', $2::"Role") RETURNING id`, [email, role]);
  return row.id;
}

describe("saved filter views", () => {
  beforeAll(async () => {
    await resetDb();
    [{ id: surveyId }] = await query<{ id: string }>(`SELECT id FROM survey WHERE slug = $1`, [SLUG]);
    ria = await account("ria@example.org");
    piet = await account("piet@example.org");
  });

  it("keep only filters the page understands, written as the page writes them", () => {
    expect(canonicalQuery("?sector_group=mbo&wave=2023&includePartial=1", dimensions)).toBe("wave=2023&sectorGroup=mbo&includePartial=true");
    expect(canonicalQuery("wave=2023&groupBy=wave", dimensions, ["wave"])).toBe("wave=2023&groupBy=wave");
    expect(canonicalQuery("groupBy=wave", dimensions)).toBe("");
    expect(() => canonicalQuery("sectorGroup=nergens", dimensions)).toThrow(ZodError);
    expect(ZSaveView.safeParse({ slug: SLUG, name: "  ", query: "" }).success).toBe(false);
  });

  it("are saved per survey under a name, listed by name; the same name replaces the filters", async () => {
    await saveView(surveyId, "Mbo 2023", "wave=2023&sectorGroup=mbo", ria);
    await saveView(surveyId, "Alle waves incl. gedeeltelijk", "includePartial=true", piet);
    await saveView(surveyId, "Mbo 2023", "wave=2023&sectorGroup=mbo&includePartial=true", ria);
    const views = await listSavedViews(surveyId);
    expect(views.map((v) => [v.name, v.query, v.createdBy])).toEqual([
      ["Alle waves incl. gedeeltelijk", "includePartial=true", "piet@example.org"],
      ["Mbo 2023", "wave=2023&sectorGroup=mbo&includePartial=true", "ria@example.org"],
    ]);
    const [other] = await query<{ id: string }>(`SELECT id FROM survey WHERE slug <> $1 LIMIT 1`, [SLUG]);
    expect(await listSavedViews(other.id)).toEqual([]);
  });

  it("are removed by their author or an admin, not by another researcher", async () => {
    const [mbo] = (await listSavedViews(surveyId)).filter((v) => v.name === "Mbo 2023");
    expect(await deleteView(surveyId, mbo.id, { id: piet, role: "researcher" })).toBe(false);
    expect(await deleteView(surveyId, mbo.id, { id: ria, role: "researcher" })).toBe(true);
    const [rest] = await listSavedViews(surveyId);
    const admin = await account("beheer@example.org", "admin");
    expect(await deleteView(surveyId, rest.id, { id: admin, role: "admin" })).toBe(true);
    expect(await listSavedViews(surveyId)).toEqual([]);
  });

  it("outlive their author's account and go with their survey", async () => {
    await saveView(surveyId, "Van Ria", "", ria);
    await query(`DELETE FROM app_user WHERE id = $1`, [ria]);
    expect((await listSavedViews(surveyId)).map((v) => [v.name, v.createdById])).toEqual([["Van Ria", null]]);
  });
});
