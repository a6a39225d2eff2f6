import "server-only";
import { recordAudit } from "@/lib/audit/service";
import { addCreatorAsOwner } from "@/lib/auth/members";
import { pool, prisma } from "@/lib/db/client";
import { asJson, databaseNow, isUniqueViolation, type TTx } from "@/lib/db/prisma";
import { surveyConfigs } from "../config";
import { forgetOpenVersions } from "../service";
import { toVersionDef } from "../version/load";
import { ZVersionDef, type TVersionDef } from "../version/schema";
import { blankDefinition, definitionJson, MAX_DEFINITION_BYTES, parseDefinition, type TDefinitionIssue } from "./definition";
import type { TNewSurveyForm } from "./new-survey";
import { diffVersions, type TChange } from "./diff";
import type { TAdminLang } from "@/lib/i18n/admin";

/**
 * Surveys built in the platform. A survey has one draft that researchers edit (survey_draft);
 * publishing turns the draft into the next immutable version, open to new respondents from that
 * moment, while everyone who started finishes on the version they started (responses keep their
 * version_id). Versions are never changed or deleted here. Every step is audit-logged.
 */

export type TActor = { id: string; email: string };

export type TDraft = { definition: unknown; revision: number; updatedBy: string | null; updatedAt: Date };

export type TSurveyHead = { id: string; slug: string; title: string; archivedAt: Date | null; versions: number; isFolder: boolean };

/** A survey by slug, with or without versions (a new survey has only a draft). */
export async function findSurvey(slug: string): Promise<TSurveyHead | undefined> {
  const row = await prisma().survey.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, archivedAt: true, _count: { select: { versions: true } } },
  });
  return row ? { id: row.id, slug: row.slug, title: row.title, archivedAt: row.archivedAt, versions: row._count.versions, isFolder: isFolderSurvey(row.slug) } : undefined;
}

export async function getDraft(surveyId: string): Promise<TDraft | null> {
  return prisma().surveyDraft.findUnique({
    where: { surveyId },
    select: { definition: true, revision: true, updatedBy: true, updatedAt: true },
  });
}

/** The survey's newest version that respondents can be given (not an imported wave). */
async function liveVersion(tx: TTx, surveyId: string): Promise<{ version: number; def: TVersionDef } | undefined> {
  const row = await tx.surveyVersion.findFirst({
    where: { surveyId, isImported: false },
    orderBy: [{ isActive: "desc" }, { activeFrom: { sort: "desc", nulls: "last" } }, { version: "desc" }],
    select: { version: true, definition: true },
  });
  return row ? { version: row.version, def: toVersionDef(row.definition) } : undefined;
}

async function nextVersionNumber(tx: TTx, surveyId: string): Promise<number> {
  const { _max } = await tx.surveyVersion.aggregate({ where: { surveyId }, _max: { version: true } });
  return (_max.version ?? 0) + 1;
}

export type TDraftConflict = { revision: number; updatedBy: string | null; updatedAt: Date };
export type TSaveDraftResult =
  | { ok: true; revision: number }
  | { ok: false; conflict: TDraftConflict }
  | { ok: false; issues: TDefinitionIssue[] };

/**
 * Replaces the draft with an uploaded definition file, if nobody saved it since `expectedRevision`
 * (null: the survey had no draft). Invalid files change nothing.
 */
export async function uploadDraft(
  surveyId: string, text: string, expectedRevision: number | null, actor: TActor,
): Promise<TSaveDraftResult> {
  return prisma().$transaction(async (tx) => {
    const survey = await tx.survey.findUniqueOrThrow({ where: { id: surveyId }, select: { slug: true } });
    const parsed = parseDefinition(text, { slug: survey.slug, version: await nextVersionNumber(tx, surveyId) });
    if (!parsed.ok) return parsed;
    const saved = await writeDraft(tx, surveyId, parsed.def, expectedRevision, actor);
    if (saved.ok) {
      await recordAudit({ action: "draft.uploaded", actorId: actor.id, surveyId, details: { revision: saved.revision, bytes: text.length } }, tx);
    }
    return saved;
  });
}

export type TEditorSaveResult =
  | { ok: true; revision: number; issues: TDefinitionIssue[] }
  | { ok: false; conflict: TDraftConflict }
  | { ok: false; tooLarge: true };

