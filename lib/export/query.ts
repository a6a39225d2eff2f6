import "server-only";
import Cursor from "pg-cursor";
import type { TResultFilters } from "@/lib/analysis/filters";
import { filterSql } from "@/lib/analysis/filters";
import { pool } from "@/lib/db/client";
import { getVersion } from "@/lib/survey/service";
import type { TCodebookVersion } from "./codebook";
import type { TExportRow, TVersionInfo } from "./values";

/**
 * The export's data access: one row per response, built in SQL (its answers folded into one JSON
 * object), read through a server-side cursor in batches so memory stays flat for any number of
 * responses.
 */
export type TExportSurvey = { id: string; slug: string; title: string };

export async function findSurvey(slug: string): Promise<TExportSurvey | undefined> {
  const { rows } = await pool().query<TExportSurvey>(`SELECT id, slug, title FROM survey WHERE slug = $1`, [slug]);
  return rows[0];
}

/** Definition versions of the survey in the export (those of the filtered waves, else all). */
export async function exportVersions(
  surveyId: string,
  filters: TResultFilters,
): Promise<{ versions: Map<string, TVersionInfo>; codebookVersions: TCodebookVersion[] }> {
  const { rows } = await pool().query<{ id: string; wave: string }>(
    `SELECT id, wave FROM survey_version WHERE survey_id = $1 ORDER BY version DESC`,
    [surveyId],
  );
  const versions = new Map<string, TVersionInfo>();
  const codebookVersions: TCodebookVersion[] = [];
  const inWave = rows.filter((r) => filters.wave.length === 0 || filters.wave.includes(r.wave));
  for (const row of rows) {
    const v = await getVersion(row.id);
    if (!v) continue;
    versions.set(v.id, { version: v.version, definition: v.definition });
    if (inWave.length === 0 || inWave.includes(row)) {
      codebookVersions.push({ version: v.version, wave: v.wave, flowMode: v.flowMode, definition: v.definition });
    }
  }
  return { versions, codebookVersions };
}

const TS = (col: string) => `to_char(${col}, 'YYYY-MM-DD HH24:MI:SS')`;

/** The SQL for the filtered responses, oldest first. is_duplicate looks at the whole wave, unfiltered. */
export function exportSql(surveyId: string, filters: TResultFilters): { text: string; values: unknown[] } {
  const values: unknown[] = [surveyId];
  const where = filterSql(filters, values, "r");
  const text = `WITH r AS (
      SELECT r.*,
        COALESCE(r.ip_hash IS NOT NULL
          AND row_number() OVER (PARTITION BY r.wave, r.ip_hash ORDER BY r.started_at, r.id) > 1, false) AS is_duplicate
      FROM response r WHERE r.survey_id = $1
    )
    SELECT r.id, r.external_id, r.version_id, r.wave, r.flow_mode, r.source,
      r.finished_at IS NOT NULL AS is_finished, r.is_imported, r.is_duplicate, r.current_page,
      ${TS("r.started_at")} AS started_at, ${TS("r.updated_at")} AS last_saved_at, ${TS("r.finished_at")} AS finished_at,
      ${TS("r.p1_finished_at")} AS p1_finished_at, ${TS("r.p2_finished_at")} AS p2_finished_at,
      round(extract(epoch FROM (CASE WHEN r.is_imported THEN r.finished_at ELSE r.updated_at END) - r.started_at))::int AS duration_sec,
      r.display_order, a.answers, a.pages
    FROM r
    LEFT JOIN LATERAL (
      SELECT json_object_agg(x.variable, COALESCE(to_json(x.num), to_json(x.text))) AS answers,
        array_agg(DISTINCT x.page_id) AS pages
      FROM answer x WHERE x.response_id = r.id
    ) a ON true
    WHERE ${where}
    ORDER BY r.started_at, r.id`;
  return { text, values };
}

export async function countResponses(surveyId: string, filters: TResultFilters): Promise<number> {
  const values: unknown[] = [surveyId];
  const where = filterSql(filters, values, "r");
  const { rows } = await pool().query<{ n: number }>(
    `SELECT count(*)::int AS n FROM response r WHERE r.survey_id = $1 AND ${where}`,
    values,
  );
  return rows[0].n;
}

/** Batches of rows through a cursor; the connection is released when iteration ends or stops. */
export async function* exportRows(surveyId: string, filters: TResultFilters, batchSize = 500): AsyncGenerator<TExportRow[]> {
  const { text, values } = exportSql(surveyId, filters);
  const client = await pool().connect();
  const cursor = client.query(new Cursor<TExportRow>(text, values));
  let isBroken = false;
  try {
    for (;;) {
      const rows = await cursor.read(batchSize);
      if (rows.length === 0) return;
      yield rows;
    }
  } catch (error) {
    isBroken = true;
    throw error;
  } finally {
    await cursor.close().catch(() => {
      isBroken = true;
    });
    client.release(isBroken);
  }
}
