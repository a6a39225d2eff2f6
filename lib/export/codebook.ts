import { DEFAULT_TIME_ZONE } from "@/lib/format/nl";
import { structure } from "@/lib/survey/engine/structure";
import type { TVariable } from "@/lib/survey/elements/types";
import type { TFlowMode, TVersionDef } from "@/lib/survey/version/schema";
import { metaVariables, orderVariables } from "./meta";

/**
 * The codebook: every export variable with its label, type, value labels, missing values and
 * measurement level, derived from the version(s) in the export through the element registry (each
 * element type's `variables()`), so any survey exports without code. It is the contract of the
 * wide CSV (and of every format built on it), so it must stay stable:
 *
 * - One row per response, one column per variable, in codebook order; header = variable names.
 * - Single-choice answers stored as text codes are numbered 1..n in the version's option order
 *   (`valueLabels[].code` gives the text code behind each number).
 * - Multiple choice and pick-N are 0/1 dichotomies: 1 chosen, 0 not chosen on a page the
 *   respondent answered, empty when the page was not answered or the option was not shown.
 * - Empty = system missing: not answered, or not part of the respondent's version.
 *   `missingValues` are user-missing codes (answers that are not scores).
 * - Timestamps are text "YYYY-MM-DD HH:MM:SS", wall-clock time in the survey's time zone; booleans are 0/1; numbers use a dot.
 * - In CSV, text starting with = + - @ tab CR or LF gets a leading ' (no formula in a spreadsheet).
 * - Versions are merged by variable name: the newest live version's wording and option order win
 *   (an imported version, in an older file's wording, only adds what the live ones lack);
 *   options only an older version has get the next free numbers, so a code never changes meaning
 *   within a file. Where an older version worded a variable differently, `versions` says how.
 */
export type { TMeasurementLevel, TValueLabel } from "@/lib/survey/elements/types";
import type { TMeasurementLevel, TValueLabel } from "@/lib/survey/elements/types";
export type TVariableType = "numeric" | "string" | "datetime";

/** The wording of a variable in one version, where it differs from the codebook's (newest) wording. */
export type TVariableWording = {
  version: number;
  wave: string;
  label?: string;
  question?: string;
  /** Options worded differently in that version, by their number in this file. */
  valueLabels?: TValueLabel[];
  absent?: true;
};

export type TCodebookVariable = {
  name: string;
  label: string;
  /** Where the variable comes from: "meta", the ID of the page that asks it, or "order". */
  group: string;
  type: TVariableType;
  level: TMeasurementLevel;
  /** Longest value in bytes, for string variables (SPSS needs a width). */
  width?: number;
  /** The full question the respondent saw, when it differs from the label. */
  question?: string;
  valueLabels: TValueLabel[];
  missingValues: number[];
  note?: string;
  /** Versions in the export that word this variable differently or do not have it. */
  versions?: TVariableWording[];
};

export type TCodebookVersion = { version: number; wave: string; flowMode: TFlowMode; def: TVersionDef; isImported?: boolean };

export type TCodebook = {
  /** timeZone: the zone whose wall-clock times the timestamps are (survey.json). */
  survey: { slug: string; title: string; timeZone: string };
  versions: { version: number; wave: string; flowMode: TFlowMode }[];
  variables: TCodebookVariable[];
};

export { TEXT_WIDTH } from "@/lib/survey/elements/shared";

/** The variable as the codebook shows it; without a question of its own, its element's text is the question. */
function fromElement(v: TVariable, group: string, elementText: string | undefined): TCodebookVariable {
  const question = v.question ?? elementText;
  return {
    name: v.name, label: v.label, group, type: v.type, level: v.level,
    ...(v.width !== undefined ? { width: v.width } : {}),
    ...(question && question !== v.label ? { question } : {}),
    valueLabels: v.valueLabels, missingValues: v.missingValues,
    ...(v.note ? { note: v.note } : {}),
  };
}

/** The answer variables of a version in questionnaire order, grouped by the page that asks them. */
export function elementVariables(def: TVersionDef): TCodebookVariable[] {
  const s = structure(def);
  return s.variables.map((v) => {
    const { el, page } = s.elements.get(s.ownerOf.get(v.name)!.id)!;
    const text = "text" in el && typeof el.text === "string" ? s.lookup.plain(el.text) : undefined;
    return fromElement(v, page.id, text);
  });
}

