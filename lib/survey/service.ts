import "server-only";
import { pool } from "@/lib/db/client";
import { toVersionDef } from "./version/load";
import type { TFlowMode, TVersionDef } from "./version/schema";

/** Survey versions as the respondent path and analyses need them. Versions are immutable. */
export type TSurveyVersion = {
  id: string;
  surveyId: string;
  slug: string;
  version: number;
  flowMode: TFlowMode;
  wave: string;
  isImported: boolean;
  /** The version in the general model (lib/survey/engine works on this). */
  def: TVersionDef;
};

const byId = new Map<string, TSurveyVersion>();
const activeBySlug = new Map<string, { entries: TEntry[]; at: number }>();
const ACTIVE_TTL_MS = 10_000;

type TRow = {
  id: string; survey_id: string; slug: string; version: number; flow_mode: TFlowMode;
  wave: string; is_imported: boolean; definition: unknown;
};
const SELECT = `SELECT v.id, v.survey_id, s.slug, v.version, v.flow_mode, v.wave, v.is_imported, v.definition
  FROM survey_version v JOIN survey s ON s.id = v.survey_id`;

function toVersion(r: TRow): TSurveyVersion {
  const v: TSurveyVersion = {
    id: r.id, surveyId: r.survey_id, slug: r.slug, version: r.version, flowMode: r.flow_mode,
    wave: r.wave, isImported: r.is_imported, def: toVersionDef(r.definition),
  };
  byId.set(v.id, v);
  return v;
}

export async function getVersion(id: string): Promise<TSurveyVersion | undefined> {
  const hit = byId.get(id);
  if (hit) return hit;
  const { rows } = await pool().query<TRow>(`${SELECT} WHERE v.id = $1`, [id]);
  return rows[0] ? toVersion(rows[0]) : undefined;
}

export type TEntry = { id: string; version: number; activeFrom: number | null };

/**
 * The version a new respondent gets: the one asked for when it is open, otherwise the open version
 * whose `activeFrom` passed last (no date counts as always); none when nothing is open yet.
 */
export function pickEntry(entries: TEntry[], now: number, requested?: number): TEntry | undefined {
  if (requested !== undefined) return entries.find((e) => e.version === requested);
  const started = entries.filter((e) => e.activeFrom === null || e.activeFrom <= now);
  const key = (e: TEntry) => e.activeFrom ?? -Infinity;
  return started.sort((a, b) => key(b) - key(a) || b.version - a.version)[0];
}

async function openVersions(slug: string): Promise<TEntry[]> {
  const cached = activeBySlug.get(slug);
  if (cached && Date.now() - cached.at < ACTIVE_TTL_MS) return cached.entries;
  const { rows } = await pool().query<{ id: string; version: number; active_from: Date | null }>(
    `SELECT v.id, v.version, v.active_from FROM survey_version v JOIN survey s ON s.id = v.survey_id
      WHERE s.slug = $1 AND v.is_active`,
    [slug],
  );
  const entries = rows.map((r) => ({ id: r.id, version: r.version, activeFrom: r.active_from ? r.active_from.getTime() : null }));
  activeBySlug.set(slug, { entries, at: Date.now() });
  return entries;
}

/** The open version for a new respondent (see pickEntry); `requested` enters a specific open version. */
export async function getActiveVersion(slug: string, requested?: number): Promise<TSurveyVersion | undefined> {
  const entry = pickEntry(await openVersions(slug), Date.now(), requested);
  return entry ? getVersion(entry.id) : undefined;
}

export async function listSurveys(): Promise<{ slug: string; title: string }[]> {
  const { rows } = await pool().query<{ slug: string; title: string }>(`SELECT slug, title FROM survey ORDER BY created_at`);
  return rows;
}
