"use server";

import { revalidatePath } from "next/cache";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { formatDateTime } from "@/lib/format/nl";
import { findSurvey, publishDraft, startDraftFromLive, uploadDraft, type TDraftConflict } from "@/lib/survey/publish/service";
import { MAX_DEFINITION_BYTES, ZRevision } from "@/lib/survey/publish/definition";
import { renewTestToken } from "@/lib/survey/test-link-service";

export type TDraftFormState = { error?: string; issues?: { path: string; message: string }[]; done?: string };

const versionsPath = (slug: string) => `/admin/s/${encodeURIComponent(slug)}/versions`;
const conflictMessage = (c: TDraftConflict) =>
  `Het concept is intussen gewijzigd door ${c.updatedBy ?? "iemand anders"} (${formatDateTime(c.updatedAt)}, revisie ${c.revision}). ` +
  "Er is niets overschreven. Bekijk de nieuwe stand en laad je bestand daarna opnieuw; het blijft gekozen.";

/** The form's survey (its editors only). */
const slugOf = (form: FormData) => String(form.get("slug") ?? "");

/** Loads a definition file as the draft (only if the draft is still the revision the researcher saw). */
export async function uploadDraftAction(_prev: TDraftFormState, form: FormData): Promise<TDraftFormState> {
  const { user } = await requireSurveyArea(slugOf(form), "versions");
  const survey = await findSurvey(slugOf(form));
  if (!survey) return { error: "Deze vragenlijst bestaat niet." };
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { error: "Kies een definitiebestand (.json)." };
  if (file.size > MAX_DEFINITION_BYTES) return { error: "Het bestand is te groot (hoogstens 2 MB)." };
  const revision = ZRevision.safeParse(form.get("revision"));
  if (!revision.success) return { error: "Herlaad de pagina en probeer het opnieuw." };
  const result = await uploadDraft(survey.id, await file.text(), revision.data, { id: user.id, email: user.email });
  if (!result.ok && "conflict" in result) return { error: conflictMessage(result.conflict) };
  if (!result.ok) return { error: "Het bestand is geen geldige vragenlijstversie; er is niets veranderd.", issues: result.issues };
  revalidatePath(versionsPath(survey.slug));
  return { done: `Concept bijgewerkt (revisie ${result.revision}).` };
}

/** Publishes the reviewed draft revision as the next version. */
export async function publishAction(_prev: TDraftFormState, form: FormData): Promise<TDraftFormState> {
  const { user } = await requireSurveyArea(slugOf(form), "versions");
  const survey = await findSurvey(slugOf(form));
  if (!survey) return { error: "Deze vragenlijst bestaat niet." };
  const revision = ZRevision.safeParse(form.get("revision"));
  if (!revision.success || revision.data === null) return { error: "Herlaad de pagina en probeer het opnieuw." };
  if (form.get("hasWarnings") === "true" && form.get("confirm") !== "on") {
    return { error: "Deze versie is op punten niet vergelijkbaar met de vorige (zie de waarschuwingen). Vink aan dat je dat begrijpt." };
  }
  const result = await publishDraft(survey.id, revision.data, { id: user.id, email: user.email });
  if (result.ok) {
    revalidatePath(versionsPath(survey.slug));
    return { done: `Versie ${result.version} is gepubliceerd: nieuwe deelnemers krijgen haar vanaf nu; wie al begonnen is, maakt de eigen versie af.` };
  }
  if (result.reason === "conflict") return { error: conflictMessage(result.conflict) };
  if (result.reason === "invalid") return { error: "Het concept is nog niet geldig.", issues: result.issues };
  if (result.reason === "unchanged") return { error: "Het concept is gelijk aan de laatste versie; er is niets te publiceren." };
  return { error: "Er is geen concept." };
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
  const survey = await findSurvey(slugOf(form));
  if (!survey) return { error: "Deze vragenlijst bestaat niet." };
  await renewTestToken(survey.id, user.id);
  revalidatePath(versionsPath(survey.slug));
  return { done: "Nieuwe testlink gemaakt; de vorige werkt niet meer." };
}
