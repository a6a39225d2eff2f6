import type { TPartId, TSurveyDefinition } from "@/lib/survey/definition";
import { allPages, type TPageId } from "@/lib/survey/flow";
import { getCompetences, getPart } from "@/lib/survey/model";
import type { TSectorGroup } from "./filters";

/** Dutch labels for the codes stored in responses, taken from the definition. */
export const SECTOR_GROUP_LABELS: Record<TSectorGroup, string> = {
  po_vo: "Primair en voortgezet onderwijs",
  mbo: "Middelbaar beroepsonderwijs",
  ho: "Hoger onderwijs",
};

export const FLOW_MODE_LABELS: Record<string, string> = {
  sequential: "Opeenvolgend (deel 1 en 2)",
  choice: "Keuze (deel 1 of 2)",
};

const PAGE_LABELS: Record<string, string> = {
  welcome: "Welkom en toestemming",
  bg: "Achtergrond",
  choice: "Keuze deel",
  raffle: "Verloting",
  done: "Bedankt (afgerond)",
};

const PAGE_KIND_LABELS: Record<string, string> = {
  activity: "activiteit",
  factors: "factoren",
  dev: "ontwikkeling competenties",
  top5: "top 5 competenties",
  other: "overige activiteiten",
};

export function pageLabel(page: string): string {
  const m = /^(p\d)_(\w+)$/.exec(page);
  if (m) return `Deel ${m[1].slice(1)}: ${PAGE_KIND_LABELS[m[2]] ?? m[2]}`;
  return PAGE_LABELS[page] ?? page;
}

export type TLabels = {
  background: Record<string, Record<string, string>>;
  activity: Record<TPartId, Record<string, string>>;
  competence: Record<TPartId, Record<string, string>>;
  cluster: Record<TPartId, Record<string, string>>;
  other: Record<TPartId, Record<string, string>>;
  factor: Record<string, Record<string, string>>;
  pages: TPageId[];
};

const map = (items: { code: string; label: string }[]) => Object.fromEntries(items.map((o) => [o.code, o.label]));

export function labelsFor(def: TSurveyDefinition): TLabels {
  const parts = def.parts.map((p) => p.id);
  const perPart = <T>(f: (id: TPartId) => T) => Object.fromEntries(parts.map((id) => [id, f(id)])) as Record<TPartId, T>;
  const p1 = def.parts.find((p) => p.id === "p1");
  return {
    background: Object.fromEntries(def.background.map((q) => [q.id, map(q.options)])),
    activity: perPart((id) => map(getPart(def, id).activity.options)),
    competence: perPart((id) =>
      Object.fromEntries(getCompetences(def, getPart(def, id).development.model).map((c) => [c.id, c.label])),
    ),
    cluster: perPart((id) => {
      const model = def.models.find((m) => m.id === getPart(def, id).development.model);
      return Object.fromEntries((model?.clusters ?? []).map((c) => [c.id, c.label]));
    }),
    other: perPart((id) => map(getPart(def, id).other.options)),
    factor: Object.fromEntries(
      Object.entries(p1?.factors?.sets ?? {}).map(([activity, items]) => [
        activity,
        Object.fromEntries(items.map((it) => [it.id, it.text])),
      ]),
    ),
    pages: allPages(def),
  };
}
