"use server";

import { revalidatePath } from "next/cache";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { formatDateTime } from "@/lib/format/nl";
import { findSurvey, publishDraft, startDraftFromLive, uploadDraft, type TDraftConflict } from "@/lib/survey/publish/service";
import { MAX_DEFINITION_BYTES, ZRevision } from "@/lib/survey/publish/definition";
import { renewTestToken } from "@/lib/survey/test-link-service";
import { pick } from "@/lib/i18n/admin";
import { adminLang } from "@/lib/i18n/admin-server";
import { VERSION_ACTIONS } from "@/lib/i18n/admin/versions";

export type TDraftFormState = { error?: string; issues?: { path: string; message: string }[]; done?: string };

const versionsPath = (slug: string) => `/admin/s/${encodeURIComponent(slug)}/versions`;
const conflictMessage = (c: TDraftConflict, t: (typeof VERSION_ACTIONS)["nl"]) => t.conflict(c.updatedBy, formatDateTime(c.updatedAt), c.revision);
/** The outcome texts in the researcher's language. */
const texts = async () => pick(VERSION_ACTIONS, await adminLang());

/** The form's survey (its editors only). */
const slugOf = (form: FormData) => String(form.get("slug") ?? "");

/** Loads a definition file as the draft (only if the draft is still the revision the researcher saw). */
export async function uploadDraftAction(_prev: TDraftFormState, form: FormData): Promise<TDraftFormState> {
  const { user } = await requireSurveyArea(slugOf(form), "versions");
  const t = await texts();
  const survey = await findSurvey(slugOf(form));
  if (!survey) return { error: t.noSurvey };
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { error: t.chooseFile };
  if (file.size > MAX_DEFINITION_BYTES) return { error: t.tooLarge };
  const revision = ZRevision.safeParse(form.get("revision"));
  if (!revision.success) return { error: t.reload };
  const result = await uploadDraft(survey.id, await file.text(), revision.data, { id: user.id, email: user.email });
  if (!result.ok && "conflict" in result) return { error: conflictMessage(result.conflict, t) };
  if (!result.ok) return { error: t.badFile, issues: result.issues };
  revalidatePath(versionsPath(survey.slug));
  return { done: t.uploaded(result.revision) };
}

/** Publishes the reviewed draft revision as the next version. */
export async function publishAction(_prev: TDraftFormState, form: FormData): Promise<TDraftFormState> {
  const { user } = await requireSurveyArea(slugOf(form), "versions");
  const t = await texts();
  const survey = await findSurvey(slugOf(form));
  if (!survey) return { error: t.noSurvey };
  const revision = ZRevision.safeParse(form.get("revision"));
  if (!revision.success || revision.data === null) return { error: t.reload };
  if (form.get("hasWarnings") === "true" && form.get("confirm") !== "on") {
    return { error: t.confirmWarnings };
  }
  const result = await publishDraft(survey.id, revision.data, { id: user.id, email: user.email });
  if (result.ok) {
    revalidatePath(versionsPath(survey.slug));
    return { done: t.published(result.version) };
  }
  if (result.reason === "conflict") return { error: conflictMessage(result.conflict, t) };
  if (result.reason === "invalid") return { error: t.invalid, issues: result.issues };
  if (result.reason === "unchanged") return { error: t.unchanged };
  return { error: t.noDraft };
}

/** Starts a draft from the live version. */
export async function startDraftAction(form: FormData): Promise<void> {
  const { user } = await requireSurveyArea(slugOf(form), "versions");
  const survey = await findSurvey(slugOf(form));
  if (!survey) return;
  await startDraftFromLive(survey.id, { id: user.id, email: user.email });
  revalidatePath(versionsPath(survey.slug));
  revalidatePath(`/admin/s/${encodeURIComponent(survey.slug)}/editor`);
}

/** A new test-link token: the old test link stops working at once. */
export async function renewTestLinkAction(_prev: TDraftFormState, form: FormData): Promise<TDraftFormState> {
  const { user } = await requireSurveyArea(slugOf(form), "versions");
  const t = await texts();
  const survey = await findSurvey(slugOf(form));
  if (!survey) return { error: t.noSurvey };
  await renewTestToken(survey.id, user.id);
  revalidatePath(versionsPath(survey.slug));
  return { done: t.renewed };
}