/** Every variable of one version: meta, answers, shown orders. */
export function versionVariables(def: TVersionDef, timeZone?: string): TCodebookVariable[] {
  return [...metaVariables(def, timeZone), ...elementVariables(def), ...orderVariables(def)];
}

/** Value labels of the newest version first; codes only older versions know are appended. */
function mergeValueLabels(newer: TValueLabel[], older: TValueLabel[]): TValueLabel[] {
  const out = [...newer];
  const hasCodes = newer.some((l) => l.code !== undefined);
  for (const l of older) {
    const known = hasCodes ? out.some((x) => x.code === l.code) : out.some((x) => x.value === l.value);
    if (known) continue;
    out.push(hasCodes ? { ...l, value: Math.max(0, ...out.map((x) => x.value)) + 1 } : l);
  }
  return out;
}

function mergeVariables(base: TCodebookVariable[], older: TCodebookVariable[]): TCodebookVariable[] {
  const out = [...base];
  const index = new Map(out.map((v, i) => [v.name, i]));
  let after = -1;
  for (const v of older) {
    const at = index.get(v.name);
    if (at !== undefined) {
      const merged = { ...out[at], valueLabels: mergeValueLabels(out[at].valueLabels, v.valueLabels) };
      if (out[at].width !== undefined) merged.width = Math.max(out[at].width!, v.width ?? 0);
      out[at] = merged;
      after = at;
      continue;
    }
    // A variable only the older version has goes right after its predecessor in that version.
    out.splice(after + 1, 0, v);
    after += 1;
    index.clear();
    out.forEach((x, i) => index.set(x.name, i));
  }
  return out;
}

/** Coded options a version labels differently, numbered as in the merged variable. */
function relabelled(merged: TCodebookVariable, own: TCodebookVariable): TValueLabel[] {
  const byCode = new Map(merged.valueLabels.filter((l) => l.code !== undefined).map((l) => [l.code!, l]));
  return own.valueLabels.flatMap((l) => {
    const m = l.code === undefined ? undefined : byCode.get(l.code);
    return m && m.label !== l.label ? [{ value: m.value, label: l.label, code: l.code }] : [];
  });
}

/** Per variable, the versions whose wording differs from the merged one (or that lack it). */
function wordings(variables: TCodebookVariable[], perVersion: { v: TCodebookVersion; vars: Map<string, TCodebookVariable> }[]) {
  if (perVersion.length < 2) return variables;
  return variables.map((variable) => {
    if (variable.group === "meta") return variable;
    const versions: TVariableWording[] = [];
    for (const { v, vars } of perVersion) {
      const own = vars.get(variable.name);
      const head = { version: v.version, wave: v.wave };
      if (!own) {
        versions.push({ ...head, absent: true });
        continue;
      }
      const labels = relabelled(variable, own);
      if (own.label !== variable.label || (own.question ?? "") !== (variable.question ?? "") || labels.length) {
        versions.push({
          ...head,
          ...(own.label !== variable.label ? { label: own.label } : {}),
          ...((own.question ?? "") !== (variable.question ?? "") ? { question: own.question ?? own.label } : {}),
          ...(labels.length ? { valueLabels: labels } : {}),
        });
      }
    }
    return versions.length ? { ...variable, versions } : variable;
  });
}

export function buildCodebook(survey: { slug: string; title: string; timeZone?: string }, versions: TCodebookVersion[]): TCodebook {
  const timeZone = survey.timeZone ?? DEFAULT_TIME_ZONE;
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const liveFirst = [...newestFirst].sort((a, b) => Number(a.isImported ?? false) - Number(b.isImported ?? false));
  const perVersion = liveFirst.map((v) => ({ v, list: versionVariables(v.def, timeZone) }));
  let variables: TCodebookVariable[] = [];
  for (const { list } of perVersion) variables = variables.length ? mergeVariables(variables, list) : list;
  variables = wordings(variables, perVersion.map(({ v, list }) => ({ v, vars: new Map(list.map((x) => [x.name, x])) })));
  return {
    survey: { slug: survey.slug, title: survey.title, timeZone },
    versions: newestFirst.map((v) => ({ version: v.version, wave: v.wave, flowMode: v.flowMode })),
    variables,
  };
}

/** Text code → numeric code for a single-choice variable (the inverse of its value labels). */
export function codeMap(variable: Pick<TCodebookVariable, "valueLabels">): Map<string, number> {
  return new Map(variable.valueLabels.filter((l) => l.code !== undefined).map((l) => [l.code!, l.value]));
}
