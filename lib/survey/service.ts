import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
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

const versionFields = {
  id: true, surveyId: true, version: true, flowMode: true, wave: true, isImported: true, definition: true,
  survey: { select: { slug: true } },
} satisfies Prisma.SurveyVersionSelect;
type TRow = Prisma.SurveyVersionGetPayload<{ select: typeof versionFields }>;

function toVersion(r: TRow): TSurveyVersion {
  const v: TSurveyVersion = {
    id: r.id, surveyId: r.surveyId, slug: r.survey.slug, version: r.version, flowMode: r.flowMode,
    wave: r.wave, isImported: r.isImported, def: toVersionDef(r.definition),
  };
  byId.set(v.id, v);
  return v;
}

export async function getVersion(id: string): Promise<TSurveyVersion | undefined> {
  const hit = byId.get(id);
  if (hit) return hit;
  const row = await prisma().surveyVersion.findUnique({ where: { id }, select: versionFields });
  return row ? toVersion(row) : undefined;
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

/** Drops this instance's list of open versions (after a publish); other instances refresh within ACTIVE_TTL_MS. */
export function forgetOpenVersions(): void {
  activeBySlug.clear();
}

async function openVersions(slug: string, isFresh = false): Promise<TEntry[]> {
  const cached = activeBySlug.get(slug);
  if (!isFresh && cached && Date.now() - cached.at < ACTIVE_TTL_MS) return cached.entries;
  const rows = await prisma().surveyVersion.findMany({
    where: { isActive: true, survey: { slug } },
    select: { id: true, version: true, activeFrom: true },
  });
  const entries = rows.map((r) => ({ id: r.id, version: r.version, activeFrom: r.activeFrom ? r.activeFrom.getTime() : null }));
  activeBySlug.set(slug, { entries, at: Date.now() });
  return entries;
}

/** The open version for a new respondent (see pickEntry); `requested` enters a specific open version. */
export async function getActiveVersion(slug: string, requested?: number): Promise<TSurveyVersion | undefined> {
  let entry = pickEntry(await openVersions(slug), Date.now(), requested);
  // A version just published by another instance (or the admin side of this one) is not in this
  // instance's list yet: a respondent whose page already shows it is not turned away.
  if (!entry && requested !== undefined) entry = pickEntry(await openVersions(slug, true), Date.now(), requested);
  return entry ? getVersion(entry.id) : undefined;
}

export async function listSurveys(): Promise<{ slug: string; title: string }[]> {
  return prisma().survey.findMany({ select: { slug: true, title: true }, orderBy: { createdAt: "asc" } });
}
