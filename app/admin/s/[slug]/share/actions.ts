"use server";

import { revalidatePath } from "next/cache";
import { ZodError } from "zod";
import { canonicalQuery } from "@/lib/analysis/saved-views";
import { getSurveyContext } from "@/lib/analysis/survey";
import { requireResearcher } from "@/lib/auth/guard";
import { ZCreateShareLink, ZRevokeShareLink } from "@/lib/share/schema";
import { createShareLink, revokeShareLink, ShareLinkError } from "@/lib/share/service";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { pick } from "@/lib/i18n/admin";
import { SHARE } from "@/lib/i18n/admin/fieldwork";
import { adminLang } from "@/lib/i18n/admin-server";

/** What the form shows after an attempt: an error, or the new link's path (shown this once). */
export type TShareState = { error?: string; path?: string };

const sharePath = (slug: string) => `/admin/s/${encodeURIComponent(slug)}/share`;
const issues = (e: ZodError) => e.issues.map((i) => i.message).join(" ");

export async function createShareLinkAction(_prev: TShareState, form: FormData): Promise<TShareState> {
  const user = await requireResearcher();
  const parsed = ZCreateShareLink.safeParse({
    slug: form.get("slug"), label: form.get("label") ?? "", expiresOn: form.get("expiresOn") ?? "",
    query: form.get("fixFilters") === "on" ? (form.get("query") ?? "") : null,
  });
  if (!parsed.success) return { error: issues(parsed.error) };
  await requireSurveyArea(parsed.data.slug, "share");
  const survey = await getSurveyContext(parsed.data.slug);
  const t = pick(SHARE, await adminLang());
  if (!survey) return { error: t.noSurvey };
  let query: string | null = null;
  if (parsed.data.query !== null) {
    try {
      const groupings = survey.report ? [] : ["wave", "flow_mode", "version", ...survey.dimensions.map((d) => d.id)];
      query = canonicalQuery(parsed.data.query, survey.dimensions, groupings);
    } catch (error) {
      if (error instanceof ZodError) return { error: t.invalidQuery(issues(error)) };
      throw error;
    }
  }
  try {
    const { token } = await createShareLink({ surveyId: survey.id, label: parsed.data.label, expiresOn: parsed.data.expiresOn, query }, user.id);
    revalidatePath(sharePath(survey.slug));
    return { path: `/r/${token}` };
  } catch (error) {
    if (error instanceof ShareLinkError) return { error: error.message };
    throw error;
  }
}

/** Revokes a link at once; any researcher of the survey may. */
export async function revokeShareLinkAction(form: FormData): Promise<void> {
  const user = await requireResearcher();
  const parsed = ZRevokeShareLink.safeParse({ slug: form.get("slug"), id: form.get("id") });
  if (!parsed.success) return;
  await requireSurveyArea(parsed.data.slug, "share");
  const survey = await getSurveyContext(parsed.data.slug);
  if (!survey) return;
  await revokeShareLink(survey.id, parsed.data.id, user.id);
  revalidatePath(sharePath(survey.slug));
}
