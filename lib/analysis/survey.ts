import "server-only";
import { pool } from "@/lib/db/client";
import { surveyConfig, type TDimension } from "@/lib/survey/config";
import { structure, type TStructure } from "@/lib/survey/engine/structure";
import { toVersionDef } from "@/lib/survey/version/load";
import { loadReport } from "./report/load";
import type { TReport } from "./report/schema";

/**
 * The survey a dashboard page is about: the version used for labels and pages (the active one, or
 * the newest when none is active), its dimensions (survey.json) and report (report.json, or none:
 * then every element gets its default summary).
 */
export type TSurveyContext = {
  id: string;
  slug: string;
  title: string;
  structure: TStructure;
  dimensions: TDimension[];
  /** survey.json's time zone: the days and times researchers see. */
  timeZone: string;
  report?: TReport;
};

export async function getSurveyContext(slug: string): Promise<TSurveyContext | undefined> {
  const { rows } = await pool().query<{ id: string; slug: string; title: string; definition: unknown }>(
    `SELECT s.id, s.slug, s.title, v.definition FROM survey s
     JOIN LATERAL (SELECT definition FROM survey_version v WHERE v.survey_id = s.id AND NOT v.is_imported
                   ORDER BY v.is_active DESC, v.version DESC LIMIT 1) v ON TRUE
     WHERE s.slug = $1`,
    [slug],
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    id: row.id, slug: row.slug, title: row.title, structure: structure(toVersionDef(row.definition)),
    dimensions: surveyConfig(row.slug).dimensions, timeZone: surveyConfig(row.slug).timeZone, report: loadReport(row.slug),
  };
}

export type TSurveySummary = {
  slug: string; title: string; started: number; finished: number; lastActivity: Date | null;
  /** Responses of any kind, imported ones included (a survey with any cannot be deleted). */
  responses: number;
  hasVersions: boolean;
  archivedAt: Date | null;
};

/** The overview: every survey with its live started/finished counts (excluded and test responses left out, as in monitoring). */
export async function listSurveySummaries(): Promise<TSurveySummary[]> {
  const { rows } = await pool().query<TSurveySummary>(
    `SELECT s.slug, s.title, s.archived_at AS "archivedAt",
            count(r.id) FILTER (WHERE NOT r.is_imported AND NOT r.is_excluded AND NOT r.is_test)::int AS started,
            count(r.finished_at) FILTER (WHERE NOT r.is_imported AND NOT r.is_excluded AND NOT r.is_test)::int AS finished,
            max(r.updated_at) FILTER (WHERE NOT r.is_imported AND NOT r.is_test) AS "lastActivity",
            count(r.id)::int AS responses,
            EXISTS (SELECT 1 FROM survey_version v WHERE v.survey_id = s.id) AS "hasVersions"
     FROM survey s LEFT JOIN response r ON r.survey_id = s.id
     GROUP BY s.id ORDER BY s.created_at`,
  );
  return rows;
}
