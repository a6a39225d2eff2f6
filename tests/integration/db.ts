import pg from "pg";
import { forgetWatermarks } from "@/lib/analysis/service";
import { withPrisma } from "@/lib/db/prisma";
import { surveyConfigs } from "@/lib/survey/config";
import { seedSurveyFolders } from "@/lib/survey/seed-folders";
import { forgetOpenVersions } from "@/lib/survey/service";

/** Refuses destructive set-up anywhere but a local database. */
function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1"].includes(host)) throw new Error(`Refusing to reset non-local database ${host}`);
}

/**
 * Empties every table except the surveys of the survey folders and their versions (whose IDs the app caches,
 * as in production where versions are never deleted); versions added by tests are removed. The
 * audit log refuses TRUNCATE (append-only): tests read only the events of what they created.
 */
export async function resetDb(): Promise<void> {
  const url = process.env.DATABASE_URL!;
  assertLocal(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public'
         AND tablename NOT IN ('_prisma_migrations', 'survey', 'survey_version', 'app_secret', 'audit_event')`,
    );
    await client.query(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
    // Surveys made in tests (not in a folder) and versions published in tests go.
    await client.query(`DELETE FROM survey WHERE NOT (slug = ANY($1::text[]))`, [surveyConfigs().map((f) => f.config.slug)]);
    await client.query(`DELETE FROM survey_version WHERE is_imported OR NOT is_active OR published_at IS NOT NULL`);
    await client.query(`UPDATE survey SET ip_hashing_closed_at = NULL, fieldwork_mode = 'auto', opens_at = NULL, closes_at = NULL, response_limit = NULL, archived_at = NULL, ip_hash_retention = 'manual'`);
  } finally {
    await client.end();
  }
  await withPrisma(url, (db) => seedSurveyFolders(db));
  forgetWatermarks();
  forgetOpenVersions();
}

/** A short-lived client for assertions on stored rows. */
export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL! });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
