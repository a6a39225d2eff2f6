import type { TCompetence, TPart, TPartId, TScale, TSurveyDefinition } from "./definition";

/** Small look-ups over a definition, shared by the flow, the forms, analyses and exports. */
export function getPart(def: TSurveyDefinition, id: TPartId): TPart {
  const part = def.parts.find((p) => p.id === id);
  if (!part) throw new Error(`Deel ${id} bestaat niet in ${def.slug} v${def.version}`);
  return part;
}

export function getScale(def: TSurveyDefinition, id: string): TScale {
  const scale = def.scales.find((s) => s.id === id);
  if (!scale) throw new Error(`Schaal ${id} bestaat niet`);
  return scale;
}

export function getCompetences(def: TSurveyDefinition, modelId: string): (TCompetence & { clusterId: string })[] {
  const model = def.models.find((m) => m.id === modelId);
  if (!model) throw new Error(`Model ${modelId} bestaat niet`);
  return model.clusters.flatMap((c) => c.competences.map((x) => ({ ...x, clusterId: c.id })));
}

export function activityLabel(part: TPart, code: string | undefined): string {
  return part.activity.options.find((o) => o.code === code)?.label ?? "de activiteit";
}

/**
 * Replaces "[activiteit]" with the chosen activity, lower-cased mid-sentence. "door deelname aan
 * [activiteit]" with the label "Deelname aan een congres" must not read "deelname aan deelname aan".
 */
export function withActivity(text: string, label: string): string {
  const lower = label.charAt(0).toLowerCase() + label.slice(1);
  return text.replace(/(deelname aan )?\[activiteit\]/gi, (_m, lead: string | undefined) =>
    lead && /^deelname aan /i.test(lower) ? lower : `${lead ?? ""}${lower}`,
  );
}

/** Export variable names, derived from stable item IDs. */
export const variableNames = {
  factor: (part: TPartId, activity: string, item: string) => `${part}_factor_${activity}_${item}`,
  dev: (part: TPartId, competence: string) => `${part}_dev_${competence}`,
  top5: (part: TPartId, competence: string) => `${part}_top5_${competence}`,
  other: (questionId: string, code: string) => `${questionId}_${code}`,
};
