"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getSurveyContext } from "@/lib/analysis/survey";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { ResponseError } from "@/lib/responses/errors";
import { deleteResponse, deleteTestResponses, reviewResponse } from "@/lib/responses/manage";
import { deleteIpHashes, setIpHashRetention } from "@/lib/responses/retention";
import { pick } from "@/lib/i18n/admin";
import { RESPONSES } from "@/lib/i18n/admin/responses";
import { adminLang } from "@/lib/i18n/admin-server";
import { resumeLinkSlug, ZDeleteTestsForm, ZDeletionRequest, ZRetentionForm, ZReviewForm } from "@/lib/responses/review";

/** What a form shows after an attempt: errors per field, or what was done. */
export type TManageState = { errors?: Record<string, string>; done?: string };

const base = (slug: string) => `/admin/s/${encodeURIComponent(slug)}/responses`;
const issues = (error: { issues: { path: PropertyKey[]; message: string }[] }) =>
  Object.fromEntries(error.issues.map((i) => [String(i.path[0] ?? "form"), i.message]));
const texts = async () => pick(RESPONSES, await adminLang());
const noSurvey = async (): Promise<TManageState> => ({ errors: { form: (await texts()).noSurvey } });

function refresh(slug: string) {
  revalidatePath(base(slug), "layout");
  revalidatePath(`/admin/s/${encodeURIComponent(slug)}`, "layout");
}

/** Exclude, keep or restore a response, with the reason. */
export async function reviewAction(_prev: TManageState, form: FormData): Promise<TManageState> {
  const slug = String(form.get("slug") ?? "");
  const { user } = await requireSurveyArea(slug, "responses");
  const survey = await getSurveyContext(slug);
  if (!survey) return noSurvey();
  const parsed = ZReviewForm.safeParse({ responseId: form.get("responseId") ?? "", decision: form.get("decision") ?? "", reason: form.get("reason") ?? "" });
  if (!parsed.success) return { errors: issues(parsed.error) };
  try {
    const row = await reviewResponse(survey.id, parsed.data, user.id);
    refresh(survey.slug);
    const t = await texts();
    return { done: row.isExcluded ? t.doneExcluded : parsed.data.decision === "restore" ? t.doneRestored : t.doneKept };
  } catch (error) {
    if (error instanceof ResponseError) return { errors: { form: error.message } };
    throw error;
  }
}

/** A deletion request: a response ID or the respondent's resume link, confirmed. */
export async function deleteAction(_prev: TManageState, form: FormData): Promise<TManageState> {
  const slug = String(form.get("slug") ?? "");
  const { user } = await requireSurveyArea(slug, "responses");
  const survey = await getSurveyContext(slug);
  if (!survey) return noSurvey();
  const raw = String(form.get("target") ?? "");
  const parsed = ZDeletionRequest.safeParse({ target: raw, confirm: form.get("confirm") ?? undefined });
  if (!parsed.success) return { errors: issues(parsed.error) };
  const linkSlug = resumeLinkSlug(raw);
  if (linkSlug && linkSlug !== survey.slug) return { errors: { target: (await texts()).otherSurveyLink(linkSlug) } };
  try {
    const deleted = await deleteResponse(survey.id, parsed.data.target, user.id);
    refresh(survey.slug);
    if (form.get("back") === "list") redirect(`${base(survey.slug)}?verwijderd=${deleted.responseId}`);
    return { done: (await texts()).doneDeleted(deleted.responseId, deleted.answers, deleted.pageVisits) };
  } catch (error) {
    if (error instanceof ResponseError) return { errors: { target: error.message } };
    throw error;
  }
}

/** How long IP hashes are kept: by hand, or until fieldwork closes. */
export async function retentionAction(_prev: TManageState, form: FormData): Promise<TManageState> {
  const slug = String(form.get("slug") ?? "");
  const { user } = await requireSurveyArea(slug, "responses");
  const survey = await getSurveyContext(slug);
  if (!survey) return noSurvey();
  const parsed = ZRetentionForm.safeParse({ ipHashRetention: form.get("ipHashRetention") ?? "" });
  if (!parsed.success) return { errors: issues(parsed.error) };
  await setIpHashRetention(survey.id, parsed.data.ipHashRetention, user.id);
  refresh(survey.slug);
  return { done: (await texts()).saved };
}

/** Deletes the survey's IP hashes now (irreversible; the duplicate flags stay). */
export async function deleteIpHashesAction(_prev: TManageState, form: FormData): Promise<TManageState> {
  const slug = String(form.get("slug") ?? "");
  const { user } = await requireSurveyArea(slug, "responses");
  const survey = await getSurveyContext(slug);
  if (!survey) return noSurvey();
  if (form.get("confirm") !== "on") return { errors: { confirm: (await texts()).confirmIp } };
  const cleared = await deleteIpHashes(survey.id, user.id, "hand");
  refresh(survey.slug);
  return { done: (await texts()).doneIp(cleared) };
}

/** Deletes all test responses (the test link's) with their answers and page visits, confirmed. */
export async function deleteTestsAction(_prev: TManageState, form: FormData): Promise<TManageState> {
  const slug = String(form.get("slug") ?? "");
  const { user } = await requireSurveyArea(slug, "responses");
  const survey = await getSurveyContext(slug);
  if (!survey) return noSurvey();
  const parsed = ZDeleteTestsForm.safeParse({ confirm: form.get("confirm") ?? undefined });
  if (!parsed.success) return { errors: issues(parsed.error) };
  const deleted = await deleteTestResponses(survey.id, user.id);
  refresh(survey.slug);
  return { done: (await texts()).doneTests(deleted.responses, deleted.answers, deleted.pageVisits) };
}
