import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pool } from "@/lib/db/client";
import { addElement, setAt, type TDraftDef } from "@/lib/survey/editor/tree";
import { createSurvey, getDraft, publishDraft, reviewDraft, saveEditedDraft } from "@/lib/survey/publish/service";
import { query, resetDb } from "./db";

/** The editor's autosave: drafts stored as typed (valid or not), never over a newer revision, published when valid. */
const actor = { id: "00000000-0000-4000-8000-000000000011", email: "redacteur@example.org" };
const other = { id: "00000000-0000-4000-8000-000000000012", email: "collega@example.org" };
const slug = "editor-autosave";
let surveyId: string;

beforeAll(async () => {
  await resetDb();
  for (const a of [actor, other]) {
    await query(`INSERT INTO app_user (id, email, password_hash, role) VALUES ($1, $2, 'x', 'researcher') ON CONFLICT (id) DO NOTHING`, [a.id, a.email]);
  }
  expect(await createSurvey({ title: "Autosave", slug, wave: "2026", start: "blank" }, undefined, actor)).toEqual({ ok: true, slug });
  surveyId = (await query<{ id: string }>(`SELECT id FROM survey WHERE slug = $1`, [slug]))[0].id;
});
afterAll(async () => {
  await resetDb();
  await pool().end();
});

describe("autosave of the editor", () => {
  it("stores a draft that is not yet valid, with what keeps it from publishing, and the server's slug and version", async () => {
    const draft = (await getDraft(surveyId))!;
    let def = addElement(draft.definition as TDraftDef, "single", 0).def;
    def = setAt(def, ["pages", 0, "elements", 0, "text"], "");
    const saved = await saveEditedDraft(surveyId, { ...def, slug: "iets-anders", version: 9 }, draft.revision, actor);
    expect(saved).toEqual({ ok: true, revision: draft.revision + 1, issues: [{ path: "pages.0.elements.0.text", message: "Vul een tekst in." }] });
    const stored = (await getDraft(surveyId))!;
    expect(stored.definition).toMatchObject({ slug, version: 1, pages: [{ elements: [{ type: "single", text: "" }] }] });
    expect(stored.updatedBy).toBe(actor.email);
    expect((await reviewDraft(surveyId)).state).toBe("invalid");
    expect(await publishDraft(surveyId, stored.revision, actor)).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("refuses a save based on an older revision and names who saved; nothing is overwritten", async () => {
    const base = (await getDraft(surveyId))!;
    const mine = setAt(base.definition as TDraftDef, ["title"], "Mijn titel");
    const theirs = setAt(base.definition as TDraftDef, ["title"], "Hun titel");
    expect(await saveEditedDraft(surveyId, theirs, base.revision, other)).toMatchObject({ ok: true, revision: base.revision + 1 });
    const refused = await saveEditedDraft(surveyId, mine, base.revision, actor);
    expect(refused).toMatchObject({ ok: false, conflict: { revision: base.revision + 1, updatedBy: other.email } });
    expect(((await getDraft(surveyId))!.definition as TDraftDef).title).toBe("Hun titel");
  });

  it("refuses a draft over 2 MB and changes nothing", async () => {
    const base = (await getDraft(surveyId))!;
    const huge = setAt(base.definition as TDraftDef, ["title"], "x".repeat(2 * 1024 * 1024 + 10));
    expect(await saveEditedDraft(surveyId, huge, base.revision, actor)).toEqual({ ok: false, tooLarge: true });
    expect((await getDraft(surveyId))!.revision).toBe(base.revision);
  });

  it("publishes the draft once it is valid", async () => {
    const base = (await getDraft(surveyId))!;
    const fixed = setAt(base.definition as TDraftDef, ["pages", 0, "elements", 0, "text"], "Wat is je rol?");
    const saved = await saveEditedDraft(surveyId, fixed, base.revision, actor);
    expect(saved).toEqual({ ok: true, revision: base.revision + 1, issues: [] });
    expect(await publishDraft(surveyId, base.revision + 1, actor)).toEqual({ ok: true, version: 1 });
    // The next draft is for version 2.
    const after = await saveEditedDraft(surveyId, fixed, (await getDraft(surveyId))!.revision, actor);
    expect(after.ok).toBe(true);
    expect(((await getDraft(surveyId))!.definition as TDraftDef).version).toBe(2);
  });
});
