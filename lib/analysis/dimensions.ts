import { surveyConfigs, type TDimension } from "@/lib/survey/config";
import type { TStructure } from "@/lib/survey/engine/structure";

/**
 * Dimensions as SQL on `response` (alias `r`): a single-choice answer read from `dims`, or a
 * recode of one (sector → sector group) as a CASE. Besides a survey's own dimensions, every
 * survey can be split by the response's wave, flow mode and definition version.
 */
export const BUILT_IN_GROUPINGS = {
  total: "Totaal",
  wave: "Wave",
  flow_mode: "Verloop",
  version: "Versie",
} as const;
export type TBuiltInGrouping = keyof typeof BUILT_IN_GROUPINGS;

export const FLOW_MODE_LABELS: Record<string, string> = {
  sequential: "Opeenvolgend (alle delen)",
  choice: "Keuze (een deel naar keuze)",
};

/** A text as an SQL string literal. Only IDs (a-z, 0-9, _) reach this, but quote anyway. */
export const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The value of a dimension (or built-in grouping) for a response, as SQL. */
export function groupingSql(id: string, dimensions: TDimension[], alias = "r"): string {
  if (id === "total") return `'alle'`;
  if (id === "wave") return `${alias}.wave`;
  if (id === "flow_mode") return `${alias}.flow_mode::text`;
  if (id === "version") return `(SELECT sv.version::text FROM survey_version sv WHERE sv.id = ${alias}.version_id)`;
  const dim = dimensions.find((d) => d.id === id);
  if (!dim) throw new Error(`Onbekende dimensie ${id}`);
  if ("var" in dim) return `${alias}.dims->>${lit(dim.var)}`;
  const source = `${alias}.dims->>${lit(dim.recode.var)}`;
  const whens = dim.recode.groups.map((g) => `WHEN ${source} IN (${g.from.map(lit).join(", ")}) THEN ${lit(g.code)}`);
  return `CASE ${whens.join(" ")} END`;
}

/** The codes and labels of a dimension, in definition order (a recode's groups, or the options). */
export function dimensionValues(dim: TDimension, s: TStructure): { code: string; label: string }[] {
  if ("recode" in dim) return dim.recode.groups.map((g) => ({ code: g.code, label: g.label }));
  const owner = s.elements.get(dim.var)?.el;
  if (!owner || !("options" in owner || "list" in owner)) return [];
  try {
    return s.lookup.options(owner as { options?: { code: string; label: string }[]; list?: string }).map((o) => ({ code: o.code, label: o.label }));
  } catch {
    return [];
  }
}

/** Every survey's dimensions, by ID: filters parsed without a survey (the export API) look them up here. */
export function knownDimensions(): TDimension[] {
  const seen = new Map<string, TDimension>();
  for (const { config } of surveyConfigs()) for (const d of config.dimensions) if (!seen.has(d.id)) seen.set(d.id, d);
  return [...seen.values()];
}
