"use server";

import { revalidatePath } from "next/cache";
import { removeMember, setMember, ZAddMember } from "@/lib/auth/members";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { adminLang } from "@/lib/i18n/admin-server";
import { memberMessage } from "@/lib/i18n/admin/access";

export type TMemberFormState = { errors?: Record<string, string>; saved?: string };

const membersPath = (slug: string) => `/admin/s/${encodeURIComponent(slug)}/members`;

/** Gives an account a role on the survey, or changes it (owners and admins). */
export async function setMemberAction(_prev: TMemberFormState, form: FormData): Promise<TMemberFormState> {
  const slug = String(form.get("slug") ?? "");
  const { user, access } = await requireSurveyArea(slug, "members");
  const parsed = ZAddMember.safeParse({ email: form.get("email") ?? "", role: form.get("role") ?? "" });
  const lang = await adminLang();
  if (!parsed.success) return { errors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "form"), memberMessage(i.message, lang)])) };
  const result = await setMember(access.surveyId, parsed.data, user.id);
  if (!result.ok) return { errors: { [result.field ?? "form"]: memberMessage(result.message, lang) } };
  revalidatePath(membersPath(slug));
  return { saved: parsed.data.email };
}

/** Takes an account off the survey. */
export async function removeMemberAction(_prev: TMemberFormState, form: FormData): Promise<TMemberFormState> {
  const slug = String(form.get("slug") ?? "");
  const { user, access } = await requireSurveyArea(slug, "members");
  const result = await removeMember(access.surveyId, String(form.get("userId") ?? ""), user.id);
  if (!result.ok) return { errors: { form: memberMessage(result.message, await adminLang()) } };
  revalidatePath(membersPath(slug));
  return {};
}
