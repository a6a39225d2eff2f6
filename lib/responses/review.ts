import { z } from "zod";
import { parseResumeHash } from "@/lib/survey/client/storage";

/**
 * Response management, the pure part: the researcher's forms (one schema each, for the form and
 * the server action), reading a deletion request (a response ID or the respondent's resume link)
 * and how a response's state reads in the list. The service is lib/responses/manage.ts.
 */

/** exclude: out of figures and exports; keep: reviewed and kept (e.g. a duplicate that is not one); restore: counts again. */
export const REVIEW_DECISIONS = ["exclude", "keep", "restore"] as const;
export type TReviewDecision = (typeof REVIEW_DECISIONS)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const ZReviewForm = z.strictObject({
  responseId: z.string({ error: "Geen antwoord gekozen." }).trim().regex(UUID, "Geen geldig antwoord-ID."),
  decision: z.enum(REVIEW_DECISIONS, { error: "Kies uitsluiten, behouden of herstellen." }),
  reason: z
    .string({ error: "Geef een reden." })
    .trim()
    .min(3, "Geef een reden (minstens 3 tekens).")
    .max(500, "De reden is te lang (hoogstens 500 tekens)."),
});
export type TReviewForm = z.infer<typeof ZReviewForm>;

/** What a deletion request names: the response, and the secret when it came as a resume link. */
export type TDeletionTarget = { responseId: string; secret?: string; via: "id" | "resume-link" };

/**
 * A response ID, or a resume link as the respondent has it (`https://…/s/<slug>#hervat=<id>.<secret>`,
 * or only its `#hervat=…` part). Throws a ZodError with a Dutch message for anything else.
 */
export const ZDeletionRequest = z.strictObject({
  target: z
    .string({ error: "Vul een antwoord-ID of een hervatlink in." })
    .trim()
    .min(1, "Vul een antwoord-ID of een hervatlink in.")
    .max(2000, "Dit is te lang voor een antwoord-ID of hervatlink.")
    .transform((value, ctx): TDeletionTarget => {
      const target = deletionTarget(value);
      if (!target) {
        ctx.addIssue({ code: "custom", message: "Dit is geen antwoord-ID en geen hervatlink (…#hervat=…)." });
        return z.NEVER;
      }
      return target;
    }),
  confirm: z.literal("on", { error: "Bevestig dat het antwoord definitief wordt verwijderd." }),
});
export type TDeletionRequest = z.infer<typeof ZDeletionRequest>;

export function deletionTarget(input: string): TDeletionTarget | undefined {
  const value = input.trim();
  if (UUID.test(value)) return { responseId: value.toLowerCase(), via: "id" };
  const hash = value.includes("#") ? value.slice(value.indexOf("#")) : value;
  const credentials = parseResumeHash(hash);
  return credentials ? { ...credentials, via: "resume-link" } : undefined;
}

/** The survey slug a pasted resume link points at (`/s/<slug>#…`), if it names one. */
export function resumeLinkSlug(input: string): string | undefined {
  return /\/s\/([a-z0-9-]+)(?:[/?#]|$)/i.exec(input.trim())?.[1];
}

/**
 * Near-identical answers, as the duplicates view groups them: responses to the same version whose
 * coded answers (every answer with a number: choices, scales, sliders, rankings) are identical,
 * with at least this many coded answers; open text is left out, so a copy with another remark
 * still matches. Fewer answers say too little (every respondent who only consented is "identical").
 */
export const NEAR_IDENTICAL_MIN_ANSWERS = 10;

export type TResponseState = { finishedAt: Date | null; currentPage: string; isExcluded: boolean };

/** "Afgerond", or "Gestopt op pagina <id>". */
export function progressLabel(r: Pick<TResponseState, "finishedAt" | "currentPage">): string {
  return r.finishedAt ? "Afgerond" : `Niet afgerond (pagina ${r.currentPage})`;
}

/** The review as the list shows it; a test response counts nowhere, whatever its review. */
export function reviewLabel(r: { isExcluded: boolean; isTest?: boolean; reviewedAt: Date | null }): string {
  if (r.isTest) return "Nee (test)";
  if (r.isExcluded) return "Uitgesloten";
  return r.reviewedAt ? "Telt mee (beoordeeld)" : "Telt mee";
}

/** The list's page size and a page number from the URL (1-based; anything else is page 1). */
export const RESPONSES_PAGE_SIZE = 50;
export function pageNumber(raw: string | string[] | undefined): number {
  const v = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(v) && v >= 1 && v <= 1_000_000 ? v : 1;
}

/** Which responses the list shows. */
export const LIST_FILTERS = ["all", "excluded", "included", "test"] as const;
export type TListFilter = (typeof LIST_FILTERS)[number];
export const listFilter = (raw: string | string[] | undefined): TListFilter => {
  const v = Array.isArray(raw) ? raw[0] : raw;
  return (LIST_FILTERS as readonly string[]).includes(v ?? "") ? (v as TListFilter) : "all";
};

/** Deleting all test responses is confirmed with a tick. */
export const ZDeleteTestsForm = z.strictObject({
  confirm: z.literal("on", { error: "Bevestig dat alle testantwoorden definitief worden verwijderd." }),
});

/** IP hashes: deleted by hand (after the duplicate review), or automatically once fieldwork closes. */
export const IP_HASH_RETENTIONS = ["manual", "on-close"] as const;
export type TIpHashRetention = (typeof IP_HASH_RETENTIONS)[number];
export const ZRetentionForm = z.strictObject({
  ipHashRetention: z.enum(IP_HASH_RETENTIONS, { error: "Kies met de hand of bij het sluiten." }),
});
