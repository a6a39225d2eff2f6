"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireResearcher } from "@/lib/auth/guard";
import { requireSurveyArea, surveyAccess } from "@/lib/auth/survey-access";
import { mayUse } from "@/lib/auth/survey-roles";
import { pick } from "@/lib/i18n/admin";
import { adminLang } from "@/lib/i18n/admin-server";
import { OVERVIEW, surveyMessage } from "@/lib/i18n/admin/overview";
import { MAX_DEFINITION_BYTES } from "@/lib/survey/publish/definition";
import { ZNewSurveyForm } from "@/lib/survey/publish/new-survey";
import { createSurvey, deleteSurvey, setArchived } from "@/lib/survey/publish/service";

export type TNewSurveyState = { errors?: Record<string, string>; issues?: { path: string; message: string }[] };
export type TSurveyRowState = { error?: string };

/** A new survey (blank, a copy of another one's live version, or a definition file); then the editor (blank) or its Versions tab. */
export async function createSurveyAction(_prev: TNewSurveyState, form: FormData): Promise<TNewSurveyState> {
  const user = await requireResearcher();
  const lang = await adminLang();
  const t = pick(OVERVIEW, lang);
  const parsed = ZNewSurveyForm.safeParse({
    title: form.get("title") ?? "", slug: form.get("slug") ?? "", wave: form.get("wave") ?? "",
    start: form.get("start") ?? "", from: form.get("from") || undefined,
  });
  if (!parsed.success) return { errors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "form"), surveyMessage(i.message, lang)])) };
  if (parsed.data.start === "copy") {
    const source = parsed.data.from ? await surveyAccess(user, parsed.data.from) : undefined;
    if (!source || !mayUse(source.role, "versions")) return { errors: { from: t.copyNotAllowed } };
  }
  const file = form.get("file");
  let text: string | undefined;
  if (parsed.data.start === "file" && file instanceof File && file.size > 0) {
    if (file.size > MAX_DEFINITION_BYTES) return { errors: { file: t.fileTooLarge } };
    text = await file.text();
  }
  const result = await createSurvey(parsed.data, text, { id: user.id, email: user.email });
  if (!result.ok) return { errors: { [result.field]: surveyMessage(result.message, lang) }, issues: result.issues };
  revalidatePath("/admin");
  redirect(`/admin/s/${encodeURIComponent(result.slug)}/${parsed.data.start === "blank" ? "editor" : "versions"}`);
}

/** Archives a survey or takes it out of the archive. */
export async function archiveAction(form: FormData): Promise<void> {
  const slug = String(form.get("slug") ?? "");
  const { user } = await requireSurveyArea(slug, "members");
  await setArchived(slug, form.get("archive") === "true", { id: user.id, email: user.email });
  revalidatePath("/admin");
}

/** Deletes a survey without responses. */
export async function deleteSurveyAction(_prev: TSurveyRowState, form: FormData): Promise<TSurveyRowState> {
  const slug = String(form.get("slug") ?? "");
  const { user } = await requireSurveyArea(slug, "members");
  const result = await deleteSurvey(slug, { id: user.id, email: user.email });
  if (!result.ok) return { error: surveyMessage(result.message, await adminLang()) };
  revalidatePath("/admin");
  return {};
}
