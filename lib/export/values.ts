import { holds } from "@/lib/survey/engine/conditions";
import { path } from "@/lib/survey/engine/flow";
import { structure } from "@/lib/survey/engine/structure";
import type { TAnswers, TVariable } from "@/lib/survey/elements/types";
import type { TCondition } from "@/lib/survey/version/primitives";
import type { TVersionDef } from "@/lib/survey/version/schema";
import { codeMap, type TCodebook } from "./codebook";
import { orderUses, orderVariable, partFinishedVariable, positionVariable } from "./meta";

/**
 * From one response row (as lib/export/query.ts reads it) to the values of every codebook
 * variable. Pure, so the coding rules are unit-tested without a database. How a stored answer
 * becomes a value is decided by the element type that owns the variable in the respondent's OWN
 * version (its `variables()`: coded, dichotomy, number or text), and so is whether an option was
 * shown (its `showIf` on the respondent's answers).
 *
 * It runs for every cell of 100,000 × ~300, so the codebook is compiled once per version into
 * index-based tables and each row is filled by walking its ~60 answers, not by looking up 300
 * names: objects with per-response key sets made property access megamorphic and the export 10×
 * slower. Conditions and the path are only evaluated where a version has conditional options or
 * shown orders.
 */
export type TExportRow = {
  id: string;
  external_id: string | null;
  version_id: string;
  wave: string;
  flow_mode: "sequential" | "choice";
  source: string | null;
  /** The language the respondent answered in. */
  language: string;
  is_finished: boolean;
  is_imported: boolean;
  is_duplicate: boolean;
  /** Excluded by a researcher; only exports that include excluded responses show it. */
  is_excluded?: boolean;
  /** Started through the test link; only exports that include test responses show it. */
  is_test?: boolean;
  current_page: string;
  started_at: string;
  last_saved_at: string;
  finished_at: string | null;
  /** Part ID → "YYYY-MM-DD HH:MM:SS" (the survey's wall clock) when the respondent finished it. */
  parts_finished: Record<string, string> | null;
  duration_sec: number | null;
  display_order: Record<string, string[]> | null;
  /**
   * The answers as the members of a flat JSON array, without brackets: `"variable",num` or
   * `"variable","text"` pairs (built by string_agg in SQL; see encodeAnswers).
   */
  answers: string | null;
};

export type TValue = number | string | null;
export type TVersionInfo = { version: number; def: TVersionDef };

/** The wire format of TExportRow.answers, for tests and for anything producing rows outside SQL. */
export function encodeAnswers(answers: Record<string, number | string>): string {
  return Object.entries(answers).map(([k, v]) => `${JSON.stringify(k)},${JSON.stringify(v)}`).join(",");
}

export class ExportDataError extends Error {}

const NONE = 0;
const NUM = 1;
const TEXT = 2;
const CODE = 3;
const DICH = 4;

type TMeta = (row: TExportRow, version: number) => TValue;
type TShownIf = { index: number; conditions: TCondition[] };
type TOrderPlan = { group: string; orderIndex: number; positions: Map<string, number>; pages: string[] };
type TVersionPlan = {
  version: number;
  def: TVersionDef;
  /** Stored variables the conditions and the path read; null = all (an `answered` condition). */
  reads: string[] | null;
  /** Per codebook index: position in `reads`, or -1. */
  readSlot: Int16Array;
  /** Shown orders by current page and the answers that steer the path (few distinct keys). */
  shownCache: Map<string, Uint8Array>;
  /** Per codebook index: how this version stores it (NONE = the version does not have it). */
  kind: Uint8Array;
  /** Per codebook index: index of the page that asks it in `pages`, or -1. */
  pageOf: Int16Array;
  dichotomiesOnPage: number[][];
  /** Dichotomies of options (or elements) shown only under a condition. */
  shownIf: TShownIf[];
  orders: TOrderPlan[];
  needsAnswers: boolean;
};

const bool = (b: boolean) => (b ? 1 : 0);
const META: Record<string, TMeta> = {
  response_id: (r) => r.id,
  external_id: (r) => r.external_id,
  wave: (r) => r.wave,
  definition_version: (_r, version) => version,
  flow_mode: (r) => (r.flow_mode === "sequential" ? 1 : 2),
  source: (r) => r.source,
  language: (r) => r.language,
  is_finished: (r) => bool(r.is_finished),
  is_imported: (r) => bool(r.is_imported),
  is_duplicate: (r) => bool(r.is_duplicate),
  is_excluded: (r) => bool(r.is_excluded ?? false),
  is_test: (r) => bool(r.is_test ?? false),
  last_page: (r) => r.current_page,
  started_at: (r) => r.started_at,
  last_saved_at: (r) => r.last_saved_at,
  finished_at: (r) => r.finished_at,
  duration_sec: (r) => r.duration_sec,
};

