import type { TChoiceQuestion, TPartId, TScale, TSurveyDefinition } from "@/lib/survey/definition";
import type { TPageId } from "@/lib/survey/flow";
import { getCompetences, getScale, variableNames, withActivity } from "@/lib/survey/model";

/**
 * What a column of an imported file can be mapped to: a variable of the definition (the export
 * variable names) or a response field (respondent ID, start/end time, IP address).
 * `question` and `sub` are the texts matched against the file's two header rows.
 */
export type TMetaField = "external_id" | "started_at" | "ended_at" | "finished_at" | "p1_finished_at" | "p2_finished_at" | "ip";
type TBase = { id: string; label: string; question: string; sub: string };
export type TTarget = TBase &
  (
    | { kind: "meta"; field: TMetaField }
    | { kind: "single"; page: TPageId; choice: TChoiceQuestion }
    | { kind: "text"; page: TPageId; parent?: string }
    | { kind: "scale"; page: TPageId; scale: TScale }
    | { kind: "flag"; page: TPageId }
  );

export const META_TARGETS: TTarget[] = [
  { id: "_respondent_id", kind: "meta", field: "external_id", label: "Respondent-ID", question: "Respondent ID", sub: "" },
  { id: "_start", kind: "meta", field: "started_at", label: "Startdatum", question: "Start Date", sub: "" },
  { id: "_end", kind: "meta", field: "ended_at", label: "Einddatum", question: "End Date", sub: "" },
  { id: "_ip", kind: "meta", field: "ip", label: "IP-adres (wordt gehasht)", question: "IP Address", sub: "" },
  // Our own export keeps these apart from the last save; SurveyMonkey only has Start/End Date.
  { id: "_finished", kind: "meta", field: "finished_at", label: "Tijdstip afgerond", question: "finished_at", sub: "" },
  { id: "_p1_finished", kind: "meta", field: "p1_finished_at", label: "Tijdstip deel 1 afgerond", question: "p1_finished_at", sub: "" },
  { id: "_p2_finished", kind: "meta", field: "p2_finished_at", label: "Tijdstip deel 2 afgerond", question: "p2_finished_at", sub: "" },
];

function choiceTargets(q: TChoiceQuestion, page: TPageId, questionText: string): TTarget[] {
  const out: TTarget[] = [{ id: q.id, kind: "single", page, choice: q, label: q.text, question: questionText, sub: "" }];
  if (q.otherTextId) {
    out.push({
      id: q.otherTextId, kind: "text", page, parent: q.id, label: `${q.text} (anders, namelijk)`,
      question: questionText, sub: "Other (please specify)",
    });
  }
  return out;
}

function partTargets(def: TSurveyDefinition, partId: TPartId): TTarget[] {
  const part = def.parts.find((p) => p.id === partId);
  if (!part) return [];
  // Waves before activity piping asked about "de gekozen activiteit".
  const text = (t: string) => withActivity(t, "de gekozen activiteit");
  const out = choiceTargets(part.activity, `${partId}_activity`, part.activity.text);
  if (part.factors) {
    const scale = getScale(def, part.factors.scale);
    for (const [activity, items] of Object.entries(part.factors.sets)) {
      for (const it of items) {
        out.push({
          id: variableNames.factor(partId, activity, it.id), kind: "scale", page: `${partId}_factors`, scale,
          label: `Factor (${activity}): ${it.text}`, question: part.factors.intro, sub: it.text,
        });
      }
    }
  }
  const devScale = getScale(def, part.development.scale);
  for (const c of getCompetences(def, part.development.model)) {
    out.push({
      id: variableNames.dev(partId, c.id), kind: "scale", page: `${partId}_dev`, scale: devScale,
      label: `Ontwikkeling: ${c.label}`, question: text(part.development.text), sub: c.label,
    });
  }
  for (const c of getCompetences(def, part.top5.model)) {
    out.push({
      id: variableNames.top5(partId, c.id), kind: "flag", page: `${partId}_top5`,
      label: `Top 5: ${c.label}`, question: text(part.top5.text), sub: c.label,
    });
  }
  const other = part.other;
  for (const o of other.options) {
    out.push({
      id: variableNames.other(other.id, o.code), kind: "flag", page: `${partId}_other`,
      label: `Andere activiteit: ${o.label}`, question: text(other.text), sub: o.label,
    });
  }
  if (other.otherTextId) {
    out.push({
      id: other.otherTextId, kind: "text", page: `${partId}_other`, label: `${text(other.text)} (anders, namelijk)`,
      question: text(other.text), sub: "Other (please specify)",
    });
  }
  return out;
}

/** Every target of a definition, in questionnaire order; ids are unique. */
export function importTargets(def: TSurveyDefinition): TTarget[] {
  const choice: TChoiceQuestion = {
    id: "part_choice", text: def.partChoice.text, isRequired: true,
    options: def.parts.map((p) => ({ code: p.id, label: p.title })),
  };
  const extra: TChoiceQuestion = { ...choice, id: "extra_part", text: "Extra deel", isRequired: false };
  return [
    ...META_TARGETS,
    { id: "consent", kind: "flag", page: "welcome", label: def.welcome.consentLabel, question: def.welcome.consentLabel, sub: "" },
    ...def.background.flatMap((q) => choiceTargets(q, "bg", q.text)),
    ...choiceTargets(choice, "choice", choice.text),
    ...def.parts.flatMap((p) => partTargets(def, p.id)),
    ...choiceTargets(extra, "done", extra.text),
  ];
}
