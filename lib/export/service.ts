import "server-only";
import type { TResultFilters } from "@/lib/analysis/filters";
import { recordAudit } from "@/lib/audit/service";
import { pool } from "@/lib/db/client";
import { buildExport, type TExportFile } from "./build";
import type { TExportFormat } from "./formats";
import { countResponses, findSurvey, surveyLanguages } from "./query";

/** The export service for pages and route handlers, on the app's database pool. */
export type { TExportFile } from "./build";

/** `language`: the labels in that language of the versions (lib/survey/i18n); the source texts by default. */
export function exportFile(slug: string, format: TExportFormat, filters: TResultFilters, now = new Date(), language?: string): Promise<TExportFile> {
  return buildExport(pool(), slug, format, filters, now, language);
}

/** The languages the survey's versions are in (the export's label languages). */
export async function exportLanguages(slug: string): Promise<string[]> {
  const survey = await findSurvey(pool(), slug);
  return survey ? surveyLanguages(pool(), survey.id) : [];
}

/** How many responses an export with these filters holds; undefined for an unknown survey. */
export async function exportCount(slug: string, filters: TResultFilters): Promise<number | undefined> {
  const survey = await findSurvey(pool(), slug);
  return survey ? countResponses(pool(), survey.id, filters) : undefined;
}

/** The audit log's record of a download: who took which data, in which format, with which filters. */
export async function recordExport(slug: string, actorId: string | null, details: { format: TExportFormat; fileName: string; filters: string; labels?: string }): Promise<void> {
  const survey = await findSurvey(pool(), slug);
  await recordAudit({ action: "export.downloaded", actorId, surveyId: survey?.id ?? null, details });
}
