import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pool } from "@/lib/db/client";
import { withPrisma } from "@/lib/db/prisma";
import { surveyConfigs, surveyVersions } from "@/lib/survey/config";
import { definitionJson } from "@/lib/survey/publish/definition";
import {
  createSurvey, deleteSurvey, getDraft, listVersions, publishDraft, reviewDraft, setArchived, startDraftFromLive, uploadDraft,
} from "@/lib/survey/publish/service";
import { getActiveVersion } from "@/lib/survey/service";
import { seedSurveyFolders } from "@/lib/survey/seed-folders";
import { ZVersionDef, type TVersionDef } from "@/lib/survey/version/schema";
import { query, resetDb } from "./db";
import { respondent, statusOf } from "./respondents";

/** Surveys built in the platform: drafts, publishing as versions during fieldwork, archive and delete. */
const actor = { id: "00000000-0000-4000-8000-000000000001", email: "onderzoeker@example.org" };
const other = { id: "00000000-0000-4000-8000-000000000002", email: "collega@example.org" };
const example = surveyConfigs()
  .flatMap((f) => surveyVersions(f.folder, f.config))
  .find((v) => v.slug === "voorbeeld-alle-elementen")!;
let firstEvent = 0;

const surveyIdOf = async (slug: string) => (await query<{ id: string }>(`SELECT id FROM survey WHERE slug = $1`, [slug]))[0]?.id;
const edited = (edit: (d: TVersionDef) => void) => {
  const d = structuredClone(example);
  edit(d);
  return definitionJson(d);
};
const versionOf = async (responseId: string) =>
  (await query<{ version: number }>(`SELECT v.version FROM response r JOIN survey_version v ON v.id = r.version_id WHERE r.id = $1`, [responseId]))[0]?.version;

beforeAll(async () => {
  await resetDb();
  for (const a of [actor, other]) {
    await query(`INSERT INTO app_user (id, email, password_hash, role) VALUES ($1, $2, 'x', 'researcher') ON CONFLICT (id) DO NOTHING`, [a.id, a.email]);
  }
  firstEvent = (await query<{ id: number }>(`SELECT coalesce(max(id), 0)::int AS id FROM audit_event`))[0].id;
});
afterAll(async () => {
  await resetDb();
  await pool().end();
});

