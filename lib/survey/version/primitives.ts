import { z } from "zod";

/**
 * Building blocks shared by the version schema and the element types. IDs are stable ASCII slugs:
 * they become export variable names, so they never change once data exists.
 */
export const ZId = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, "ID: kleine letters, cijfers en _, beginnend met een letter")
  .max(60, "ID: hoogstens 60 tekens");

/** A text shown to respondents. `{{variable}}` pipes in the label of an earlier answer. */
export const ZText = z.string().trim().min(1, "Vul een tekst in.").max(5000);

/** A language of a version's texts: an ISO 639-1 code such as "nl" or "en". */
export const ZLanguage = z.string().regex(/^[a-z]{2}$/, "Taal: een code van twee kleine letters (ISO 639-1), zoals nl of en.");

/**
 * Display logic as data, evaluated against the answers given so far (lib/survey/engine/conditions.ts).
 * `includes` is for multiple-choice elements: the option with that code was chosen.
 */
export type TCondition =
  | { var: string; equals: string | number }
  | { var: string; in: (string | number)[] }
  | { var: string; includes: string }
  | { answered: string }
  | { not: TCondition }
  | { all: TCondition[] }
  | { any: TCondition[] };

export const ZCondition: z.ZodType<TCondition> = z.lazy(() =>
  z.union([
    z.strictObject({ var: ZId, equals: z.union([z.string(), z.number()]) }),
    z.strictObject({ var: ZId, in: z.array(z.union([z.string(), z.number()])).min(1) }),
    z.strictObject({ var: ZId, includes: ZId }),
    z.strictObject({ answered: ZId }),
    z.strictObject({ not: ZCondition }),
    z.strictObject({ all: z.array(ZCondition).min(1) }),
    z.strictObject({ any: z.array(ZCondition).min(1) }),
  ]),
);

export const ZOption = z.strictObject({
  code: ZId,
  label: ZText,
  help: ZText.optional(),
  /** Choosing it asks for free text ("anders, namelijk"). */
  isOther: z.boolean().optional(),
  /** Choosing it deselects every other option ("geen van deze"). */
  isExclusive: z.boolean().optional(),
  /** The option is offered only when this holds (e.g. not the activity chosen earlier). */
  showIf: ZCondition.optional(),
  /** Group within a list (a cluster of a competence model). */
  group: ZId.optional(),
});
export type TOption = z.infer<typeof ZOption>;

export const ZScale = z.strictObject({
  id: ZId,
  min: z.number().int(),
  max: z.number().int(),
  step: z.number().int().positive().default(1),
  labels: z.array(z.strictObject({ value: z.number().int(), label: ZText })),
  /** Values that are answers but not scores ("niet van toepassing"): user-missing in exports. */
  missingValues: z.array(z.number().int()).default([]),
});
export type TScale = z.infer<typeof ZScale>;

/** A reusable option list (e.g. a competence model), optionally grouped (clusters). */
export const ZList = z.strictObject({
  id: ZId,
  label: ZText,
  groups: z.array(z.strictObject({ id: ZId, label: ZText })).default([]),
  options: z.array(ZOption).min(1),
});
export type TList = z.infer<typeof ZList>;

/** Options given inline, or taken from a list of the version. */
export const ZOptionSource = z.union([
  z.strictObject({ options: z.array(ZOption).min(1) }),
  z.strictObject({ list: ZId }),
]);
