import { z } from "zod";
import { ZElement, type TElement } from "../elements/registry";
import { ZSurveySlug } from "../slug";
import { ZCondition, ZId, ZLanguage, ZList, ZScale, ZText } from "./primitives";
import { checkVersion } from "./check";

/**
 * A survey version: metadata and pages of typed elements, parts, reusable scales and lists,
 * randomised orders and dimensions. Every version is complete on its own; responses record the
 * version they answered. Survey files live in surveys/<slug>/ and are validated with this schema.
 */
export const ZPage = z.strictObject({
  id: ZId,
  title: ZText.optional(),
  /** The part (block of pages) this page belongs to; a part's pages are consecutive. */
  part: ZId.optional(),
  showIf: ZCondition.optional(),
  elements: z.array(ZElement).default([]),
});
export type TPage = z.infer<typeof ZPage>;

export const ZPart = z.strictObject({
  id: ZId,
  title: ZText,
  /** Who or what the part is about, shown where parts are chosen or offered. */
  description: ZText,
  estimatedMinutes: z.number().int().positive().optional(),
});
export type TPart = z.infer<typeof ZPart>;

/**
 * Parts as a design element: `sequential` runs every part in order; `choice` lets the respondent
 * pick one on a choice page and offers the others on the end page.
 */
export const ZFlowMode = z.enum(["sequential", "choice"]);

export const ZParts = z.strictObject({
  mode: ZFlowMode,
  items: z.array(ZPart).min(1),
  choice: z
    .strictObject({
      pageId: ZId.default("choice"),
      variable: ZId.default("part_choice"),
      title: ZText.optional(),
      text: ZText,
      label: ZText.default("Gekozen deel"),
    }),
  /** Choice mode: the variable that records a part taken up from the end page. */
  extra: z.strictObject({ variable: ZId.default("extra_part"), label: ZText.default("Na afloop ook een ander deel gekozen") }).prefault({}),
});
export type TParts = z.infer<typeof ZParts>;
export type TFlowMode = z.infer<typeof ZFlowMode>;

/** A randomised order recorded per respondent and exported as `<id>_order` and `<id>_pos_<code>`. */
export const ZOrderGroup = z.strictObject({
  id: ZId,
  label: ZText,
  /** Label of each position variable; `{label}` is the item's label. */
  positionLabel: ZText.default('Positie van "{label}" in de getoonde volgorde'),
});
export type TOrderGroup = z.infer<typeof ZOrderGroup>;

export const ZVersionDef = z
  .strictObject({
    format: z.literal(2),
    slug: ZSurveySlug,
    version: z.number().int().positive(),
    title: ZText,
    /** Fieldwork wave the responses to this version belong to, e.g. "2023". */
    wave: z.string().min(1).max(20),
    scales: z.array(ZScale).default([]),
    lists: z.array(ZList).default([]),
    orders: z.array(ZOrderGroup).default([]),
    pages: z.array(ZPage).min(1),
    parts: ZParts.optional(),
    end: z.strictObject({
      id: ZId.default("done"),
      title: ZText,
      body: ZText,
      /** Choice mode: the invitation to take up another part. */
      offerText: ZText.optional(),
    }),
    /**
     * Languages of the texts (ISO 639-1); the first is the one the texts above are written in.
     * Absent: Dutch only. See lib/survey/i18n/texts.ts.
     */
    languages: z.array(ZLanguage).min(1).optional(),
    /** Per language, per text key (translatableTexts), the translated text; a missing one shows the source text. */
    translations: z.record(ZLanguage, z.record(z.string().max(300), z.string().trim().max(5000))).optional(),
  })
  .superRefine((def, ctx) => checkVersion(def, (path, message) => ctx.addIssue({ code: "custom", path, message })));
export type TVersionDef = z.infer<typeof ZVersionDef>;
export type TVersionInput = z.input<typeof ZVersionDef>;
export type { TElement };
