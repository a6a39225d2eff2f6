import { routes, type TRoute } from "@/lib/survey/engine/routes";
import { structure } from "@/lib/survey/engine/structure";
import type { TVersionDef } from "@/lib/survey/version/schema";
import { FLOW_MODE_LABELS } from "./dimensions";
import { pageLabels, partLabels } from "./labels";
import type { TFunnelRow } from "./monitoring";

/**
 * Funnels per route, shaped from how far each response got (lib/analysis/monitoring.ts). A flow
 * arm (flow mode, optionally split by version, source or a dimension) is cut into sections:
 * - `start`: the pages before the part choice, for everyone in the arm (choice mode);
 * - `path`: the pages of one chosen part (or of the whole questionnaire without a choice),
 *   ending in "Afgerond": the finished responses, as counted in the totals;
 * - `after`: the pages after finishing (e.g. a raffle, the end page), finished responses only;
 * - `extra`: another part taken up from the end page, after the pages above.
 * Reached counts everyone who got at least that far on their route, so counts never rise
 * within a section; "left here" are unfinished responses that got no further (in `after` and
 * `extra`: finished responses that closed the survey there).
 */
export type TFunnelStep = {
  key: string; label: string; reached: number; left: number | null;
  /** Left here / reached, in %. */
  dropoutPct: number | null;
  /** Reached / the section's base, in %. */
  basePct: number | null;
  isFinish: boolean;
};
export type TFunnelSectionKind = "start" | "path" | "after" | "extra";
export type TFunnelSection = {
  key: string; kind: TFunnelSectionKind; title: string; base: number; baseLabel: string;
  /** The chosen part whose route this section belongs to (choice mode). */
  branch: string | null;
  steps: TFunnelStep[];
};
export type TFunnelArm = {
  key: string; label: string; mode: string; split: string | null;
  started: number; finished: number; finishRate: number | null; sections: TFunnelSection[];
};
export type TFunnelVersionDef = { version: number; def: TVersionDef };
export type TFunnels = { arms: TFunnelArm[] };

export const FINISH_STEP = "finished";
const rate = (n: number, d: number) => (d > 0 ? Math.round((1000 * n) / d) / 10 : null);
const MAX_LABEL = 64;

/**
 * Page labels inside a chosen part's section: the part is in the section's title, so a label
 * made of the part's page title and the question ("Deel 1: …: Over welke …") keeps only the question.
 */
function partPageLabels(s: ReturnType<typeof structure>, labels: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const page of s.pages) {
    const label = labels[page.id] ?? page.id;
    const q = page.elements.find((el) => "text" in el) as { text?: string } | undefined;
    if (!page.part || !page.title || !label.startsWith(`${page.title}: `) || !q?.text) continue;
    const text = s.lookup.plain(q.text);
    out[page.id] = text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
  }
  return out;
}

type TSectionAcc = Omit<TFunnelSection, "steps"> & { steps: Map<string, { label: string; reached: number; left: number | null; isFinish: boolean }> };

class ArmAcc {
  readonly sections = new Map<string, TSectionAcc>();

  section(key: string, make: () => Omit<TSectionAcc, "steps" | "key" | "base">): TSectionAcc {
    let s = this.sections.get(key);
    if (!s) this.sections.set(key, (s = { key, base: 0, ...make(), steps: new Map() }));
    return s;
  }

  step(section: TSectionAcc, key: string, label: string, reached: number, left: number | null, isFinish = false) {
    const st = section.steps.get(key) ?? { label, reached: 0, left: isFinish ? null : 0, isFinish };
    st.reached += reached;
    if (st.left !== null && left !== null) st.left += left;
    section.steps.set(key, st);
  }
}