describe("a survey built in the platform", () => {
  const slug = "stage-2027";
  let surveyId: string;

  it("starts as a draft without versions; a bad file changes nothing", async () => {
    expect(await createSurvey({ title: "Stage 2027", slug, wave: "2027", start: "blank" }, undefined, actor)).toEqual({ ok: true, slug });
    surveyId = await surveyIdOf(slug);
    expect(await listVersions(surveyId)).toEqual([]);
    expect(await getActiveVersion(slug)).toBeUndefined();
    const draft = await getDraft(surveyId);
    expect(draft).toMatchObject({ revision: 1, updatedBy: actor.email, definition: { title: "Stage 2027", wave: "2027", pages: [{ id: "p1" }] } });

    const bad = await uploadDraft(surveyId, edited((d) => { d.pages[0].elements[0].id = "Intro!"; }), 1, actor);
    expect(bad).toMatchObject({ ok: false, issues: [{ path: "pages.0.elements.0.id" }] });
    expect(await getDraft(surveyId)).toEqual(draft);
  });

  it("two researchers: the second save on an old revision is refused and says who saved", async () => {
    expect(await uploadDraft(surveyId, definitionJson(example), 1, actor)).toEqual({ ok: true, revision: 2 });
    const late = await uploadDraft(surveyId, definitionJson(example), 1, other);
    expect(late).toMatchObject({ ok: false, conflict: { revision: 2, updatedBy: actor.email } });
    expect((await getDraft(surveyId))?.updatedBy).toBe(actor.email);
  });

  it("publishes version 1, open to respondents; publishing the same draft again makes nothing", async () => {
    expect(await reviewDraft(surveyId)).toMatchObject({ state: "ready", revision: 2, changes: [] });
    expect(await publishDraft(surveyId, 1, actor)).toMatchObject({ ok: false, reason: "conflict" });
    expect(await publishDraft(surveyId, 2, actor)).toEqual({ ok: true, version: 1 });
    expect(await publishDraft(surveyId, 2, actor)).toEqual({ ok: false, reason: "unchanged" });
    const [v1] = await listVersions(surveyId);
    expect(v1).toMatchObject({ version: 1, isActive: true, publishedBy: actor.email, wave: "2026", flowMode: "choice" });
    expect((await getActiveVersion(slug))?.def.slug).toBe(slug);
  });

  it("version 2 published mid-fieldwork: new respondents get it, a started one finishes on version 1", async () => {
    const early = respondent(slug);
    await early.save("welkom", { toestemming: true });
    expect(await versionOf(early.id)).toBe(1);

    const text = edited((d) => {
      const rol = d.pages[1].elements[0] as { text: string; options: { code: string; label: string }[] };
      rol.text = "Wat is je functie?";
      rol.options = rol.options.filter((o) => o.code !== "begeleider");
      (d.pages[1].elements[3] as { showIf: unknown }).showIf = { var: "rol", equals: "docent" };
    });
    expect(await uploadDraft(surveyId, text, 2, actor)).toEqual({ ok: true, revision: 3 });
    const review = await reviewDraft(surveyId);
    expect(review.state === "ready" && review.live).toBe(1);
    expect(review.state === "ready" && review.changes.filter((c) => c.severity === "warning").map((c) => c.subject)).toEqual(["school", "rol"]);
    // Two publishes at once make one version.
    const results = await Promise.all([publishDraft(surveyId, 3, actor), publishDraft(surveyId, 3, other)]);
    expect(results).toContainEqual({ ok: true, version: 2 });
    expect(results).toContainEqual({ ok: false, reason: "unchanged" });

    const late = respondent(slug);
    await late.save("welkom", { toestemming: true });
    expect(await versionOf(late.id)).toBe(2);
    // The early respondent answers with an option only version 1 has.
    await early.save("over_jou", { rol: "begeleider", regio: (example.pages[1].elements[1] as { options: { code: string }[] }).options[0].code, jaren: 3, school: "Het Lyceum" });
    expect(await versionOf(early.id)).toBe(1);
    expect(await statusOf(late.save("over_jou", { rol: "begeleider", regio: "noord", jaren: 3 }))).toBe(422);

    const rows = await listVersions(surveyId);
    expect(rows.map((r) => [r.version, r.isActive, r.started])).toEqual([[2, true, 1], [1, true, 1]]);
  });

  it("a survey with responses cannot be deleted; archived it takes no new respondents", async () => {
    expect(await deleteSurvey(slug, actor)).toEqual({ ok: false, message: expect.stringContaining("heeft 2 antwoorden") });
    expect(await setArchived(slug, true, actor)).toEqual({ ok: true });
    expect(await statusOf(respondent(slug).save("welkom", { toestemming: true }))).toBe(403);
    expect(await setArchived(slug, false, actor)).toEqual({ ok: true });
    expect((await query(`SELECT archived_at FROM survey WHERE id = $1`, [surveyId]))[0]).toEqual({ archived_at: null });
  });

  it("every step is in the audit log", async () => {
    const events = await query<{ action: string; details: Record<string, unknown> }>(
      `SELECT action, details FROM audit_event WHERE id > $1 AND survey_id = $2 ORDER BY id`, [firstEvent, surveyId],
    );
    expect(events.map((e) => e.action)).toEqual([
      "survey.created", "draft.uploaded", "version.published", "draft.uploaded", "version.published", "survey.archived", "survey.restored",
    ]);
    expect(events[4].details).toMatchObject({ version: 2, previous: 1, warnings: 2 });
  });
});

describe("versions published by another instance", () => {
  it("a respondent whose page shows a version this instance has not seen yet is not turned away", async () => {
    const id = await surveyIdOf("stage-2027");
    expect((await getActiveVersion("stage-2027"))?.version).toBe(2);
    // Another instance publishes version 3: this instance's list of open versions is still cached.
    await query(
      `INSERT INTO survey_version (id, survey_id, version, definition, flow_mode, wave, is_active, active_from, published_at)
       SELECT gen_random_uuid(), survey_id, 3, jsonb_set(definition, '{version}', '3'), flow_mode, wave, true, now(), now()
       FROM survey_version WHERE survey_id = $1 AND version = 2`,
      [id],
    );
    expect((await getActiveVersion("stage-2027", 3))?.version).toBe(3);
  });
});

