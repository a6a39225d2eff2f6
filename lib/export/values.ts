import type { TSurveyDefinition } from "@/lib/survey/definition";
import { getCompetences, variableNames } from "@/lib/survey/model";
import { codeMap, definitionVariables, type TCodebook, type TCodebookVariable } from "./codebook";

/**
 * From one response row (as lib/export/query.ts reads it) to the values of every codebook
 * variable. Pure, so the coding rules are unit-tested without a database.
 */
export type TExportRow = {
  id: string;
  external_id: string | null;
  version_id: string;
  wave: string;
  flow_mode: "sequential" | "choice";
  source: string | null;
  is_finished: boolean;
  is_imported: boolean;
  is_duplicate: boolean;
  current_page: string;
  started_at: string;
  last_saved_at: string;
  finished_at: string | null;
  p1_finished_at: string | null;
  p2_finished_at: string | null;
  duration_sec: number | null;
  display_order: Record<string, string[]> | null;
  /** variable → num, or text when num is null. */
  answers: Record<string, number | string> | null;
  /** Pages with at least one stored answer. */
  pages: string[] | null;
};

export type TValue = number | string | null;
export type TVersionInfo = { version: number; definition: TSurveyDefinition };

type TDichotomy = { activityVar: string; hideIfActivity?: string };
type TVersionCoding = { version: number; variables: Set<string>; dichotomies: Map<string, TDichotomy> };
type TExtract = (row: TExportRow, version: TVersionCoding) => TValue;

function versionCoding(info: TVersionInfo): TVersionCoding {
  const def = info.definition;
  const dichotomies = new Map<string, TDichotomy>();
  for (const part of def.parts) {
    const activityVar = part.activity.id;
    for (const c of getCompetences(def, part.top5.model)) dichotomies.set(variableNames.top5(part.id, c.id), { activityVar });
    for (const o of part.other.options) {
      dichotomies.set(variableNames.other(part.other.id, o.code), { activityVar, hideIfActivity: o.hideIfActivity });
    }
  }
  return { version: info.version, variables: new Set(definitionVariables(def).map((v) => v.name)), dichotomies };
}

const bool = (b: boolean) => (b ? 1 : 0);
const META: Record<string, TExtract> = {
  response_id: (r) => r.id,
  external_id: (r) => r.external_id,
  wave: (r) => r.wave,
  definition_version: (_r, v) => v.version,
  flow_mode: (r) => (r.flow_mode === "sequential" ? 1 : 2),
  source: (r) => r.source,
  is_finished: (r) => bool(r.is_finished),
  is_imported: (r) => bool(r.is_imported),
  is_duplicate: (r) => bool(r.is_duplicate),
  last_page: (r) => r.current_page,
  started_at: (r) => r.started_at,
  last_saved_at: (r) => r.last_saved_at,
  finished_at: (r) => r.finished_at,
  p1_finished_at: (r) => r.p1_finished_at,
  p2_finished_at: (r) => r.p2_finished_at,
  duration_sec: (r) => r.duration_sec,
};

export class ExportDataError extends Error {}

function extractor(v: TCodebookVariable): TExtract {
  const name = v.name;
  if (v.group === "meta") {
    const f = META[name];
    if (!f) throw new Error(`no extractor for meta variable ${name}`);
    return f;
  }
  if (v.group === "order") {
    const m = /^(p\d+)_(order|pos)(?:_(.+))?$/.exec(name);
    if (!m) throw new Error(`unexpected order variable ${name}`);
    const [, part, kind, competence] = m;
    // Every response gets an order for every part; it was only shown once the part's activity was answered.
    const shown = (r: TExportRow) => (r.pages?.includes(`${part}_activity`) ? r.display_order?.[part] : undefined);
    if (kind === "order") return (r) => shown(r)?.join(";") ?? null;
    return (r) => {
      const at = shown(r)?.indexOf(competence) ?? -1;
      return at < 0 ? null : at + 1;
    };
  }
  if (v.type === "string") {
    return (r) => {
      const a = r.answers?.[name];
      return a === undefined || a === null ? null : String(a);
    };
  }
  if (v.valueLabels.some((l) => l.code !== undefined)) {
    const codes = codeMap(v);
    return (r) => {
      const a = r.answers?.[name];
      if (a === undefined || a === null) return null;
      const code = codes.get(String(a));
      if (code === undefined) throw new ExportDataError(`Antwoord ${r.id}: onbekende code "${a}" voor ${name}.`);
      return code;
    };
  }
  if (/_(top5|other)$/.test(v.group)) {
    const page = v.group;
    return (r, version) => {
      const d = version.dichotomies.get(name);
      if (!d || !r.pages?.includes(page)) return null;
      if (d.hideIfActivity && r.answers?.[d.activityVar] === d.hideIfActivity) return null;
      return r.answers?.[name] === 1 ? 1 : 0;
    };
  }
  return (r) => {
    const a = r.answers?.[name];
    return typeof a === "number" ? a : null;
  };
}

/** A function from a row to its values in codebook order. */
export function rowMapper(codebook: TCodebook, versions: Map<string, TVersionInfo>): (row: TExportRow) => TValue[] {
  const codings = new Map([...versions].map(([id, info]) => [id, versionCoding(info)]));
  const extractors = codebook.variables.map((v) => ({ f: extractor(v), isMeta: v.group === "meta" || v.group === "order", name: v.name }));
  return (row) => {
    const coding = codings.get(row.version_id);
    if (!coding) throw new Error(`response ${row.id} has version ${row.version_id}, which is not in the export`);
    // Answers a version never asked stay empty, even if a stray row exists.
    return extractors.map((e) => (e.isMeta || coding.variables.has(e.name) ? e.f(row, coding) : null));
  };
}
