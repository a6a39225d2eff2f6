import { z } from "zod";
import { ZSurveySlug } from "../slug";

/**
 * The questionnaire as data. A definition is versioned: every response records the
 * version it answered, so wording changes never rewrite history.
 * IDs are stable ASCII slugs: they become export variable names.
 */
export const ZSlug = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, "ID: kleine letters, cijfers en _, beginnend met een letter");

/** A survey's address in URLs (/s/<slug>). */
export const ZFlowMode = z.enum(["sequential", "choice"]);
export type TFlowMode = z.infer<typeof ZFlowMode>;

export const ZPartId = z.enum(["p1", "p2"]);
export type TPartId = z.infer<typeof ZPartId>;

export const ZOption = z.object({
  code: ZSlug,
  label: z.string().min(1),
  help: z.string().optional(),
  /** Selecting it asks for free text, stored in the question's `otherTextId`. */
  isOther: z.boolean().optional(),
  /** Selecting it deselects every other option ("Geen andere activiteiten"). */
  isExclusive: z.boolean().optional(),
  /** Hidden when the respondent chose this activity in the same part. */
  hideIfActivity: ZSlug.optional(),
});
export type TOption = z.infer<typeof ZOption>;

export const ZChoiceQuestion = z.object({
  id: ZSlug,
  text: z.string().min(1),
  help: z.string().optional(),
  options: z.array(ZOption).min(2),
  /** Variable that holds the "anders, namelijk" text. */
  otherTextId: ZSlug.optional(),
  isRequired: z.boolean().default(true),
});
export type TChoiceQuestion = z.infer<typeof ZChoiceQuestion>;

export const ZScaleLabel = z.object({ value: z.number().int(), label: z.string().min(1) });

export const ZScale = z.object({
  id: ZSlug,
  min: z.number().int(),
  max: z.number().int(),
  labels: z.array(ZScaleLabel),
  /** Values that are answers but not scores ("niet van toepassing"): user-missing in exports. */
  missingValues: z.array(z.number().int()).default([]),
});
export type TScale = z.infer<typeof ZScale>;

export const ZCompetence = z.object({ id: ZSlug, label: z.string().min(1) });
export type TCompetence = z.infer<typeof ZCompetence>;

export const ZCluster = z.object({
  id: ZSlug,
  label: z.string().min(1),
  competences: z.array(ZCompetence).min(1),
});
export type TCluster = z.infer<typeof ZCluster>;

export const ZCompetenceModel = z.object({
  id: ZSlug,
  label: z.string().min(1),
  clusters: z.array(ZCluster).min(1),
});
export type TCompetenceModel = z.infer<typeof ZCompetenceModel>;

export const ZFactorItem = z.object({ id: ZSlug, text: z.string().min(1) });
export type TFactorItem = z.infer<typeof ZFactorItem>;

export const ZPart = z.object({
  id: ZPartId,
  title: z.string().min(1),
  /** Who the part is about, shown on the part choice. */
  description: z.string().min(1),
  estimatedMinutes: z.number().int().positive(),
  activity: ZChoiceQuestion,
  /** Slider statements per activity code; absent for parts without factors. */
  factors: z
    .object({
      intro: z.string().min(1),
      scale: ZSlug,
      sets: z.record(ZSlug, z.array(ZFactorItem).min(1)),
    })
    .optional(),
  /** "[activiteit]" in texts is replaced by the chosen activity's label. */
  development: z.object({ text: z.string().min(1), scale: ZSlug, model: ZSlug }),
  top5: z.object({ text: z.string().min(1), model: ZSlug, count: z.number().int().positive() }),
  other: ZChoiceQuestion,
});
export type TPart = z.infer<typeof ZPart>;

export const ZSurveyDefinition = z
  .object({
    slug: ZSurveySlug,
    version: z.number().int().positive(),
    title: z.string().min(1),
    flowMode: ZFlowMode,
    /** Fieldwork wave the live responses belong to, e.g. "2023". */
    wave: z.string().min(1),
    welcome: z.object({
      title: z.string().min(1),
      paragraphs: z.array(z.string().min(1)).min(1),
      privacy: z.string().min(1),
      consentLabel: z.string().min(1),
    }),
    background: z.array(ZChoiceQuestion).min(1),
    partChoice: z.object({ text: z.string().min(1) }),
    scales: z.array(ZScale).min(1),
    models: z.array(ZCompetenceModel).min(1),
    parts: z.array(ZPart).min(1),
    raffle: z.object({ text: z.string().min(1), emailLabel: z.string().min(1) }),
    thanks: z.object({ title: z.string().min(1), body: z.string().min(1) }),
  })
  .superRefine((def, ctx) => {
    const scaleIds = new Set(def.scales.map((s) => s.id));
    const modelIds = new Set(def.models.map((m) => m.id));
    const issue = (message: string, path: (string | number)[]) =>
      ctx.addIssue({ code: "custom", message, path });

    for (const [i, m] of def.models.entries()) {
      const ids = m.clusters.flatMap((c) => c.competences.map((x) => x.id));
      const dup = ids.find((id, j) => ids.indexOf(id) !== j);
      if (dup) issue(`competentie "${dup}" komt twee keer voor in model ${m.id}`, ["models", i]);
    }
    for (const [i, p] of def.parts.entries()) {
      const path = ["parts", i];
      if (!scaleIds.has(p.development.scale)) issue(`onbekende schaal ${p.development.scale}`, path);
      if (!modelIds.has(p.development.model)) issue(`onbekend model ${p.development.model}`, path);
      if (!modelIds.has(p.top5.model)) issue(`onbekend model ${p.top5.model}`, path);
      const model = def.models.find((m) => m.id === p.top5.model);
      const size = model?.clusters.reduce((n, c) => n + c.competences.length, 0) ?? 0;
      if (model && size < p.top5.count) issue(`model ${model.id} heeft minder dan ${p.top5.count} competenties`, path);
      if (p.factors) {
        if (!scaleIds.has(p.factors.scale)) issue(`onbekende schaal ${p.factors.scale}`, path);
        for (const code of Object.keys(p.factors.sets)) {
          if (!p.activity.options.some((o) => o.code === code)) {
            issue(`factorset voor onbekende activiteit ${code}`, [...path, "factors"]);
          }
        }
      }
    }
    const partIds = def.parts.map((p) => p.id);
    if (new Set(partIds).size !== partIds.length) issue("elk deel mag maar één keer voorkomen", ["parts"]);
  });
export type TSurveyDefinition = z.infer<typeof ZSurveyDefinition>;