const kindOf = (v: TVariable) => (v.isCoded ? CODE : v.isDichotomy ? DICH : v.type === "string" ? TEXT : NUM);

/** The conditions under which the element owning a dichotomy showed it, and its option's. */
function shownConditions(def: TVersionDef, variable: string): TCondition[] {
  const s = structure(def);
  const el = s.ownerOf.get(variable)!;
  const conditions: TCondition[] = el.showIf ? [el.showIf] : [];
  if ("options" in el || "list" in el) {
    const code = variable.slice(el.id.length + 1);
    const option = s.lookup.options(el as { options?: never[]; list?: string }).find((o) => o.code === code);
    if (option?.showIf) conditions.push(option.showIf);
  }
  return conditions;
}

/** Stored variables a condition reads (`includes` reads the option's own variable); null for `answered`. */
function conditionReads(c: TCondition, out: Set<string>): boolean {
  if ("all" in c) return c.all.every((x) => conditionReads(x, out));
  if ("any" in c) return c.any.every((x) => conditionReads(x, out));
  if ("not" in c) return conditionReads(c.not, out);
  if ("answered" in c) return false;
  out.add("includes" in c ? `${c.var}_${c.includes}` : c.var);
  return true;
}

/** Conditions that decide a respondent's path: page and element conditions, and the part choices. */
function pathReads(def: TVersionDef, out: Set<string>): boolean {
  if (def.parts) out.add(def.parts.choice.variable).add(def.parts.extra.variable);
  return structure(def).pages.every(
    (p) => (!p.showIf || conditionReads(p.showIf, out)) && p.elements.every((el) => !el.showIf || conditionReads(el.showIf, out)),
  );
}

function versionPlan(info: TVersionInfo, index: Map<string, number>): TVersionPlan {
  const s = structure(info.def);
  const n = index.size;
  const kind = new Uint8Array(n);
  const pageOf = new Int16Array(n).fill(-1);
  const pageIds = s.pages.map((p) => p.id);
  const dichotomiesOnPage: number[][] = pageIds.map(() => []);
  const shownIf: TShownIf[] = [];
  for (const v of s.variables) {
    const i = index.get(v.name);
    if (i === undefined) continue;
    kind[i] = kindOf(v);
    pageOf[i] = pageIds.indexOf(s.elements.get(s.ownerOf.get(v.name)!.id)!.page.id);
    if (kind[i] !== DICH) continue;
    dichotomiesOnPage[pageOf[i]].push(i);
    const conditions = shownConditions(info.def, v.name);
    if (conditions.length) shownIf.push({ index: i, conditions });
  }
  const uses = orderUses(info.def);
  const orders: TOrderPlan[] = [];
  for (const o of info.def.orders) {
    const use = uses.get(o.id);
    const orderIndex = index.get(orderVariable(o.id));
    if (!use || orderIndex === undefined) continue;
    const positions = new Map<string, number>();
    for (const c of use.codes) {
      const i = index.get(positionVariable(o.id, c));
      if (i !== undefined) positions.set(c, i);
    }
    orders.push({ group: o.id, orderIndex, positions, pages: use.pages });
  }
  const readSet = new Set<string>();
  const isComplete = shownIf.every((h) => h.conditions.every((c) => conditionReads(c, readSet))) && (orders.length === 0 || pathReads(info.def, readSet));
  // A condition on something the codebook does not hold cannot be fed from the slots: all answers then.
  const reads = isComplete && [...readSet].every((name) => index.has(name)) ? [...readSet] : null;
  const readSlot = new Int16Array(n).fill(-1);
  reads?.forEach((name, slot) => {
    const i = index.get(name);
    if (i !== undefined) readSlot[i] = slot;
  });
  return {
    version: info.version, def: info.def, reads, readSlot, shownCache: new Map(), kind, pageOf, dichotomiesOnPage, shownIf, orders,
    needsAnswers: shownIf.length > 0 || orders.length > 0,
  };
}

/**
 * Pages the respondent was shown: their path up to the page they are on. A response whose page
 * is no longer on its path (an edited flow) counts the pages it has answers on.
 */
function shownPages(plan: TVersionPlan, answers: TAnswers, currentPage: string, answered: Uint8Array): Set<string> {
  const pages = path(plan.def, answers);
  const at = pages.indexOf(currentPage);
  if (at >= 0) return new Set(pages.slice(0, at + 1));
  const pageIds = structure(plan.def).pages.map((p) => p.id);
  return new Set(pageIds.filter((_id, p) => answered[p]));
}

const MAX_CACHED_PATHS = 10_000;

