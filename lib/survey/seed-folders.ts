import { randomUUID } from "node:crypto";
import type pg from "pg";
import { SURVEYS_DIR, surveyConfigs, surveyVersions, type TSurveyConfig } from "./config";
import { toVersionDef } from "./version/load";
import type { TVersionDef } from "./version/schema";

/**
 * Brings the database in line with the survey folders (surveys/<folder>/): creates surveys and
 * versions that are missing, merges surveys listed as aliases, and sets which versions are open
 * and from when. Idempotent; safe on every start. A stored version is never rewritten in a way
 * that changes what its responses mean: only when it is the same questionnaire (stored in an
 * older format, or differing in info texts alone) does it take the file's content.
 */
export type TSeedResult = { slug: string; version: number; status: "created" | "unchanged" | "updated" | "conflict" };

type TStored = { id: string; version: number; definition: unknown; is_imported: boolean };

/** The questions a version asks, without what may change in place (info texts, naming). */
function comparable(def: TVersionDef): string {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (!v || typeof v !== "object") return v;
    const o = v as Record<string, unknown>;
    if (o.type === "info") return { type: "info", id: o.id };
    return Object.fromEntries(Object.keys(o).sort().map((k) => [k, strip(o[k])]));
  };
  return JSON.stringify(strip({ ...def, slug: "", title: "", version: 0 }));
}

async function surveyId(client: pg.ClientBase, config: TSurveyConfig): Promise<string> {
  await client.query(`INSERT INTO survey (id, slug, title) VALUES ($1, $2, $3) ON CONFLICT (slug) DO NOTHING`, [
    randomUUID(), config.slug, config.title,
  ]);
  const { rows } = await client.query<{ id: string }>(`SELECT id FROM survey WHERE slug = $1`, [config.slug]);
  return rows[0].id;
}

/** Moves an aliased survey's versions and responses into the survey; imported versions make room. */
async function mergeAliases(client: pg.ClientBase, id: string, config: TSurveyConfig) {
  for (const alias of config.aliases) {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM survey WHERE slug = $1`, [alias.slug]);
    if (!rows[0]) continue;
    const from = rows[0].id;
    for (const [oldNumber, newNumber] of Object.entries(alias.versions)) {
      const { rows: taken } = await client.query<{ id: string; is_imported: boolean }>(
        `SELECT id, is_imported FROM survey_version WHERE survey_id = $1 AND version = $2`, [id, newNumber],
      );
      if (taken[0] && !taken[0].is_imported) throw new Error(`${config.slug}: versie ${newNumber} bestaat al; kies een ander nummer voor ${alias.slug} v${oldNumber}.`);
      if (taken[0]) {
        await client.query(
          `UPDATE survey_version SET version = (SELECT max(version) + 1 FROM survey_version WHERE survey_id = $1) WHERE id = $2`,
          [id, taken[0].id],
        );
      }
      await client.query(`UPDATE survey_version SET survey_id = $1, version = $2 WHERE survey_id = $3 AND version = $4`, [
        id, newNumber, from, Number(oldNumber),
      ]);
    }
    const { rows: left } = await client.query(`SELECT 1 FROM survey_version WHERE survey_id = $1`, [from]);
    if (left.length) throw new Error(`${config.slug}: ${alias.slug} heeft versies die niet in "aliases" staan.`);
    for (const table of ["response", "raffle_entry", "import_batch"]) {
      await client.query(`UPDATE ${table} SET survey_id = $1 WHERE survey_id = $2`, [id, from]);
    }
    await client.query(`DELETE FROM survey WHERE id = $1`, [from]);
  }
}

async function seedVersion(client: pg.ClientBase, id: string, def: TVersionDef): Promise<TSeedResult["status"]> {
  const { rows } = await client.query<TStored>(
    `SELECT id, version, definition, is_imported FROM survey_version WHERE survey_id = $1 AND version = $2`, [id, def.version],
  );
  const json = JSON.stringify(def);
  if (!rows[0]) {
    await client.query(
      `INSERT INTO survey_version (id, survey_id, version, definition, flow_mode, wave) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (survey_id, version) DO NOTHING`,
      [randomUUID(), id, def.version, json, def.parts?.mode ?? "sequential", def.wave],
    );
    return "created";
  }
  let stored: TVersionDef | undefined;
  try {
    stored = toVersionDef(rows[0].definition);
  } catch {
    return "conflict";
  }
  if (JSON.stringify(stored) === json && (rows[0].definition as { format?: number }).format === 2) return "unchanged";
  if (rows[0].is_imported || comparable(stored) !== comparable(def)) return "conflict";
  await client.query(`UPDATE survey_version SET definition = $2 WHERE id = $1`, [rows[0].id, json]);
  return "updated";
}

export async function seedSurveyFolders(client: pg.ClientBase, dir = SURVEYS_DIR): Promise<TSeedResult[]> {
  const results: TSeedResult[] = [];
  for (const { folder, config } of surveyConfigs(dir)) {
    const versions = surveyVersions(folder, config);
    await client.query("BEGIN");
    try {
      const id = await surveyId(client, config);
      await mergeAliases(client, id, config);
      for (const def of versions) results.push({ slug: config.slug, version: def.version, status: await seedVersion(client, id, def) });
      // Versions of the folder open as the folder says; other live versions close. Imports are never open.
      await client.query(`UPDATE survey_version SET is_active = false, active_from = NULL WHERE survey_id = $1`, [id]);
      for (const [i, entry] of config.versions.entries()) {
        await client.query(
          `UPDATE survey_version SET is_active = $3 AND NOT is_imported, active_from = $4::timestamptz AT TIME ZONE 'UTC'
            WHERE survey_id = $1 AND version = $2`,
          [id, versions[i].version, entry.isActive, entry.activeFrom ?? null],
        );
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  }
  return results;
}
