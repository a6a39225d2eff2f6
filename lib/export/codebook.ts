import type { TChoiceQuestion, TFlowMode, TPart, TScale, TSurveyDefinition } from "@/lib/survey/definition";
import { getCompetences, getScale, variableNames } from "@/lib/survey/model";

/**
 * The codebook: every export variable with its label, type, value labels, missing values and
 * measurement level, derived from the definition version(s) in the export. It is the contract of
 * the wide CSV (and of every format built on it), so it must stay stable:
 *
 * - One row per response, one column per variable, in codebook order; header = variable names.
 * - Single-choice answers stored as text codes are numbered 1..n in the definition's option order
 *   (`valueLabels[].code` gives the text code behind each number).
 * - Multiple choice and top 5 are 0/1 dichotomies: 1 chosen, 0 not chosen on a page the respondent
 *   answered, empty when the page was not answered or the option was not shown to them.
 * - Empty = system missing (not answered). `missingValues` are user-missing codes: answers that are
 *   not scores ("niet van toepassing" = 0 on the part-2 development scale).
 * - Timestamps are text "YYYY-MM-DD HH:MM:SS" in UTC; booleans are 0/1; numbers use a dot.
 * - In CSV, text starting with = + - @ tab CR or LF gets a leading ' (no formula in a spreadsheet).
 * - With several versions, the newest version's wording and option order win; options only an
 *   older version has get the next free numbers, so a code never changes meaning within a file.
 */
export type TMeasurementLevel = "nominal" | "ordinal" | "scale";
export type TVariableType = "numeric" | "string" | "datetime";
export type TValueLabel = { value: number; label: string; code?: string };

export type TCodebookVariable = {
  name: string;
  label: string;
  /** Where the variable comes from: "meta", a page ID ("bg", "p1_dev", …) or "order". */
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
};

export type TCodebookVersion = { version: number; wave: string; flowMode: TFlowMode; definition: TSurveyDefinition };

export type TCodebook = {
  survey: { slug: string; title: string };
  versions: { version: number; wave: string; flowMode: TFlowMode }[];
  variables: TCodebookVariable[];
};

/** Free text is at most 1000 characters (lib/survey/pages.ts); up to 4 bytes each in UTF-8. */
export const TEXT_WIDTH = 4000;
const NO_YES: TValueLabel[] = [{ value: 0, label: "Nee" }, { value: 1, label: "Ja" }];
const CHOSEN: TValueLabel[] = [{ value: 0, label: "Niet gekozen" }, { value: 1, label: "Gekozen" }];

const str = (name: string, label: string, width: number, group = "meta", note?: string): TCodebookVariable => ({
  name, label, group, type: "string", level: "nominal", width, valueLabels: [], missingValues: [], ...(note ? { note } : {}),
});
const time = (name: string, label: string): TCodebookVariable => ({
  name, label, group: "meta", type: "datetime", level: "scale", valueLabels: [], missingValues: [],
});
const num = (name: string, label: string, level: TMeasurementLevel, valueLabels: TValueLabel[] = [], group = "meta"): TCodebookVariable => ({
  name, label, group, type: "numeric", level, valueLabels, missingValues: [],
});

function metaVariables(): TCodebookVariable[] {
  return [
    str("response_id", "Antwoord-ID", 36),
    str("external_id", "ID in het bronbestand (geïmporteerde antwoorden)", 255),
    str("wave", "Meting (golf)", 20),
    num("definition_version", "Versie van de vragenlijst", "nominal"),
    num("flow_mode", "Verloop van de vragenlijst", "nominal", [
      { value: 1, label: "Beide delen na elkaar", code: "sequential" },
      { value: 2, label: "Eén deel naar keuze", code: "choice" },
    ]),
    str("source", "Bron van de link (?bron=)", 60),
    num("is_finished", "Vragenlijst afgerond", "nominal", NO_YES),
    num("is_imported", "Geïmporteerd antwoord", "nominal", NO_YES),
    {
      ...num("is_duplicate", "Mogelijk dubbel: eerder antwoord in dezelfde meting met dezelfde IP-hash", "nominal", NO_YES),
      note: "Berekend over alle antwoorden van de meting, ongeacht filters. Een gedeeld netwerk (school) geeft ook dezelfde hash: een signaal, geen bewijs.",
    },
    str("last_page", "Laatst bereikte pagina (pagina-ID)", 20),
    time("started_at", "Gestart op (UTC)"),
    time("last_saved_at", "Laatst opgeslagen op (UTC)"),
    time("finished_at", "Afgerond op (UTC)"),
    time("p1_finished_at", "Deel 1 afgerond op (UTC)"),
    time("p2_finished_at", "Deel 2 afgerond op (UTC)"),
    {
      ...num("duration_sec", "Duur in seconden (start tot laatste opslag)", "scale"),
      note: "Geïmporteerde antwoorden: start tot einde volgens het bronbestand.",
    },
  ];
}

function isOrdinal(scale: TScale): boolean {
  const labelled = new Set(scale.labels.map((l) => l.value));
  for (let v = scale.min; v <= scale.max; v++) if (!labelled.has(v)) return false;
  return true;
}

function scaleVariable(name: string, label: string, scale: TScale, group: string, question?: string): TCodebookVariable {
  return {
    name, label, group, type: "numeric", level: isOrdinal(scale) ? "ordinal" : "scale",
    question, valueLabels: scale.labels.map((l) => ({ value: l.value, label: l.label })),
    missingValues: [...scale.missingValues],
  };
}

