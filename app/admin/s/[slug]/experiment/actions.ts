"use server";

import { revalidatePath } from "next/cache";
import { getSurveyContext } from "@/lib/analysis/survey";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { experimentFormInput, ZExperimentForm } from "@/lib/survey/experiment";
import { startExperiment, stopExperiment } from "@/lib/survey/experiment-service";
import { pick } from "@/lib/i18n/admin";
import { EXPERIMENT } from "@/lib/i18n/admin/fieldwork";
import { adminLang } from "@/lib/i18n/admin-server";

export type TExperimentFormState = { error?: string; started?: boolean };

const paths = (slug: string) => [`/admin/s/${encodeURIComponent(slug)}/experiment`, `/admin/s/${encodeURIComponent(slug)}`];

/** Starts a flow experiment on the chosen open versions with their weights. */
export async function startExperimentAction(_prev: TExperimentFormState, form: FormData): Promise<TExperimentFormState> {
  const slug = String(form.get("slug") ?? "");
  const { user } = await requireSurveyArea(slug, "experiment");
  const survey = await getSurveyContext(slug);
  if (!survey) return { error: pick(EXPERIMENT, await adminLang()).noSurvey };
  const parsed = ZExperimentForm.safeParse(experimentFormInput(form.entries()));
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  const result = await startExperiment(survey.id, parsed.data, user.id);
  if (!result.ok) return { error: result.message };
  paths(survey.slug).forEach((p) => revalidatePath(p));
  return { started: true };
}

/** Stops the running experiment: assigned respondents keep their arm. */
export async function stopExperimentAction(form: FormData): Promise<void> {
  const slug = String(form.get("slug") ?? "");
  const { user } = await requireSurveyArea(slug, "experiment");
  const survey = await getSurveyContext(slug);
  if (!survey) return;
  await stopExperiment(survey.id, user.id);
  paths(survey.slug).forEach((p) => revalidatePath(p));
}
