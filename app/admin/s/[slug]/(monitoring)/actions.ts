"use server";

import { revalidatePath } from "next/cache";
import { ZFieldworkForm } from "@/lib/survey/fieldwork";
import { setFieldwork } from "@/lib/survey/fieldwork-service";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { getSurveyContext } from "@/lib/analysis/survey";
import { enforceIpHashRetention } from "@/lib/responses/retention";
import { pick } from "@/lib/i18n/admin";
import { adminLang } from "@/lib/i18n/admin-server";
import { MONITORING } from "@/lib/i18n/admin/monitoring";

/** What the fieldwork form shows after an attempt: errors per field, or that it was saved. */
export type TFieldworkFormState = { errors?: Record<string, string>; saved?: boolean };

/** Opens or closes the survey (by hand, by date-time, by a response limit). */
export async function saveFieldworkAction(_prev: TFieldworkFormState, form: FormData): Promise<TFieldworkFormState> {
  const slug = String(form.get("slug") ?? "");
  const { user } = await requireSurveyArea(slug, "fieldwork");
  const parsed = ZFieldworkForm.safeParse({
    mode: form.get("mode"), opensAt: form.get("opensAt") ?? "", closesAt: form.get("closesAt") ?? "", responseLimit: form.get("responseLimit") ?? "",
  });
  if (!parsed.success) return { errors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "form"), i.message])) };
  if (!(await setFieldwork(slug, parsed.data, user.id))) return { errors: { form: pick(MONITORING, await adminLang()).noSurvey } };
  const survey = await getSurveyContext(slug);
  if (survey) await enforceIpHashRetention(survey.id);
  revalidatePath(`/admin/s/${encodeURIComponent(slug)}`);
  return { saved: true };
}
