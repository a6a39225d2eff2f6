import { z } from "zod";

/**
 * Collectors: a named link per channel (LinkedIn, newsletter, a school mailing) for one survey.
 * The link is the survey's own with `?bron=<code>`; the code is stored as each response's source,
 * so monitoring and exports split by channel. One schema for the client form and the server.
 */
export const ZCollectorForm = z.strictObject({
  name: z.string().trim().min(1, "Geef de link een naam.").max(80, "Naam: hoogstens 80 tekens."),
  code: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Geef een code voor in de link.")
    .max(60, "Code: hoogstens 60 tekens.")
    .regex(/^[a-z0-9][a-z0-9._-]*$/, "Code: alleen kleine letters, cijfers, punt, - en _ (bijvoorbeeld linkedin of nieuwsbrief-mei)."),
});
export type TCollectorForm = z.infer<typeof ZCollectorForm>;

/** A suggested code from a name: "Nieuwsbrief mei" → "nieuwsbrief-mei". */
export function codeFromName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

/** The respondent link of a collector. */
export function collectorLink(origin: string, slug: string, code: string): string {
  return `${origin.replace(/\/$/, "")}/s/${encodeURIComponent(slug)}?bron=${encodeURIComponent(code)}`;
}

export const STOPPED_COLLECTOR_MESSAGE = "Deze link is niet meer in gebruik. Bedankt voor je belangstelling!";
