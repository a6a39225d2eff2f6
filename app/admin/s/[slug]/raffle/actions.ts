"use server";

import { revalidatePath } from "next/cache";
import { getSurveyContext } from "@/lib/analysis/survey";
import { ResponseError } from "@/lib/responses/errors";
import { deleteWinners, drawRaffle } from "@/lib/responses/raffle-draw";
import { ZRaffleDrawForm } from "@/lib/responses/raffle-pick";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { pick } from "@/lib/i18n/admin";
import { RAFFLE } from "@/lib/i18n/admin/fieldwork";
import { adminLang } from "@/lib/i18n/admin-server";

export type TRaffleState = { errors?: Record<string, string>; drawn?: { seed: string; winners: number } };

const rafflePath = (slug: string) => `/admin/s/${encodeURIComponent(slug)}/raffle`;

/** Draws the winners; the entries drawn from are deleted in the same transaction. */
export async function drawRaffleAction(_prev: TRaffleState, form: FormData): Promise<TRaffleState> {
  const slug = String(form.get("slug") ?? "");
  const { user } = await requireSurveyArea(slug, "raffle");
  const survey = await getSurveyContext(slug);
  const t = pick(RAFFLE, await adminLang());
  if (!survey) return { errors: { form: t.noSurvey } };
  if (form.get("confirm") !== "on") return { errors: { confirm: t.confirm } };
  const parsed = ZRaffleDrawForm.safeParse({ winners: form.get("winners") ?? "", seed: form.get("seed") ?? "" });
  if (!parsed.success) return { errors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "form"), i.message])) };
  try {
    const draw = await drawRaffle(survey.id, parsed.data, user.id);
    revalidatePath(rafflePath(survey.slug));
    return { drawn: { seed: draw.seed, winners: draw.winnerCount } };
  } catch (error) {
    if (error instanceof ResponseError) return { errors: { form: error.message } };
    throw error;
  }
}

/** Deletes a draw's winners' addresses (after contacting them). */
export async function deleteWinnersAction(form: FormData): Promise<void> {
  const slug = String(form.get("slug") ?? "");
  const { user } = await requireSurveyArea(slug, "raffle");
  const survey = await getSurveyContext(slug);
  if (!survey) return;
  await deleteWinners(survey.id, String(form.get("drawId") ?? ""), user.id);
  revalidatePath(rafflePath(survey.slug));
}
