import { elementType } from "@/lib/survey/elements/registry";
import type { TImportTarget } from "@/lib/survey/elements/types";
import { structure } from "@/lib/survey/engine/structure";
import type { TVersionDef } from "@/lib/survey/version/schema";
import type { TImportHints } from "./hints";

/**
 * What a column of an imported file can be mapped to: a variable of the version (the export
 * variable names), as each element type declares it (`importTargets` in lib/survey/elements), or
 * a response field (respondent ID, start/end time, finish times, IP address).
 * `question` and `sub` are the texts matched against the file's two header rows.
 */
export type TMetaField = "external_id" | "started_at" | "ended_at" | "finished_at" | "part_finished_at" | "ip";
export type TMetaTarget = {
  id: string;
  kind: "meta";
  field: TMetaField;
  /** The part whose finish time this is (`part_finished_at`). */
  part?: string;
  /** The column name in this platform's own wide export. */
  wideName?: string;
  label: string;
  question: string;
  sub: "";
};
export type TAnswerTarget = TImportTarget & { id: string; kind: "answer"; label: string; page: string; group: string };
export type TTarget = TMetaTarget | TAnswerTarget;

const META = (def: TVersionDef): TMetaTarget[] => [
  { id: "_respondent_id", kind: "meta", field: "external_id", wideName: "response_id", label: "Respondent-ID", question: "Respondent ID", sub: "" },
  { id: "_start", kind: "meta", field: "started_at", wideName: "started_at", label: "Startdatum", question: "Start Date", sub: "" },
  { id: "_end", kind: "meta", field: "ended_at", wideName: "last_saved_at", label: "Einddatum", question: "End Date", sub: "" },
  { id: "_ip", kind: "meta", field: "ip", label: "IP-adres (wordt gehasht)", question: "IP Address", sub: "" },
  // Our own export keeps these apart from the last save; SurveyMonkey only has Start/End Date.
  { id: "_finished", kind: "meta", field: "finished_at", wideName: "finished_at", label: "Tijdstip afgerond", question: "finished_at", sub: "" },
  ...(def.parts?.items ?? []).map((p): TMetaTarget => ({
    id: `_finished_${p.id}`, kind: "meta", field: "part_finished_at", part: p.id, wideName: `${p.id}_finished_at`,
    label: `Tijdstip afgerond: ${p.title}`, question: `${p.id}_finished_at`, sub: "",
  })),
];

const PIPE = /\{\{([a-z][a-z0-9_]*)\}\}/g;

/** A definition text as an older file may word it: pipes become the survey's hint words, or go. */
export const withoutPipes = (text: string, hints: TImportHints) => text.replace(PIPE, (_m, v: string) => hints.pipes[v] ?? " ");

/** Every target of a version, in questionnaire order; ids are unique. */
export function importTargets(def: TVersionDef, hints: TImportHints = { pipes: {} }): TTarget[] {
  const s = structure(def);
  const labels = new Map(s.variables.map((v) => [v.name, v.label]));
  const partTitle = new Map((def.parts?.items ?? []).map((p) => [p.id, p.title]));
  const answers: TAnswerTarget[] = [];
  for (const page of s.pages) {
    const group = (page.part && partTitle.get(page.part)) || page.title || page.id;
    for (const el of page.elements) {
      for (const t of elementType(el).importTargets?.(el, s.lookup) ?? []) {
        answers.push({
          ...t, id: t.variable, kind: "answer", page: page.id, group, label: labels.get(t.variable) ?? t.variable,
          question: withoutPipes(t.question, hints), sub: withoutPipes(t.sub, hints),
        });
      }
    }
  }
  return [...META(def), ...answers];
}
