import { randomUUID } from "node:crypto";
import { path } from "@/lib/survey/engine/flow";
import { convertLegacy } from "@/lib/survey/legacy/convert";
import { legacyDefinitions } from "../support/surveys";
import { query } from "./db";

/**
 * Small hand-made datasets for the analysis tests: responses, answers and page visits written
 * straight into the tables, so every expected number can be worked out by hand.
 */
export const def = legacyDefinitions[0];
type TPageId = string;

export type TFixtureResponse = {
  wave?: "2023" | "2020";
  flow?: "choice" | "sequential";
  sector: string;
  fn: string;
  province?: string;
  source?: string | null;
  partChoice?: "p1" | "p2" | null;
  p1?: string;
  p2?: string;
  p1Done?: boolean;
  p2Done?: boolean;
  isFinished: boolean;
  currentPage: TPageId;
  /** Minutes from start to finish (finished responses). */
  minutes?: number;
  /** Multiplier for page durations: page i of the flow takes (i + 1) × 1000 × k ms. */
  k?: number;
  answers: Record<string, number | string>;
};

export async function versions() {
  const [survey] = await query<{ id: string; version_id: string }>(
    `SELECT s.id, v.id AS version_id FROM survey s JOIN survey_version v ON v.survey_id = s.id WHERE s.slug = $1 AND v.version = $2`,
    [def.slug, def.version],
  );
  // Version 2 runs both parts in a row; the imported wave gets a version of its own.
  const [{ id: seq }] = await query<{ id: string }>(`SELECT id FROM survey_version WHERE survey_id = $1 AND version = 2`, [survey.id]);
  const imported = randomUUID();
  await query(
    `INSERT INTO survey_version (id, survey_id, version, definition, flow_mode, wave, is_imported) VALUES ($1, $2, 3, $3, 'sequential', '2020', true)`,
    [imported, survey.id, JSON.stringify({ ...def, flowMode: "sequential" })],
  );
  return { surveyId: survey.id, choice: survey.version_id, seq, imported };
}

const START = new Date("2023-02-01T09:00:00Z");

export async function insertResponse(v: Awaited<ReturnType<typeof versions>>, r: TFixtureResponse): Promise<string> {
  const id = randomUUID();
  const wave = r.wave ?? "2023";
  const isImported = wave === "2020";
  const flow = r.flow ?? "choice";
  const versionId = isImported ? v.imported : flow === "sequential" ? v.seq : v.choice;
  const finishedAt = r.isFinished ? new Date(START.getTime() + (r.minutes ?? 10) * 60_000) : null;
  // What the save writes: every single-choice answer in dims, the finish time of each part.
  const dims = Object.fromEntries(
    Object.entries({ bg_function: r.fn, bg_province: r.province ?? "utrecht", bg_sector: r.sector, part_choice: r.partChoice, p1_activity: r.p1, p2_activity: r.p2 })
      .filter(([, v]) => v !== undefined && v !== null),
  );
  const partsFinished = Object.fromEntries(
    (["p1", "p2"] as const).filter((p) => (p === "p1" ? r.p1Done : r.p2Done)).map((p) => [p, (finishedAt ?? START).toISOString()]),
  );
  await query(
    `INSERT INTO response (id, survey_id, version_id, secret_hash, flow_mode, wave, source, display_order, current_page,
       dims, parts_finished, started_at, updated_at, finished_at, is_imported)
     VALUES ($1, $2, $3, 'x', $4, $5, $6, '{}', $7, $8, $9, $10, $10, $11, $12)`,
    [id, v.surveyId, versionId, flow, wave, r.source ?? null, r.currentPage, JSON.stringify(dims), JSON.stringify(partsFinished),
      START, finishedAt, isImported],
  );
  for (const [variable, value] of Object.entries(r.answers)) {
    const page = pageOf(variable);
    await query(`INSERT INTO answer (response_id, variable, page_id, num, text) VALUES ($1, $2, $3, $4, $5)`, [
      id, variable, page, typeof value === "number" ? value : null, typeof value === "string" ? value : null,
    ]);
  }
  if (!isImported) {
    const pages = path(convertLegacy({ ...def, flowMode: flow }), r.partChoice ? { part_choice: r.partChoice } : {});
    const until = pages.indexOf(r.currentPage);
    for (const [i, page] of pages.slice(0, until).entries()) {
      await query(
        `INSERT INTO page_visit (response_id, page_id, entered_at, submitted_at, duration_ms) VALUES ($1, $2, $3, $3, $4)`,
        [id, page, START, (i + 1) * 1000 * (r.k ?? 1)],
      );
    }
  }
  return id;
}

function pageOf(variable: string): string {
  const m = /^(p[12])_(factor|dev|top5|other)_/.exec(variable);
  if (m) return `${m[1]}_${m[2] === "factor" ? "factors" : m[2]}`;
  if (variable.startsWith("bg_")) return "bg";
  return variable.replace(/_activity$/, "_activity");
}

/** The five top-5 picks as answer rows. */
export const top5 = (part: "p1" | "p2", ids: string[]) => Object.fromEntries(ids.map((c) => [`${part}_top5_${c}`, 1]));
export const other = (part: "p1" | "p2", codes: string[]) => Object.fromEntries(codes.map((c) => [`${part}_other_${c}`, 1]));