/**
 * The editor's autosave: stores the draft as the researcher has it, also while it is not yet
 * valid (a half-typed question is not lost; publishing checks it), if nobody saved since
 * `expectedRevision`. The survey's slug and the next version number are the server's. Returns
 * what still keeps it from being published.
 */
export async function saveEditedDraft(
  surveyId: string, definition: Record<string, unknown>, expectedRevision: number | null, actor: TActor,
): Promise<TEditorSaveResult> {
  return prisma().$transaction(async (tx) => {
    const survey = await tx.survey.findUniqueOrThrow({ where: { id: surveyId }, select: { slug: true } });
    const raw = { ...definition, slug: survey.slug, version: await nextVersionNumber(tx, surveyId) };
    if (Buffer.byteLength(JSON.stringify(raw)) > MAX_DEFINITION_BYTES) return { ok: false as const, tooLarge: true as const };
    const parsed = ZVersionDef.safeParse(raw);
    const issues = parsed.success ? [] : parsed.error.issues.slice(0, 50).map((i) => ({ path: i.path.join("."), message: i.message }));
    const saved = await writeDraft(tx, surveyId, raw, expectedRevision, actor);
    return saved.ok ? { ...saved, issues } : saved;
  });
}

async function writeDraft(
  tx: TTx, surveyId: string, def: TVersionDef | Record<string, unknown>, expectedRevision: number | null, actor: TActor,
): Promise<{ ok: true; revision: number } | { ok: false; conflict: TDraftConflict }> {
  const now = await databaseNow(tx);
  const definition = asJson(def);
  if (expectedRevision === null) {
    const { count } = await tx.surveyDraft.createMany({
      data: [{ surveyId, definition, revision: 1, updatedBy: actor.email, updatedAt: now }], skipDuplicates: true,
    });
    if (count === 1) return { ok: true, revision: 1 };
  } else {
    const { count } = await tx.surveyDraft.updateMany({
      where: { surveyId, revision: expectedRevision },
      data: { definition, revision: { increment: 1 }, updatedBy: actor.email, updatedAt: now },
    });
    if (count === 1) return { ok: true, revision: expectedRevision + 1 };
  }
  const current = await tx.surveyDraft.findUniqueOrThrow({ where: { surveyId }, select: { revision: true, updatedBy: true, updatedAt: true } });
  return { ok: false, conflict: current };
}

/** Starts a draft from the live version (a survey from a folder, or one whose draft was published). */
export async function startDraftFromLive(surveyId: string, actor: TActor): Promise<{ ok: true; revision: number } | { ok: false; message: string }> {
  return prisma().$transaction(async (tx) => {
    const live = await liveVersion(tx, surveyId);
    if (!live) return { ok: false as const, message: "Deze vragenlijst heeft nog geen versie om van uit te gaan." };
    const existing = await tx.surveyDraft.findUnique({ where: { surveyId }, select: { revision: true } });
    const saved = await writeDraft(tx, surveyId, live.def, existing?.revision ?? null, actor);
    if (!saved.ok) return { ok: false as const, message: "Iemand anders heeft het concept net gewijzigd; herlaad de pagina." };
    await recordAudit({ action: "draft.started", actorId: actor.id, surveyId, details: { from: live.version, revision: saved.revision } }, tx);
    return saved;
  });
}

export type TDraftReview =
  | { state: "none" }
  | { state: "invalid"; revision: number; issues: TDefinitionIssue[] }
  | { state: "ready"; revision: number; def: TVersionDef; live?: number; changes: TChange[] };

/** The draft checked as publishing would check it, with its differences from the live version. */
export async function reviewDraft(surveyId: string, lang: TAdminLang = "nl"): Promise<TDraftReview> {
  return prisma().$transaction(async (tx) => {
    const draft = await tx.surveyDraft.findUnique({ where: { surveyId }, select: { definition: true, revision: true } });
    if (!draft) return { state: "none" as const };
    const parsed = ZVersionDef.safeParse(draft.definition);
    if (!parsed.success) {
      return { state: "invalid" as const, revision: draft.revision, issues: parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.join("."), message: i.message })) };
    }
    const live = await liveVersion(tx, surveyId);
    return {
      state: "ready" as const, revision: draft.revision, def: parsed.data, live: live?.version,
      changes: live ? diffVersions(live.def, parsed.data, lang) : [],
    };
  });
}