function choiceVariables(q: TChoiceQuestion, group: string): TCodebookVariable[] {
  const vars: TCodebookVariable[] = [{
    name: q.id, label: q.text, group, type: "numeric", level: "nominal",
    valueLabels: q.options.map((o, i) => ({ value: i + 1, label: o.label, code: o.code })), missingValues: [],
  }];
  const other = q.options.find((o) => o.isOther);
  if (q.otherTextId && other) vars.push(str(q.otherTextId, `${q.text} ${other.label} (tekst)`, TEXT_WIDTH, group));
  return vars;
}

const partName = (part: TPart) => part.title.split(":")[0].trim() || part.id;
const plain = (text: string) => text.replace(/\[activiteit\]/g, "de activiteit");

function partVariables(def: TSurveyDefinition, part: TPart): TCodebookVariable[] {
  const name = partName(part);
  const vars = choiceVariables(part.activity, `${part.id}_activity`);
  if (part.factors) {
    const scale = getScale(def, part.factors.scale);
    // In activity option order: the definition comes back from jsonb with its record keys re-sorted.
    for (const option of part.activity.options) {
      const activity = option.code;
      const activityLabel = option.label;
      for (const item of part.factors.sets[activity] ?? []) {
        vars.push({
          ...scaleVariable(variableNames.factor(part.id, activity, item.id), item.text, scale, `${part.id}_factors`, part.factors.intro),
          note: `Alleen gevraagd bij activiteit "${activityLabel}".`,
        });
      }
    }
  }
  const devScale = getScale(def, part.development.scale);
  for (const c of getCompetences(def, part.development.model)) {
    vars.push(scaleVariable(variableNames.dev(part.id, c.id), `${name} ontwikkeling: ${c.label}`, devScale, `${part.id}_dev`, plain(part.development.text)));
  }
  for (const c of getCompetences(def, part.top5.model)) {
    vars.push({
      ...num(variableNames.top5(part.id, c.id), `${name} top ${part.top5.count}: ${c.label}`, "nominal", CHOSEN, `${part.id}_top5`),
      question: plain(part.top5.text),
    });
  }
  const q = part.other;
  for (const o of q.options) {
    vars.push({
      ...num(variableNames.other(q.id, o.code), `${name} andere activiteiten: ${o.label}`, "nominal", CHOSEN, `${part.id}_other`),
      question: plain(q.text),
      ...(o.hideIfActivity ? { note: `Niet getoond (leeg) bij activiteit "${o.hideIfActivity}".` } : {}),
    });
  }
  if (q.otherTextId) vars.push(str(q.otherTextId, `${name} andere activiteiten: anders, namelijk (tekst)`, TEXT_WIDTH, `${part.id}_other`));
  return vars;
}

function orderVariables(def: TSurveyDefinition, part: TPart): TCodebookVariable[] {
  const competences = getCompetences(def, part.top5.model);
  const width = competences.reduce((n, c) => n + c.id.length + 1, 0);
  const name = partName(part);
  return [
    str(`${part.id}_order`, `${name}: getoonde volgorde van de competenties`, width, "order",
      "Competentie-ID's gescheiden door ';', in de volgorde waarin ze op de pagina's ontwikkeling en top 5 stonden (willekeurig per deelnemer). Leeg als het deel niet is begonnen."),
    ...competences.map((c) => num(`${part.id}_pos_${c.id}`, `${name}: positie van "${c.label}" in de getoonde volgorde`, "scale", [], "order")),
  ];
}

/** The variables of one definition, in questionnaire order. */
export function definitionVariables(def: TSurveyDefinition): TCodebookVariable[] {
  return [
    ...metaVariables(),
    { ...num("consent", "Toestemming voor deelname", "nominal", [{ value: 1, label: "Ja" }], "welcome"), question: def.welcome.consentLabel },
    ...def.background.flatMap((q) => choiceVariables(q, "bg")),
    {
      ...num("part_choice", "Gekozen deel", "nominal", def.parts.map((p, i) => ({ value: i + 1, label: p.title, code: p.id })), "choice"),
      question: def.partChoice.text,
      note: "Alleen bij verloop 'één deel naar keuze'.",
    },
    {
      ...num("extra_part", "Na afloop ook het andere deel gekozen", "nominal", def.parts.map((p, i) => ({ value: i + 1, label: p.title, code: p.id })), "done"),
    },
    ...def.parts.flatMap((p) => partVariables(def, p)),
    ...def.parts.flatMap((p) => orderVariables(def, p)),
  ];
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

export function buildCodebook(survey: { slug: string; title: string }, versions: TCodebookVersion[]): TCodebook {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  let variables: TCodebookVariable[] = [];
  for (const v of newestFirst) {
    const vars = definitionVariables(v.definition);
    variables = variables.length ? mergeVariables(variables, vars) : vars;
  }
  return {
    survey,
    versions: newestFirst.map((v) => ({ version: v.version, wave: v.wave, flowMode: v.flowMode })),
    variables,
  };
}

/** Text code → numeric code for a single-choice variable (the inverse of its value labels). */
export function codeMap(variable: TCodebookVariable): Map<string, number> {
  return new Map(variable.valueLabels.filter((l) => l.code !== undefined).map((l) => [l.code!, l.value]));
}
