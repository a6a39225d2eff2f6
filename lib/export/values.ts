import type { TSurveyDefinition } from "@/lib/survey/definition";
import { variableNames } from "@/lib/survey/model";
import { codeMap, definitionVariables, type TCodebook, type TCodebookVariable } from "./codebook";

/**
 * From one response row (as lib/export/query.ts reads it) to the values of every codebook
 * variable. Pure, so the coding rules are unit-tested without a database.
 *
 * It runs for every cell of 100,000 × ~300, so the codebook is compiled once into index-based
 * tables and each row is filled by walking its ~60 answers, not by looking up 300 names: objects
 * with per-response key sets made property access megamorphic and the export 10× slower.
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
  /**
   * The answers as the members of a flat JSON array, without brackets: `"variable",num` or
   * `"variable","text"` pairs (built by string_agg in SQL; see encodeAnswers).
   */
  answers: string | null;
};

export type TValue = number | string | null;
export type TVersionInfo = { version: number; definition: TSurveyDefinition };

/** The wire format of TExportRow.answers, for tests and for anything producing rows outside SQL. */
export function encodeAnswers(answers: Record<string, number | string>): string {
  return Object.entries(answers).map(([k, v]) => `${JSON.stringify(k)},${JSON.stringify(v)}`).join(",");
}

export class ExportDataError extends Error {}

type TKind = "meta" | "order" | "text" | "code" | "num" | "dich";
type THidden = { index: number; activityIndex: number; activityCode: number };
type TVersionPlan = { version: number; mask: Uint8Array; hidden: THidden[] };
type TOrderPlan = { part: string; orderIndex: number; activityPage: number; positions: Map<string, number> };
type TMeta = (row: TExportRow, version: number) => TValue;

const bool = (b: boolean) => (b ? 1 : 0);
const META: Record<string, TMeta> = {
  response_id: (r) => r.id,
  external_id: (r) => r.external_id,
  wave: (r) => r.wave,
  definition_version: (_r, version) => version,
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

function kindOf(v: TCodebookVariable): TKind {
  if (v.group === "meta") return "meta";
  if (v.group === "order") return "order";
  if (v.type === "string") return "text";
  if (v.valueLabels.some((l) => l.code !== undefined)) return "code";
  return /_(top5|other)$/.test(v.group) ? "dich" : "num";
}

/** Which variables a version asked, and which options it hid for which activity. */
function versionPlan(info: TVersionInfo, index: Map<string, number>, codes: (Map<string, number> | undefined)[]): TVersionPlan {
  const def = info.definition;
  const mask = new Uint8Array(index.size);
  for (const v of definitionVariables(def)) {
    const i = index.get(v.name);
    if (i !== undefined) mask[i] = 1;
  }
  const hidden: THidden[] = [];
  for (const part of def.parts) {
    const activityIndex = index.get(part.activity.id);
    if (activityIndex === undefined) continue;
    for (const o of part.other.options) {
      const i = index.get(variableNames.other(part.other.id, o.code));
      const activityCode = o.hideIfActivity ? codes[activityIndex]?.get(o.hideIfActivity) : undefined;
      if (i !== undefined && activityCode !== undefined) hidden.push({ index: i, activityIndex, activityCode });
    }
  }
  return { version: info.version, mask, hidden };
}

/** A function from a row to its values in codebook order. */
export function rowMapper(codebook: TCodebook, versions: Map<string, TVersionInfo>): (row: TExportRow) => TValue[] {
  const vars = codebook.variables;
  const n = vars.length;
  const index = new Map(vars.map((v, i) => [v.name, i]));
  const kind = vars.map(kindOf);
  const codes = vars.map((v, i) => (kind[i] === "code" ? codeMap(v) : undefined));
  const pages: string[] = [];
  const pageOf = new Int16Array(n).fill(-1);
  vars.forEach((v, i) => {
    if (kind[i] === "meta" || kind[i] === "order") return;
    if (!pages.includes(v.group)) pages.push(v.group);
    pageOf[i] = pages.indexOf(v.group);
  });
  const dichotomiesOnPage: number[][] = pages.map(() => []);
  vars.forEach((_v, i) => kind[i] === "dich" && dichotomiesOnPage[pageOf[i]].push(i));
  const meta: [number, TMeta][] = [];
  vars.forEach((v, i) => {
    if (kind[i] !== "meta") return;
    const f = META[v.name];
    if (!f) throw new Error(`no value for meta variable ${v.name}`);
    meta.push([i, f]);
  });
  const orders: TOrderPlan[] = [];
  vars.forEach((v, i) => {
    const m = /^(p\d+)_order$/.exec(v.name);
    if (!m) return;
    const part = m[1];
    const positions = new Map<string, number>();
    vars.forEach((w, j) => w.name.startsWith(`${part}_pos_`) && positions.set(w.name.slice(part.length + 5), j));
    // Every response gets an order for every part; it was only shown once the part's activity was answered.
    orders.push({ part, orderIndex: i, activityPage: pages.indexOf(`${part}_activity`), positions });
  });
  const plans = new Map([...versions].map(([id, info]) => [id, versionPlan(info, index, codes)]));

  return (row) => {
    const plan = plans.get(row.version_id);
    if (!plan) throw new Error(`response ${row.id} has version ${row.version_id}, which is not in the export`);
    const values: TValue[] = new Array(n).fill(null);
    const answered = new Uint8Array(pages.length);
    const flat: unknown[] = row.answers ? JSON.parse(`[${row.answers}]`) : [];
    for (let k = 0; k < flat.length; k += 2) {
      const i = index.get(flat[k] as string);
      // Answers a version never asked stay empty, even if a stray row exists.
      if (i === undefined || !plan.mask[i] || pageOf[i] < 0) continue;
      const a = flat[k + 1];
      answered[pageOf[i]] = 1;
      switch (kind[i]) {
        case "num":
          values[i] = typeof a === "number" ? a : null;
          break;
        case "text":
          values[i] = a === null ? null : String(a);
          break;
        case "dich":
          values[i] = a === 1 ? 1 : 0;
          break;
        case "code": {
          const code = codes[i]!.get(String(a));
          if (code === undefined) throw new ExportDataError(`Antwoord ${row.id}: onbekende code "${a}" voor ${vars[i].name}.`);
          values[i] = code;
        }
      }
    }
    // 0 = not chosen, but only on a page the respondent answered.
    for (let p = 0; p < pages.length; p++) {
      if (!answered[p]) continue;
      for (const i of dichotomiesOnPage[p]) if (plan.mask[i] && values[i] === null) values[i] = 0;
    }
    for (const h of plan.hidden) if (values[h.activityIndex] === h.activityCode) values[h.index] = null;
    for (const [i, f] of meta) values[i] = f(row, plan.version);
    for (const o of orders) {
      const order = o.activityPage >= 0 && answered[o.activityPage] ? row.display_order?.[o.part] : undefined;
      if (!order) continue;
      values[o.orderIndex] = order.join(";");
      for (let k = 0; k < order.length; k++) {
        const i = o.positions.get(order[k]);
        if (i !== undefined) values[i] = k + 1;
      }
    }
    return values;
  };
}