/** Adds one version's rows of an arm: each row's route decides its sections. */
function addVersion(acc: ArmAcc, def: TVersionDef, rows: TFunnelRow[]) {
  const s = structure(def);
  const labels = pageLabels(s);
  const inPart = { ...labels, ...partPageLabels(s, labels) };
  const parts = partLabels(s);
  const rs = routes(def);
  const isBranched = rs.length > 1;
  const startLen = isBranched ? rs[0].toFinish.length : 0;
  const byKey = new Map(rs.map((r) => [r.key, r]));
  const start = () => acc.section("start", () => ({ kind: "start", title: "Begin (vóór de keuze van een deel)", baseLabel: "gestart", branch: null }));

  for (const row of rows) {
    const route: TRoute = byKey.get(`${row.chosen}|${row.extra}`) ?? byKey.get(`${row.chosen}|`) ?? rs[0];
    const branch = isBranched ? route.chosen : null;
    const partTitle = branch ? (parts[branch] ?? branch) : "";
    const path = acc.section(branch ? `path:${branch}` : "path", () => ({
      kind: "path", title: branch ? `Koos ${partTitle}` : "Alle pagina's", baseLabel: branch ? "koos dit deel" : "gestart", branch,
    }));
    const { n, pos, is_finished: isFinished } = row;
    if (isBranched) start().base += n;
    if (!isBranched || route.chosen) path.base += n;
    route.toFinish.forEach((page, i) => {
      const at = i + 1;
      const target = isBranched && at <= startLen ? start() : path;
      acc.step(target, page, (target.branch ? inPart[page] : labels[page]) ?? page, pos >= at || isFinished ? n : 0, !isFinished && pos === at ? n : 0);
    });
    if (!route.canFinish) continue;
    acc.step(path, FINISH_STEP, "Afgerond", isFinished ? n : 0, null, true);
    if (!isFinished) continue;
    const offset = route.toFinish.length;
    const after = acc.section(branch ? `after:${branch}` : "after", () => ({
      kind: "after", title: "Na afronding", baseLabel: "afgerond", branch,
    }));
    after.base += n;
    route.afterFinish.forEach((page, i) => {
      const at = offset + i + 1;
      acc.step(after, page, labels[page] ?? page, pos >= at ? n : 0, pos === at ? n : 0);
    });
    if (!route.extra) continue;
    const extra = acc.section(`extra:${branch}:${route.extra}`, () => ({
      kind: "extra", title: `Extra deel na afronding: ${parts[route.extra!] ?? route.extra}`, baseLabel: "koos dit extra deel", branch,
    }));
    extra.base += n;
    const extraOffset = offset + route.afterFinish.length;
    route.extraPages.forEach((page, i) => {
      const at = extraOffset + i + 1;
      acc.step(extra, page, inPart[page] ?? page, pos >= at ? n : 0, pos === at ? n : 0);
    });
  }
}

const KIND_ORDER: Record<TFunnelSectionKind, number> = { start: 0, path: 1, after: 2, extra: 3 };

function finish(acc: ArmAcc, branchOrder: string[]): TFunnelSection[] {
  const branchRank = (b: string | null) => (b === null ? -1 : branchOrder.indexOf(b));
  return [...acc.sections.values()]
    .filter((s) => s.base > 0)
    .sort((a, b) => branchRank(a.branch) - branchRank(b.branch) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.key.localeCompare(b.key))
    .map((s) => ({
      ...s,
      steps: [...s.steps.entries()].map(([key, st]) => ({
        key, label: st.label, reached: st.reached, left: st.left, isFinish: st.isFinish,
        dropoutPct: st.left === null ? null : rate(st.left, st.reached), basePct: rate(st.reached, s.base),
      })),
    }));
}

/**
 * Arms per flow mode and split value (none, a version, a source, a dimension value), each from
 * the routes of the versions its responses answered. `splitLabel` names a split value.
 */
export function shapeFunnels(
  rows: TFunnelRow[], versions: TFunnelVersionDef[], splitLabel: (code: string | null) => string = (c) => c ?? "",
  isSplit = false,
): TFunnels {
  const groups = new Map<string, TFunnelRow[]>();
  for (const r of rows) {
    const key = isSplit ? `${r.flow_mode}|${r.split ?? ""}` : r.flow_mode;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const arms = [...groups.values()].map((group): TFunnelArm => {
    const acc = new ArmAcc();
    const versionNumbers = [...new Set(group.map((r) => r.version))].sort((a, b) => b - a);
    const branchOrder: string[] = [];
    for (const vn of versionNumbers) {
      const v = versions.find((x) => x.version === vn);
      if (!v) continue;
      for (const p of v.def.parts?.items ?? []) if (!branchOrder.includes(p.id)) branchOrder.push(p.id);
      addVersion(acc, v.def, group.filter((r) => r.version === vn));
    }
    const { flow_mode: mode, split } = group[0];
    const started = group.reduce((a, r) => a + r.n, 0);
    const finished = group.reduce((a, r) => a + (r.is_finished ? r.n : 0), 0);
    const modeLabel = FLOW_MODE_LABELS[mode] ?? mode;
    return {
      key: isSplit ? `${mode}-${split ?? "geen"}` : mode, label: isSplit ? `${splitLabel(split)} · ${modeLabel}` : modeLabel,
      mode, split: isSplit ? split : null, started, finished, finishRate: rate(finished, started), sections: finish(acc, branchOrder),
    };
  });
  return { arms: arms.sort((a, b) => (isSplit ? a.label.localeCompare(b.label, "nl") : a.mode.localeCompare(b.mode))) };
}