describe("new surveys from a template, a copy or a file; deleting drafts", () => {
  it("copies the live version of another survey with the new title and wave", async () => {
    const result = await createSurvey({ title: "Kopie", slug: "kopie-ic", wave: "2027", start: "copy", from: "internationale-competenties" }, undefined, actor);
    expect(result).toEqual({ ok: true, slug: "kopie-ic" });
    const live = await getActiveVersion("internationale-competenties");
    const draft = await getDraft(await surveyIdOf("kopie-ic"));
    expect(draft?.definition).toEqual({ ...live!.def, slug: "kopie-ic", version: 1, title: "Kopie", wave: "2027" });
  });

  it("refuses a used address, a folder survey's address, an unknown source and a bad file", async () => {
    const form = { title: "X", wave: "2027" };
    expect(await createSurvey({ ...form, slug: "kopie-ic", start: "blank" }, undefined, actor)).toMatchObject({ ok: false, field: "slug" });
    expect(await createSurvey({ ...form, slug: "voorbeeld-alle-elementen", start: "blank" }, undefined, actor)).toMatchObject({ ok: false, field: "slug" });
    expect(await createSurvey({ ...form, slug: "nieuw-a", start: "copy", from: "bestaat-niet" }, undefined, actor)).toMatchObject({ ok: false, field: "from" });
    expect(await createSurvey({ ...form, slug: "nieuw-b", start: "file" }, "{}", actor)).toMatchObject({ ok: false, field: "file", issues: expect.any(Array) });
    expect(await surveyIdOf("nieuw-a")).toBeUndefined();
    expect(await surveyIdOf("nieuw-b")).toBeUndefined();
  });

  it("an uploaded file becomes the draft; a draft without responses can be deleted, a folder survey not", async () => {
    expect(await createSurvey({ title: "Uit bestand", slug: "uit-bestand", wave: "2026", start: "file" }, definitionJson(example), actor)).toEqual({ ok: true, slug: "uit-bestand" });
    const id = await surveyIdOf("uit-bestand");
    expect(definitionJson(ZVersionDef.parse((await getDraft(id))!.definition))).toBe(definitionJson({ ...example, slug: "uit-bestand", version: 1 }));
    expect(await deleteSurvey("uit-bestand", actor)).toEqual({ ok: true });
    expect(await surveyIdOf("uit-bestand")).toBeUndefined();
    expect(await deleteSurvey("voorbeeld-alle-elementen", actor)).toMatchObject({ ok: false, message: expect.stringContaining("map surveys/") });
  });
});

describe("a folder survey edited in the platform", () => {
  it("a draft starts from the live version; the published version stays open when the folders are seeded again", async () => {
    const id = await surveyIdOf("voorbeeld-alle-elementen");
    const started = await startDraftFromLive(id, actor);
    expect(started).toEqual({ ok: true, revision: 1 });
    const text = edited((d) => { (d.pages[0].elements[0] as { paragraphs: string[] }).paragraphs = ["Nieuwe inleiding."]; });
    expect(await uploadDraft(id, text, 1, actor)).toEqual({ ok: true, revision: 2 });
    const review = await reviewDraft(id);
    expect(review.state === "ready" && review.changes).toEqual([{ severity: "info", subject: "intro", message: "intro: tekst of instellingen gewijzigd." }]);
    expect(await publishDraft(id, 2, actor)).toEqual({ ok: true, version: 2 });

    await withPrisma(process.env.DATABASE_URL!, (db) => seedSurveyFolders(db));
    const active = await query<{ version: number }>(`SELECT version FROM survey_version WHERE survey_id = $1 AND is_active ORDER BY version`, [id]);
    expect(active.map((r) => r.version)).toEqual([1, 2]);
    const r = respondent("voorbeeld-alle-elementen");
    await r.save("welkom", { toestemming: true });
    expect(await versionOf(r.id)).toBe(2);
  });
});
