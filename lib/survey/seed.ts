import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { TSurveyDefinition } from "./definition";

/**
 * Idempotent: creates the survey and the definition version when they are missing. An existing
 * version is never rewritten (responses refer to it), except for its privacy statements (below); a
 * changed definition needs a new version number. The highest bundled version becomes the active one for live fieldwork.
 */
export type TSeedResult = { slug: string; version: number; status: "created" | "unchanged" | "updated" | "conflict" };

/**
 * The privacy statements describe how the platform stores data, a property of the code rather than
 * of the questionnaire: an existing version takes over the bundled wording, so respondents are
 * never shown a promise the running code does not keep.
 */
function withPlatformTexts(stored: TSurveyDefinition, def: TSurveyDefinition): TSurveyDefinition {
  return {
    ...stored,
    welcome: { ...stored.welcome, privacy: def.welcome.privacy },
    raffle: { ...stored.raffle, text: def.raffle.text },
  };
}

export async function seedDefinition(client: pg.ClientBase, def: TSurveyDefinition): Promise<TSeedResult> {
  await client.query(
    `INSERT INTO survey (id, slug, title) VALUES ($1, $2, $3) ON CONFLICT (slug) DO NOTHING`,
    [randomUUID(), def.slug, def.title],
  );
  const { rows: surveys } = await client.query<{ id: string }>(`SELECT id FROM survey WHERE slug = $1`, [def.slug]);
  const surveyId = surveys[0].id;
  const { rows: existing } = await client.query<{ id: string; definition: TSurveyDefinition }>(
    `SELECT id, definition FROM survey_version WHERE survey_id = $1 AND version = $2`,
    [surveyId, def.version],
  );
  let status: TSeedResult["status"] = "unchanged";
  if (existing.length === 0) {
    await client.query(
      `INSERT INTO survey_version (id, survey_id, version, definition, flow_mode, wave)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (survey_id, version) DO NOTHING`,
      [randomUUID(), surveyId, def.version, JSON.stringify(def), def.flowMode, def.wave],
    );
    status = "created";
  } else if (canonical(existing[0].definition) !== canonical(def)) {
    const refreshed = withPlatformTexts(existing[0].definition, def);
    if (canonical(refreshed) === canonical(def)) {
      await client.query(`UPDATE survey_version SET definition = $2 WHERE id = $1`, [existing[0].id, JSON.stringify(refreshed)]);
      status = "updated";
    } else {
      status = "conflict";
    }
  }
  // Activate this version unless a newer live (non-imported) version exists.
  await client.query(
    `UPDATE survey_version SET is_active = (version = $2)
     WHERE survey_id = $1 AND NOT is_imported
       AND NOT EXISTS (SELECT 1 FROM survey_version v WHERE v.survey_id = $1 AND NOT v.is_imported AND v.version > $2)`,
    [surveyId, def.version],
  );
  return { slug: def.slug, version: def.version, status };
}

/** JSON with sorted keys: jsonb does not keep key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
