import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseFilters } from "@/lib/analysis/filters";
import { pool } from "@/lib/db/client";
import { exportFile, exportLanguages } from "@/lib/export/service";
import { exportResponse } from "@/lib/export/http";
import { getResumeState } from "@/lib/responses/service";
import { surveyConfigs, surveyVersions } from "@/lib/survey/config";
import { definitionJson } from "@/lib/survey/publish/definition";
import { createSurvey, publishDraft, uploadDraft } from "@/lib/survey/publish/service";
import { ZVersionDef } from "@/lib/survey/version/schema";
import { collect } from "./export-fixture";
import { query, resetDb } from "./db";
import { respondent } from "./respondents";
import { randomBytes, randomUUID } from "node:crypto";
import { savePage } from "@/lib/responses/service";

/** A survey in Dutch and English: the response keeps its language, exports label in either. */
const actor = { id: "00000000-0000-4000-8000-000000000011", email: "vertaler@example.org" };
const slug = "tweetalig-2027";
const example = surveyConfigs()
  .flatMap((f) => surveyVersions(f.folder, f.config))
  .find((v) => v.slug === "voorbeeld-alle-elementen")!;
const bilingual = ZVersionDef.parse({
  ...example,
  languages: ["nl", "en"],
  translations: {
    en: {
      title: "Example: every element type",
      "el.rol.text": "What is your role?",
      "el.rol.options.docent.label": "Teacher",
      "el.rol.options.begeleider.label": "Supervisor",
    },
  },
});
const languageOf = async (id: string) => (await query<{ language: string }>(`SELECT language FROM response WHERE id = $1`, [id]))[0]?.language;

/** A respondent whose saves carry a language, as the browser sends it. */
function speaker(language?: string) {
  const id = randomUUID();
  const secret = randomBytes(24).toString("base64url");
  let seq = 0;
  return {
    id, secret,
    save: (page: string, values: Record<string, unknown>, lang = language) =>
      savePage(slug, id, { secret, seq: ++seq, page, durationMs: 1000, values, ...(lang ? { language: lang } : {}) }, "203.0.113.9"),
  };
}

beforeAll(async () => {
  await resetDb();
  await query(`INSERT INTO app_user (id, email, password_hash, role) VALUES ($1, $2, 'x', 'researcher') ON CONFLICT (id) DO NOTHING`, [actor.id, actor.email]);
  expect(await createSurvey({ title: "Tweetalig", slug, wave: "2027", start: "blank" }, undefined, actor)).toEqual({ ok: true, slug });
  const surveyId = (await query<{ id: string }>(`SELECT id FROM survey WHERE slug = $1`, [slug]))[0].id;
  expect(await uploadDraft(surveyId, definitionJson(bilingual), 1, actor)).toEqual({ ok: true, revision: 2 });
  expect(await publishDraft(surveyId, 2, actor)).toEqual({ ok: true, version: 1 });
});
afterAll(async () => {
  await resetDb();
  await pool().end();
});

describe("the respondent's language", () => {
  it("is stored with the response and kept on resume", async () => {
    const r = speaker("en");
    await r.save("welkom", { toestemming: true });
    expect(await languageOf(r.id)).toBe("en");
    await r.save("over_jou", { rol: "docent", regio: "noord", jaren: 3 }, undefined);
    expect(await languageOf(r.id)).toBe("en");
    expect((await getResumeState(slug, r.id, r.secret)).language).toBe("en");
  });

  it("is the version's first language without one, and a language the version lacks is not stored", async () => {
    const plain = respondent(slug);
    await plain.save("welkom", { toestemming: true });
    expect(await languageOf(plain.id)).toBe("nl");
    const german = speaker("de");
    await german.save("welkom", { toestemming: true });
    expect(await languageOf(german.id)).toBe("nl");
  });

  it("follows a switch on the way (the language answered in last)", async () => {
    const r = speaker("nl");
    await r.save("welkom", { toestemming: true });
    await r.save("over_jou", { rol: "docent", regio: "noord", jaren: 3 }, "en");
    expect(await languageOf(r.id)).toBe("en");
    expect((await getResumeState(slug, r.id, r.secret)).language).toBe("en");
  });
});

describe("exports in a version's language", () => {
  const F = parseFilters({ includePartial: "true" });
  const codebook = async (language?: string) =>
    JSON.parse((await collect((await exportFile(slug, "codebook-json", F, new Date(), language)).body)).toString("utf8")) as {
      variables: { name: string; label: string; question?: string; valueLabels: { label: string }[] }[];
    };

  it("labels variables, values and questions from the translation; the source language by default", async () => {
    const en = (await codebook("en")).variables.find((v) => v.name === "rol")!;
    expect(en.label).toBe("What is your role?");
    expect(en.valueLabels.map((l) => l.label)).toEqual(["Teacher", "Supervisor", "Anders, namelijk"]);
    const nl = (await codebook()).variables.find((v) => v.name === "rol")!;
    expect(nl.label).toBe("Wat is je rol?");
    expect(nl.valueLabels[0].label).toBe("Docent");
    expect(await exportLanguages(slug)).toEqual(["nl", "en"]);
  });

  it("has a language column with each response's language", async () => {
    const csv = (await collect((await exportFile(slug, "csv-wide", F)).body)).toString("utf8").replace(/^\uFEFF/, "");
    const [header, ...rows] = csv.trim().split(/\r?\n/);
    const col = header.split(",").indexOf("language");
    expect(col).toBeGreaterThan(0);
    expect(rows.map((r) => r.split(",")[col]).sort()).toEqual(["en", "en", "nl", "nl"]);
  });

  it("takes the label language from ?labels= on the export route, and refuses a bad one", async () => {
    const res = await exportResponse(slug, new URLSearchParams({ format: "codebook-json", includePartial: "true", labels: "en" }));
    expect(res.status).toBe(200);
    const book = JSON.parse(await res.text()) as { variables: { name: string; label: string }[] };
    expect(book.variables.find((v) => v.name === "rol")!.label).toBe("What is your role?");
    expect((await exportResponse(slug, new URLSearchParams({ format: "csv-wide", labels: "English" }))).status).toBe(400);
  });
});
