import "server-only";
import { pool } from "@/lib/db/client";
import { ZSurveyDefinition, type TFlowMode, type TSurveyDefinition } from "./definition";
import { toVersionDef } from "./version/load";
import type { TVersionDef } from "./version/schema";

/** Survey versions as the respondent path and analyses need them. Versions are immutable. */
export type TSurveyVersion = {
  id: string;
  surveyId: string;
  slug: string;
  version: number;
  flowMode: TFlowMode;
  wave: string;
  isImported: boolean;
  definition: TSurveyDefinition;
  /** The version in the general model (lib/survey/engine works on this). */
  def: TVersionDef;
};

const byId = new Map<string, TSurveyVersion>();
const activeBySlug = new Map<string, { id: string; at: number }>();
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
    wave: r.wave, isImported: r.is_imported, definition: ZSurveyDefinition.parse(r.definition), def: toVersionDef(r.definition),
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

export async function getActiveVersion(slug: string): Promise<TSurveyVersion | undefined> {
  const cached = activeBySlug.get(slug);
  if (cached && Date.now() - cached.at < ACTIVE_TTL_MS) return getVersion(cached.id);
  const { rows } = await pool().query<TRow>(
    `${SELECT} WHERE s.slug = $1 AND v.is_active ORDER BY v.version DESC LIMIT 1`,
    [slug],
  );
  if (!rows[0]) return undefined;
  activeBySlug.set(slug, { id: rows[0].id, at: Date.now() });
  return byId.get(rows[0].id) ?? toVersion(rows[0]);
}

export async function listSurveys(): Promise<{ slug: string; title: string }[]> {
  const { rows } = await pool().query<{ slug: string; title: string }>(`SELECT slug, title FROM survey ORDER BY created_at`);
  return rows;
}
