import type { TVersionDef } from "../version/schema";
import { structure } from "./structure";

/**
 * Every way through a version, in the order respondents reach the pages, for funnels: one route
 * per part choice (and per extra part taken up after it), or one route without choice. The same
 * pages as `path` (flow.ts) without evaluating conditions: a page that a condition skips counts
 * as passed by whoever got further.
 */
export type TRoute = {
  /** `chosen|extra`: the parts chosen on the choice page and on the end page ("" = none). */
  key: string;
  /** Choice mode: the part chosen (null: not chosen yet, or no choice in this version). */
  chosen: string | null;
  extra: string | null;
  /** Pages up to the save that finishes the response (empty finish: the route cannot finish). */
  toFinish: string[];
  canFinish: boolean;
  /** Pages after finishing: the pages after the parts and the end page. */
  afterFinish: string[];
  /** The extra part's pages, taken up from the end page. */
  extraPages: string[];
};

export const routeKey = (chosen: string | null, extra: string | null) => `${chosen ?? ""}|${extra ?? ""}`;

const ids = (pages: { id: string }[]) => pages.map((p) => p.id);

export function routes(def: TVersionDef): TRoute[] {
  const s = structure(def);
  const end = s.endPage.id;
  const parts = def.parts;
  if (!parts) {
    return [{ key: routeKey(null, null), chosen: null, extra: null, toFinish: ids(s.head), canFinish: true, afterFinish: [end], extraPages: [] }];
  }
  const of = (id: string) => ids(s.partPages.get(id) ?? []);
  const after = [...ids(s.tail), end];
  if (parts.mode === "sequential") {
    const all = parts.items.flatMap((p) => of(p.id));
    return [{ key: routeKey(null, null), chosen: null, extra: null, toFinish: [...ids(s.head), ...all], canFinish: true, afterFinish: after, extraPages: [] }];
  }
  const start = [...ids(s.head), s.choicePage!.id];
  const out: TRoute[] = [{ key: routeKey(null, null), chosen: null, extra: null, toFinish: start, canFinish: false, afterFinish: [], extraPages: [] }];
  for (const c of parts.items) {
    const toFinish = [...start, ...of(c.id)];
    out.push({ key: routeKey(c.id, null), chosen: c.id, extra: null, toFinish, canFinish: true, afterFinish: after, extraPages: [] });
    for (const e of parts.items.filter((x) => x.id !== c.id)) {
      out.push({ key: routeKey(c.id, e.id), chosen: c.id, extra: e.id, toFinish, canFinish: true, afterFinish: after, extraPages: of(e.id) });
    }
  }
  return out;
}

/** A route's pages with their 1-based positions, as the funnel query ranks how far a respondent got. */
export const routePages = (r: TRoute): string[] => [...r.toFinish, ...r.afterFinish, ...r.extraPages];

/** The variables that select a route (choice mode), or null. */
export function routeVariables(def: TVersionDef): { chosen: string; extra: string } | null {
  return def.parts?.mode === "choice" ? { chosen: def.parts.choice.variable, extra: def.parts.extra.variable } : null;
}