/** Per order plan 1 when the respondent reached a page showing it; cached by what decides the path. */
function shownOrders(plan: TVersionPlan, answers: TAnswers, row: TExportRow, answered: Uint8Array): Uint8Array {
  // Without a complete list of what steers the path, or with the fallback on answered pages, no cache.
  const key = plan.reads ? `${row.current_page}\u0000${plan.reads.map((v) => answers[v] ?? "").join("\u0000")}` : undefined;
  const hit = key === undefined ? undefined : plan.shownCache.get(key);
  if (hit) return hit;
  const shown = shownPages(plan, answers, row.current_page, answered);
  const out = Uint8Array.from(plan.orders, (o) => (o.pages.some((p) => shown.has(p)) ? 1 : 0));
  const isOnPath = path(plan.def, answers).includes(row.current_page);
  if (key !== undefined && isOnPath) {
    if (plan.shownCache.size >= MAX_CACHED_PATHS) plan.shownCache.clear();
    plan.shownCache.set(key, out);
  }
  return out;
}

/** A function from a row to its values in codebook order. */
export function rowMapper(codebook: TCodebook, versions: Map<string, TVersionInfo>): (row: TExportRow) => TValue[] {
  const vars = codebook.variables;
  const n = vars.length;
  const index = new Map(vars.map((v, i) => [v.name, i]));
  const codes = vars.map((v) => (v.valueLabels.some((l) => l.code !== undefined) ? codeMap(v) : undefined));
  const partOf = new Map<string, string>();
  for (const { def } of versions.values()) for (const p of def.parts?.items ?? []) partOf.set(partFinishedVariable(p.id), p.id);
  const meta: [number, TMeta][] = [];
  vars.forEach((v, i) => {
    if (v.group !== "meta") return;
    const part = partOf.get(v.name);
    const f: TMeta | undefined = part ? (r) => r.parts_finished?.[part] ?? null : META[v.name];
    if (!f) throw new Error(`no value for meta variable ${v.name}`);
    meta.push([i, f]);
  });
  const plans = new Map([...versions].map(([id, info]) => [id, versionPlan(info, index)]));

  return (row) => {
    const plan = plans.get(row.version_id);
    if (!plan) throw new Error(`response ${row.id} has version ${row.version_id}, which is not in the export`);
    const values: TValue[] = new Array(n).fill(null);
    const answered = new Uint8Array(plan.dichotomiesOnPage.length);
    const flat: unknown[] = row.answers ? JSON.parse(`[${row.answers}]`) : [];
    // Conditions only see the answers they read (a small object of one shape), unless a
    // condition asks whether anything of an element was answered.
    const answers: Record<string, number | string> | undefined = plan.needsAnswers ? {} : undefined;
    const isAll = plan.reads === null;
    for (let k = 0; k < flat.length; k += 2) {
      const a = flat[k + 1];
      const i = index.get(flat[k] as string);
      if (answers && a !== null && (isAll || (i !== undefined && plan.readSlot[i] >= 0))) answers[flat[k] as string] = a as number | string;
      // Answers the respondent's version never asked stay empty, even if a stray row exists.
      if (i === undefined || plan.kind[i] === NONE) continue;
      answered[plan.pageOf[i]] = 1;
      switch (plan.kind[i]) {
        case NUM:
          values[i] = typeof a === "number" ? a : null;
          break;
        case TEXT:
          values[i] = a === null ? null : String(a);
          break;
        case DICH:
          values[i] = a === 1 ? 1 : 0;
          break;
        case CODE: {
          const code = codes[i]?.get(String(a));
          if (code === undefined) throw new ExportDataError(`Antwoord ${row.id}: onbekende code "${a}" voor ${vars[i].name}.`);
          values[i] = code;
        }
      }
    }
    // 0 = not chosen, but only on a page the respondent answered, for an option they were shown.
    for (let p = 0; p < answered.length; p++) {
      if (!answered[p]) continue;
      for (const i of plan.dichotomiesOnPage[p]) if (values[i] === null) values[i] = 0;
    }
    for (const h of plan.shownIf) {
      if (values[h.index] !== null && !h.conditions.every((c) => holds(c, answers!))) values[h.index] = null;
    }
    for (const [i, f] of meta) values[i] = f(row, plan.version);
    if (plan.orders.length) {
      const shown = row.display_order ? shownOrders(plan, answers!, row, answered) : undefined;
      for (let g = 0; g < plan.orders.length; g++) {
        const o = plan.orders[g];
        const order = shown?.[g] ? row.display_order?.[o.group] : undefined;
        if (!order) continue;
        values[o.orderIndex] = order.join(";");
        for (let k = 0; k < order.length; k++) {
          const i = o.positions.get(order[k]);
          if (i !== undefined) values[i] = k + 1;
        }
      }
    }
    return values;
  };
}
