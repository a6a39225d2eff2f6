"use server";

import { revalidatePath } from "next/cache";
import { getSurveyContext } from "@/lib/analysis/survey";
import { createCollector, setCollectorOpen } from "@/lib/survey/collector-service";
import { ZCollectorForm } from "@/lib/survey/collectors";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { pick } from "@/lib/i18n/admin";
import { LINKS } from "@/lib/i18n/admin/fieldwork";
import { adminLang } from "@/lib/i18n/admin-server";

export type TCollectorFormState = { errors?: Record<string, string>; created?: string };

const linksPath = (slug: string) => `/admin/s/${encodeURIComponent(slug)}/links`;

/** Adds a named link (collector) to the survey. */
export async function createCollectorAction(_prev: TCollectorFormState, form: FormData): Promise<TCollectorFormState> {
  const slug = String(form.get("slug") ?? "");
  const { user } = await requireSurveyArea(slug, "links");
  const survey = await getSurveyContext(slug);
  if (!survey) return { errors: { form: pick(LINKS, await adminLang()).noSurvey } };
  const parsed = ZCollectorForm.safeParse({ name: form.get("name") ?? "", code: form.get("code") ?? "" });
  if (!parsed.success) return { errors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "form"), i.message])) };
  const result = await createCollector(survey.id, parsed.data, user.id);
  if (!result.ok) return { errors: { [result.field]: result.message } };
  revalidatePath(linksPath(survey.slug));
  return { created: parsed.data.name };
}

/** Starts or stops a collector: a stopped link shows new respondents that it is no longer in use. */
export async function toggleCollectorAction(form: FormData): Promise<void> {
  const slug = String(form.get("slug") ?? "");
  const { user } = await requireSurveyArea(slug, "links");
  const survey = await getSurveyContext(slug);
  if (!survey) return;
  await setCollectorOpen(survey.id, String(form.get("id") ?? ""), form.get("open") === "true", user.id);
  revalidatePath(linksPath(survey.slug));
}
