import { randomBytes, randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getResumeState, savePage } from "@/lib/responses/service";
import { nuffic } from "../support/surveys";
import { query, resetDb } from "./db";

const SLUG = "internationale-competenties";

/** A respondent continues on the version their response was created with, even when a newer one is active. */
describe("resume state and versions", () => {
  beforeEach(resetDb);
  afterEach(() => query(`DELETE FROM survey_version v USING survey s WHERE s.id = v.survey_id AND s.slug = $1 AND v.version = 3`, [SLUG]));

  it("carries the definition of the response's own version", async () => {
    const id = randomUUID();
    const secret = randomBytes(24).toString("base64url");
    await savePage(SLUG, id, { secret, seq: 1, page: "welcome", durationMs: 1000, values: { consent: true } });
    const v1 = nuffic(1);
    await query(
      `INSERT INTO survey_version (id, survey_id, version, definition, flow_mode, wave, is_active)
       SELECT gen_random_uuid(), id, 3, $2::jsonb, 'choice', '2024', true FROM survey WHERE slug = $1`,
      [SLUG, JSON.stringify({ ...v1, version: 3, title: "Een nieuwere versie" })],
    );
    const state = await getResumeState(SLUG, id, secret);
    expect(state.version).toBe(1);
    expect(state.def.version).toBe(1);
    expect(state.def.title).toBe(v1.title);
    expect(state.def.pages.map((p) => p.id)).toContain("bg");
  });
});