export type TPublishResult =
  | { ok: true; version: number }
  | { ok: false; reason: "conflict"; conflict: TDraftConflict }
  | { ok: false; reason: "invalid"; issues: TDefinitionIssue[] }
  | { ok: false; reason: "unchanged" | "none" };

/**
 * Publishes the draft the researcher reviewed (`revision`) as the next version, open from now.
 * The draft row is locked, so two researchers publishing at once make one version, and a draft
 * changed after the review is not published unseen.
 */
export async function publishDraft(surveyId: string, revision: number, actor: TActor): Promise<TPublishResult> {
  const result = await prisma().$transaction(async (tx): Promise<TPublishResult> => {
    const locked = await tx.$queryRaw<{ revision: number }[]>`SELECT revision FROM survey_draft WHERE survey_id = ${surveyId}::uuid FOR UPDATE`;
    if (!locked[0]) return { ok: false, reason: "none" };
    const draft = await tx.surveyDraft.findUniqueOrThrow({ where: { surveyId }, select: { definition: true, revision: true, updatedBy: true, updatedAt: true } });
    if (draft.revision !== revision) return { ok: false, reason: "conflict", conflict: draft };
    const survey = await tx.survey.findUniqueOrThrow({ where: { id: surveyId }, select: { slug: true } });
    const version = await nextVersionNumber(tx, surveyId);
    const parsed = ZVersionDef.safeParse({ ...(draft.definition as object), slug: survey.slug, version });
    if (!parsed.success) return { ok: false, reason: "invalid", issues: parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.join("."), message: i.message })) };
    const def = parsed.data;
    const live = await liveVersion(tx, surveyId);
    if (live && definitionJson({ ...live.def, version }) === definitionJson(def)) return { ok: false, reason: "unchanged" };
    const changes = live ? diffVersions(live.def, def) : [];
    const now = await databaseNow(tx);
    await tx.surveyVersion.create({
      data: {
        surveyId, version, definition: asJson(def), flowMode: def.parts?.mode ?? "sequential", wave: def.wave,
        isActive: true, activeFrom: now, publishedAt: now, publishedBy: actor.email, createdAt: now,
      },
    });
    await recordAudit({
      action: "version.published", actorId: actor.id, surveyId,
      details: { version, revision, previous: live?.version ?? null, warnings: changes.filter((c) => c.severity === "warning").length, changes: changes.length },
    }, tx);
    return { ok: true, version };
  });
  if (result.ok) forgetOpenVersions();
  return result;
}

export type TVersionRow = {
  version: number; wave: string; flowMode: string; isActive: boolean; isImported: boolean; activeFrom: Date | null;
  publishedAt: Date | null; publishedBy: string | null; createdAt: Date; started: number; finished: number;
};

/** Version history: every version with who published it and its responses (test responses left out). */
export async function listVersions(surveyId: string): Promise<TVersionRow[]> {
  const { rows } = await pool().query<TVersionRow>(
    `SELECT v.version, v.wave, v.flow_mode::text AS "flowMode", v.is_active AS "isActive", v.is_imported AS "isImported",
            v.active_from AS "activeFrom", v.published_at AS "publishedAt", v.published_by AS "publishedBy", v.created_at AS "createdAt",
            count(r.id) FILTER (WHERE NOT r.is_test)::int AS started, count(r.finished_at) FILTER (WHERE NOT r.is_test)::int AS finished
     FROM survey_version v LEFT JOIN response r ON r.version_id = v.id
     WHERE v.survey_id = $1
     GROUP BY v.id ORDER BY v.version DESC`,
    [surveyId],
  );
  return rows;
}

/** One version's definition file, or undefined when the survey has no such version. */
export async function versionDefinition(surveyId: string, version: number): Promise<TVersionDef | undefined> {
  const row = await prisma().surveyVersion.findUnique({ where: { surveyId_version: { surveyId, version } }, select: { definition: true } });
  return row ? toVersionDef(row.definition) : undefined;
}

/** Surveys whose versions come from a folder in the repository (surveys/<slug>/): not deletable here. */
export function isFolderSurvey(slug: string): boolean {
  return surveyConfigs().some(({ config }) => config.slug === slug || config.aliases.some((a) => a.slug === slug));
}

