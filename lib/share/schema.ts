import { z } from "zod";

/** "2026-02-30" is no day (Date.parse would roll it over to March). */
function isCalendarDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
}

/** A new share link as the form sends it; the server parses the same schema. */
export const ZCreateShareLink = z.strictObject({
  slug: z.string().min(1).max(120),
  label: z.string().trim().max(80, "Een omschrijving heeft hoogstens 80 tekens.").transform((s) => s || null),
  /** "YYYY-MM-DD": the last day the link works; empty for no end. */
  expiresOn: z
    .string()
    .trim()
    .refine((s) => s === "" || isCalendarDay(s), "Geef de einddatum als bestaande dag (jjjj-mm-dd).")
    .transform((s) => s || null),
  /** The results page's filters to fix; null when the visitor may choose filters. */
  query: z.string().max(2000, "Deze selectie is te lang om vast te leggen.").nullable(),
});
export type TCreateShareLink = z.infer<typeof ZCreateShareLink>;

export const ZRevokeShareLink = ZCreateShareLink.pick({ slug: true }).extend({ id: z.uuid("Onbekende link.") });
