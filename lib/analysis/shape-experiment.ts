import { chiSquare, twoProportions, wilson, type TInterval, type TTestOutcome } from "./compare/inference";
import { SMALL_GROUP, type TStatistic } from "./compare/shape";
import { routePages, routes } from "@/lib/survey/engine/routes";
import { structure } from "@/lib/survey/engine/structure";
import type { TVersionDef } from "@/lib/survey/version/schema";
import type { TGroupCountRow, TGroupPageRow } from "./experiment";
import { pageLabels } from "./labels";

/**
 * Dropout per group (experiment arm, or version before/after a switch) with 95 % Wilson
 * intervals and a test of the difference, overall and per page. Pure: the statistics are
 * compare-by's (lib/analysis/compare/inference.ts).
 */
export type TGroupSpec = { key: string; label: string; detail?: string };

export type TGroupEstimate = TGroupSpec & {
  started: number; finished: number; dropped: number;
  /** Share of started responses that did not finish, with its Wilson interval; null without responses. */
  dropout: number | null; ci: TInterval | null; isSmall: boolean;
  /** First and last start (ISO): the period a version ran. */
  first: string | null; last: string | null;
};

export type TDropoutTest = { name: string; statistic: TStatistic; outcome: TTestOutcome };
export type TPageCell = { reached: number; stopped: number; share: number | null; ci: TInterval | null };
export type TPageRow = { page: string; label: string; cells: TPageCell[]; test: TDropoutTest | null };
export type TGroupComparison = { groups: TGroupEstimate[]; test: TDropoutTest | null; pages: TPageRow[] };

/**
 * Dropout (x of n) compared across groups: with two groups the two-proportion z-test (pooled, as
 * R's prop.test(correct = FALSE)), with more Pearson's χ² on groups × (stopped, went on). Groups
 * without responses are left out; null when fewer than two remain.
 */
export function dropoutTest(groups: { n: number; x: number }[]): TDropoutTest | null {
  const tested = groups.filter((g) => g.n > 0);
  if (tested.length < 2) return null;
  if (tested.length === 2) {
    const [a, b] = tested;
    return { name: "toets van twee proporties (z)", statistic: "z", outcome: twoProportions(a.x, a.n, b.x, b.n) };
  }
  return { name: "χ²-toets", statistic: "chi2", outcome: chiSquare(tested.map((g) => [g.x, g.n - g.x])) };
}

const share = (x: number, n: number) => (n > 0 ? x / n : null);

export function shapeGroupComparison(
  specs: TGroupSpec[], counts: TGroupCountRow[], pageRows: TGroupPageRow[],
  labels: { pages: string[]; pageLabels: Record<string, string> },
): TGroupComparison {
  const groups = specs.map((spec): TGroupEstimate => {
    const c = counts.find((r) => r.group === spec.key);
    const started = c?.started ?? 0;
    const finished = c?.finished ?? 0;
    const dropped = started - finished;
    return {
      ...spec, started, finished, dropped, dropout: share(dropped, started), ci: wilson(dropped, started),
      isSmall: started > 0 && started < SMALL_GROUP, first: c?.first?.toISOString() ?? null, last: c?.last?.toISOString() ?? null,
    };
  });
  const test = dropoutTest(groups.map((g) => ({ n: g.started, x: g.dropped })));
  const found = new Set(pageRows.filter((r) => specs.some((s) => s.key === r.group)).map((r) => r.page));
  const order = [...labels.pages.filter((p) => found.has(p)), ...[...found].filter((p) => !labels.pages.includes(p)).sort()];
  const pages = order.map((page): TPageRow => {
    const cells = specs.map((spec): TPageCell => {
      const r = pageRows.find((x) => x.group === spec.key && x.page === page);
      const reached = r?.reached ?? 0;
      const stopped = r?.stopped ?? 0;
      return { reached, stopped, share: share(stopped, reached), ci: wilson(stopped, reached) };
    });
    // A page only some arms have (the part choice) is not compared.
    const isShared = cells.every((c) => c.reached > 0);
    return { page, label: labels.pageLabels[page] ?? page, cells, test: isShared ? dropoutTest(cells.map((c) => ({ n: c.reached, x: c.stopped }))) : null };
  });
  return { groups, test, pages };
}

/**
 * The pages of several versions in one flow order, with labels: every route of every version,
 * a page not seen yet placed before the next page already placed (so one part's pages follow
 * another's, before the raffle and end page), the part choice and end page included.
 */
export function flowPages(defs: TVersionDef[]): { pages: string[]; pageLabels: Record<string, string> } {
  const pages: string[] = [];
  const labels: Record<string, string> = {};
  for (const def of defs) {
    const s = structure(def);
    for (const [id, label] of Object.entries(pageLabels(s))) labels[id] ??= label;
    for (const p of [s.choicePage, s.endPage]) if (p) labels[p.id] ??= p.title ?? p.id;
  }
  // Routes with an extra part last: a part's pages go where a respondent who chose it meets them.
  const all = defs.flatMap((def) => routes(def)).sort((a, b) => Number(a.extra !== null) - Number(b.extra !== null));
  for (const route of all) {
    const seq = routePages(route);
    for (const [i, page] of seq.entries()) {
      if (pages.includes(page)) continue;
      const nextKnown = seq.slice(i + 1).find((p) => pages.includes(p));
      pages.splice(nextKnown ? pages.indexOf(nextKnown) : pages.length, 0, page);
    }
  }
  return { pages, pageLabels: labels };
}