export type TCreateSurveyResult =
  | { ok: true; slug: string }
  | { ok: false; field: "slug" | "from" | "file" | "form"; message: string; issues?: TDefinitionIssue[] };

/**
 * A new survey with a draft: empty, a copy of another survey's live version (a template or a
 * survey to duplicate), or an uploaded definition file. Nothing is published yet.
 */
export async function createSurvey(form: TNewSurveyForm, fileText: string | undefined, actor: TActor): Promise<TCreateSurveyResult> {
  let def: TVersionDef;
  if (form.start === "blank") def = blankDefinition(form.slug, form.title, form.wave);
  else if (form.start === "copy") {
    const from = form.from ? await prisma().survey.findUnique({ where: { slug: form.from }, select: { id: true } }) : null;
    const live = from ? await prisma().$transaction((tx) => liveVersion(tx, from.id)) : undefined;
    if (!live) return { ok: false, field: "from", message: "Kies een vragenlijst met een gepubliceerde versie om te kopiëren." };
    def = ZVersionDef.parse({ ...live.def, slug: form.slug, version: 1, title: form.title, wave: form.wave });
  } else {
    if (!fileText) return { ok: false, field: "file", message: "Kies een definitiebestand (.json)." };
    const parsed = parseDefinition(fileText, { slug: form.slug, version: 1 });
    if (!parsed.ok) return { ok: false, field: "file", message: "Het bestand is geen geldige vragenlijstversie.", issues: parsed.issues };
    def = parsed.def;
  }
  if (isFolderSurvey(form.slug)) return { ok: false, field: "slug", message: `Het adres "${form.slug}" is al in gebruik.` };
  try {
    await prisma().$transaction(async (tx) => {
      const now = await databaseNow(tx);
      const survey = await tx.survey.create({ data: { slug: form.slug, title: form.title, createdAt: now }, select: { id: true } });
      await tx.surveyDraft.create({ data: { surveyId: survey.id, definition: asJson(def), updatedBy: actor.email, updatedAt: now } });
      await addCreatorAsOwner(tx, survey.id, actor.id);
      await recordAudit({ action: "survey.created", actorId: actor.id, surveyId: survey.id, details: { slug: form.slug, start: form.start, from: form.from ?? null } }, tx);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, field: "slug", message: `Het adres "${form.slug}" is al in gebruik.` };
    throw error;
  }
  return { ok: true, slug: form.slug };
}

export type TSurveyActionResult = { ok: true } | { ok: false; message: string };

/** Deletes a survey nobody has answered yet (no responses, imported ones included); folder surveys stay. */
export async function deleteSurvey(slug: string, actor: TActor): Promise<TSurveyActionResult> {
  if (isFolderSurvey(slug)) return { ok: false, message: "Deze vragenlijst komt uit de map surveys/ van de installatie en kan hier niet worden verwijderd." };
  return prisma().$transaction(async (tx) => {
    const survey = await tx.survey.findUnique({ where: { slug }, select: { id: true, _count: { select: { responses: true } } } });
    if (!survey) return { ok: false, message: "Deze vragenlijst bestaat niet." };
    if (survey._count.responses > 0) {
      return { ok: false, message: `Deze vragenlijst heeft ${survey._count.responses} antwoorden en kan niet worden verwijderd; archiveer haar.` };
    }
    await tx.survey.delete({ where: { id: survey.id } });
    await recordAudit({ action: "survey.deleted", actorId: actor.id, surveyId: survey.id, details: { slug } }, tx);
    return { ok: true };
  });
}

/** Archives a survey (closed to new respondents, listed apart) or brings it back (still closed). */
export async function setArchived(slug: string, isArchived: boolean, actor: TActor): Promise<TSurveyActionResult> {
  return prisma().$transaction(async (tx) => {
    const now = await databaseNow(tx);
    const survey = await tx.survey.findUnique({ where: { slug }, select: { id: true } });
    if (!survey) return { ok: false, message: "Deze vragenlijst bestaat niet." };
    await tx.survey.update({
      where: { id: survey.id },
      data: isArchived ? { archivedAt: now, fieldworkMode: "closed" } : { archivedAt: null },
    });
    await recordAudit({ action: isArchived ? "survey.archived" : "survey.restored", actorId: actor.id, surveyId: survey.id, details: { slug } }, tx);
    return { ok: true };
  });
}
