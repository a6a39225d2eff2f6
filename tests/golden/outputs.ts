import { parseFilters } from "@/lib/analysis/filters";
import { getStats } from "@/lib/analysis/service";
import { getSurveyContext } from "@/lib/analysis/survey";
import { pool } from "@/lib/db/client";
import type { TExportFormat } from "@/lib/export/formats";
import { exportFile } from "@/lib/export/service";
import { GOLDEN_SLUGS, type TGoldenRespondent } from "./fixture";

/**
 * The golden outputs, file name → content, from a database seeded by seedGolden(): per survey
 * the wide CSV export, the codebook JSON and the stats API's figures for a set of filters.
 * Shared by the record script and the integration test, so both produce the same bytes.
 */
export const GOLDEN_DIR = "tests/golden";
/** The "now" of exports (file names, codebook generatedAt). */
export const GOLDEN_NOW = new Date("2023-06-01T12:00:00Z");

/** Filter combinations of the stats figures per survey, as the dashboard's query string. */
export const STATS_FILTERS: Record<(typeof GOLDEN_SLUGS)[number], string[]> = {
  "internationale-competenties": [
    "",
    "includePartial=true",
    "wave=2020",
    "wave=2023",
    "sectorGroup=po_vo",
    "sectorGroup=mbo&includePartial=true",
    "sectorGroup=ho",
    "flowMode=choice&includePartial=true",
    "flowMode=sequential",
    "wave=2023&sectorGroup=mbo",
    "wave=2020,2023&sectorGroup=ho&includePartial=true",
  ],
};

/** Wide CSV exports: every response, and the default (finished only). */
const CSV_FILTERS = { all: "includePartial=true", finished: "" } as const;

const filtersOf = (query: string) => parseFilters(new URLSearchParams(query));

async function exportText(slug: string, format: TExportFormat, query: string): Promise<string> {
  const file = await exportFile(slug, format, filtersOf(query), GOLDEN_NOW);
  const chunks: Buffer[] = [];
  for await (const c of file.body) chunks.push(typeof c === "string" ? Buffer.from(c) : c);
  return Buffer.concat(chunks).toString("utf8");
}

/** Imported responses get random IDs; they are named by their SurveyMonkey respondent ID instead. */
async function importedIds(): Promise<Map<string, string>> {
  const { rows } = await pool().query<{ id: string; external_id: string }>(`SELECT id, external_id FROM response WHERE is_imported`);
  return new Map(rows.map((r) => [r.id, `imported-${r.external_id}`]));
}

function replaceIds(text: string, ids: Map<string, string>): string {
  return text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => ids.get(id) ?? id);
}

/**
 * JSON with one line per short object or array (up to 120 characters), nested otherwise: about
 * half the size of a two-space dump, and still a line-per-figure diff in review.
 */
function format(value: unknown, indent: string): string {
  const flat = JSON.stringify(value);
  if (value === null || typeof value !== "object" || flat.length + indent.length <= 120) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => inner + format(v, inner)).join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner)}`).join(",\n")}\n${indent}}`;
}

const json = (value: unknown) => `${format(value, "")}\n`;

/** The same object as GET /api/admin/s/[slug]/stats, the monitoring once (it takes no filters). */
async function stats(slug: (typeof GOLDEN_SLUGS)[number]) {
  const survey = await getSurveyContext(slug);
  if (!survey) throw new Error(`no survey ${slug}`);
  const results: Record<string, unknown> = {};
  let monitoring: unknown;
  for (const query of STATS_FILTERS[slug]) {
    const s = await getStats(survey, filtersOf(query));
    monitoring ??= s.monitoring;
    results[query === "" ? "(default)" : query] = { filters: s.filters, results: s.results };
  }
  return { monitoring, results };
}

export async function goldenOutputs(respondents: TGoldenRespondent[]): Promise<Map<string, string>> {
  const ids = await importedIds();
  const files = new Map<string, string>();
  files.set("respondents.json", json(respondents));
  for (const slug of GOLDEN_SLUGS) {
    for (const [name, query] of Object.entries(CSV_FILTERS)) {
      files.set(`${slug}.csv-wide.${name}.csv`, replaceIds(await exportText(slug, "csv-wide", query), ids));
    }
    files.set(`${slug}.codebook.json`, await exportText(slug, "codebook-json", ""));
    files.set(`${slug}.stats.json`, json(await stats(slug)));
  }
  return files;
}
