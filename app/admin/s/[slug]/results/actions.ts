"use server";

import { revalidatePath } from "next/cache";
import { ZodError } from "zod";
import { canonicalQuery, deleteView, saveView, ZDeleteView, ZSaveView } from "@/lib/analysis/saved-views";
import { getSurveyContext } from "@/lib/analysis/survey";
import { requireResearcher } from "@/lib/auth/guard";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { pick } from "@/lib/i18n/admin";
import { adminLang } from "@/lib/i18n/admin-server";
import { RESULTS } from "@/lib/i18n/admin/results";

/** What the save form shows after an attempt. */
export type TViewState = { error?: string; saved?: string };

const resultsPath = (slug: string) => `/admin/s/${encodeURIComponent(slug)}/results`;
const firstIssue = (e: ZodError) => e.issues.map((i) => i.message).join(" ");

/** Saves the results page's current filters under a name (the same name replaces that view). */
export async function saveViewAction(_prev: TViewState, form: FormData): Promise<TViewState> {
  const user = await requireResearcher();
  const parsed = ZSaveView.safeParse({ slug: form.get("slug"), name: form.get("name"), query: form.get("query") ?? "" });
  if (!parsed.success) return { error: firstIssue(parsed.error) };
  await requireSurveyArea(parsed.data.slug, "results");
  const survey = await getSurveyContext(parsed.data.slug);
  if (!survey) return { error: pick(RESULTS, await adminLang()).noSurvey };
  let query: string;
  try {
    const groupings = survey.report ? [] : ["wave", "flow_mode", "version", ...survey.dimensions.map((d) => d.id)];
    query = canonicalQuery(parsed.data.query, survey.dimensions, groupings);
  } catch (error) {
    if (error instanceof ZodError) return { error: pick(RESULTS, await adminLang()).invalidFilter(firstIssue(error)) };
    throw error;
  }
  await saveView(survey.id, parsed.data.name, query, user.id);
  revalidatePath(resultsPath(survey.slug));
  return { saved: parsed.data.name };
}

/** Removes a saved view (its author or an admin). */
export async function deleteViewAction(form: FormData): Promise<void> {
  const user = await requireResearcher();
  const parsed = ZDeleteView.safeParse({ slug: form.get("slug"), id: form.get("id") });
  if (!parsed.success) return;
  await requireSurveyArea(parsed.data.slug, "results");
  const survey = await getSurveyContext(parsed.data.slug);
  if (!survey) return;
  await deleteView(survey.id, parsed.data.id, user);
  revalidatePath(resultsPath(survey.slug));
}
