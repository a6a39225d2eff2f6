import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { meanCi, pct, smallSeries, toRanks, topK } from "@/lib/analysis/figures";
import { loadReport, parseReport, reportProblems } from "@/lib/analysis/report/load";
import { defaultReport } from "@/lib/analysis/report/default";
import {
  countFigure, distributionFigure, distributionTable, meanFigure, shareFigure, shareTable, totalSeries, type TShapeOptions,
} from "@/lib/analysis/shape-results";
import { fillDays, formatDuration, monitoringLabels, shapeBreakdowns, shapeTotals } from "@/lib/analysis/shape-monitoring";
import { surveyConfig } from "@/lib/survey/config";
import { structure } from "@/lib/survey/engine/structure";
import { nuffic } from "../support/surveys";

const def = nuffic(1);
const s = structure(def);
const dimensions = surveyConfig(def.slug).dimensions;
const labels = monitoringLabels(s, dimensions);
const opts = (o: Partial<TShapeOptions> = {}): TShapeOptions => ({ id: "f", title: "F", sort: "definition", hideEmpty: false, exclude: [], ...o });
const items = ["a", "b", "c"].map((c) => ({ code: c, label: c.toUpperCase(), variable: `q_${c}` }));

describe("figure helpers", () => {
  it("percentages to one decimal, null without a denominator", () => {
    expect(pct(1, 3)).toBe(33.3);
    expect(pct(2, 3)).toBe(66.7);
    expect(pct(0, 0)).toBeNull();
  });

  it("topK sorts by count, breaks ties by Dutch label order, drops zeros", () => {
    const list = [
      { code: "b", label: "Bèta", n: 2 }, { code: "a", label: "Alfa", n: 2 }, { code: "c", label: "Gamma", n: 5 }, { code: "z", label: "Nul", n: 0 },
    ];
    expect(topK(list, 10, 5).map((i) => [i.code, i.pct])).toEqual([["c", 50], ["a", 20], ["b", 20]]);
    expect(topK(list, 10, 1)).toHaveLength(1);
  });

  it("toRanks reads columns across rows and pads with null", () => {
    const col = (n: number) => Array.from({ length: n }, (_, i) => ({ code: `x${i}`, label: `x${i}`, n: 1, pct: 1 }));
    const ranks = toRanks([col(2), col(0), col(1)], 3);
    expect(ranks.map((r) => r.map((c) => c?.code ?? null))).toEqual([["x0", null, "x0"], ["x1", null, null], [null, null, null]]);
  });

  it("flags series with 0 < N < 10", () => {
    const series = [{ key: "a", label: "A", n: 9 }, { key: "b", label: "B", n: 10 }, { key: "c", label: "C", n: 0 }];
    expect(smallSeries({ series }).map((x) => x.key)).toEqual(["a"]);
  });

  it("mean with a 95 % t interval; none below two values", () => {
    // 2, 4, 6: mean 4, sd 2, se 1.155, t(2) = 4.303
    expect(meanCi(3, 12, 56)).toEqual({ mean: 4, ci: [-0.97, 8.97] });
    expect(meanCi(1, 5, 25)).toEqual({ mean: 5, ci: null });
    // 41 ratings, SD 2: R's t.test gives 5 ± qt(0.975, 40) · 2 / √41 = 5 ± 0.63 (not 1.96: ± 0.61).
    const sd2 = { n: 41, sum: 205, sumsq: 40 * 4 + 205 ** 2 / 41 };
    expect(meanCi(sd2.n, sd2.sum, sd2.sumsq)).toEqual({ mean: 5, ci: [4.37, 5.63] });
    expect(meanCi(0, 0, 0)).toEqual({ mean: null, ci: null });
  });
});

describe("aggregates per element type", () => {
  it("distribution: % of each series, codes in option order, unknown codes last", () => {
    const f = distributionFigure(opts({ hideEmpty: true }), items, [
      { wave: "2023", group: "2023", code: "b", n: 3 }, { wave: "2023", group: "2023", code: "a", n: 1 },
      { wave: "2020", group: "2020", code: "a", n: 2 }, { wave: "2020", group: "2020", code: "x", n: 2 },
    ], [{ key: "2020", label: "2020" }, { key: "2023", label: "2023" }]);
    expect(f.series.map((x) => [x.key, x.n])).toEqual([["2020", 4], ["2023", 4]]);
    expect(f.rows.map((r) => [r.code, r.values["2020"], r.values["2023"]])).toEqual([["a", 50, 25], ["b", 0, 75], ["x", 50, 0]]);
  });

  it("share: base per option = answered the page and offered the option", () => {
    const cond = { var: "act", equals: "b" };
    const withCond = [{ ...items[0] }, { ...items[1], showIf: cond }];
    const f = shareFigure(opts({ sort: "desc" }), withCond, [
      { group: "alle", variable: "q_a", n: 2, sum: 2, sumsq: 2, missing: 0 },
      { group: "alle", variable: "q_b", n: 3, sum: 3, sumsq: 3, missing: 0 },
    ], [{ group: "alle", key: "page", n: 10 }, { group: "alle", key: JSON.stringify(cond), n: 4 }], [totalSeries("share")]);
    expect(f.series).toEqual([{ key: "pct", label: "% van de respondenten", n: 10 }]);
    expect(f.rows.map((r) => [r.code, r.ns.pct, r.values.pct])).toEqual([["b", 3, 75], ["a", 2, 20]]);
  });

  it("mean: per item with CI, missing values already left out by the query; pooled per group", () => {
    const grouped = items.map((i, k) => ({ ...i, group: k < 2 ? "g1" : "g2" }));
    const stats = [
      { group: "alle", variable: "q_a", n: 2, sum: 6, sumsq: 18, missing: 1 },
      { group: "alle", variable: "q_b", n: 2, sum: 2, sumsq: 2, missing: 0 },
    ];
    const bases = [{ group: "alle", key: "page", n: 3 }];
    const scale = { id: "s", min: 0, max: 4, step: 1, labels: [], missingValues: [0] };
    const perItem = meanFigure(opts({ sort: "desc" }), grouped, stats, bases, [totalSeries("mean", scale)], [1, 4]);
    expect(perItem.series[0]).toEqual({ key: "mean", label: "Gemiddelde (1–4)", n: 3 });
    expect(perItem.rows.map((r) => [r.code, r.values.mean, r.ns.mean])).toEqual([["a", 3, 2], ["b", 1, 2], ["c", null, 0]]);
    expect(perItem.rows[0].ci?.mean).toEqual([3, 3]);
    const clusters = [{ id: "g1", label: "G1" }, { id: "g2", label: "G2" }];
    const pooled = meanFigure(opts(), grouped, stats, bases, [totalSeries("mean", scale)], [1, 4], { groups: clusters, method: "pooled" });
    expect(pooled.rows.map((r) => [r.code, r.values.mean, r.ns.mean])).toEqual([["g1", 2, 4], ["g2", null, 0]]);
  });

  it("cluster mean: the mean of item means differs from pooled ratings when items have unequal n", () => {
    // Item a: 4, 4, 4 (mean 4); item b: 1 (mean 1). Pooled: 13 / 4 = 3.25; mean of item means: (4 + 1) / 2 = 2.5.
    const grouped = items.map((i) => ({ ...i, group: "g" }));
    const stats = [
      { group: "alle", variable: "q_a", n: 3, sum: 12, sumsq: 48, missing: 0 },
      { group: "alle", variable: "q_b", n: 1, sum: 1, sumsq: 1, missing: 2 },
    ];
    const bases = [{ group: "alle", key: "page", n: 3 }];
    const groups = [{ id: "g", label: "G" }];
    const run = (method: "items" | "pooled") => meanFigure(opts(), grouped, stats, bases, [totalSeries("mean")], [1, 4], { groups, method }).rows[0];
    expect([run("pooled").values.mean, run("pooled").ns.mean]).toEqual([3.25, 4]);
    expect(run("items")).toMatchObject({ values: { mean: 2.5 }, ns: { mean: 4 }, ci: { mean: null } });
  });

  it("shares sorted by their own base: an option offered to fewer can rank above a more frequent one", () => {
    // a: 3 of the 10 who saw it (30 %); b: 2 of the 4 who were offered it (50 %): b first.
    const cond = { var: "act", equals: "b" };
    const withCond = [{ ...items[0] }, { ...items[1], showIf: cond }];
    const stats = [
      { group: "alle", variable: "q_a", n: 3, sum: 3, sumsq: 3, missing: 0 },
      { group: "alle", variable: "q_b", n: 2, sum: 2, sumsq: 2, missing: 0 },
    ];
    const f = shareFigure(opts({ sort: "desc" }), withCond, stats, [{ group: "alle", key: "page", n: 10 }, { group: "alle", key: JSON.stringify(cond), n: 4 }], [totalSeries("share")]);
    expect(f.rows.map((r) => [r.code, r.values.pct])).toEqual([["b", 50], ["a", 30]]);
    const t = shareTable({ id: "t", title: "T", exclude: [] }, withCond, stats.map((x) => ({ ...x, group: "mbo" })),
      [{ group: "mbo", key: "page", n: 10 }, { group: "mbo", key: JSON.stringify(cond), n: 4 }], [{ key: "mbo", label: "Mbo" }]);
    expect(t.ranks.map((row) => row.map((c) => c && [c.code, c.pct]))).toEqual([[["b", 50]], [["a", 30]]]);
  });

  it("desc sorting: ties by label for counts, questionnaire order for means unless asked; top N", () => {
    const stats = [
      { group: "alle", variable: "q_c", n: 1, sum: 3, sumsq: 9, missing: 0 },
      { group: "alle", variable: "q_b", n: 1, sum: 3, sumsq: 9, missing: 0 },
    ];
    const bases = [{ group: "alle", key: "page", n: 1 }];
    const means = (o: Partial<TShapeOptions>) => meanFigure(opts({ sort: "desc", ...o }), [...items].reverse(), stats, bases, [totalSeries("mean")]);
    expect(means({}).rows.map((r) => r.code)).toEqual(["c", "b", "a"]);
    expect(means({ ties: "label", hideEmpty: true, top: 1 }).rows.map((r) => r.code)).toEqual(["b"]);
  });

  it("ranking: mean rank; text: how many answered", () => {
    expect(totalSeries("meanRank").label).toBe("Gemiddelde rang (1 = eerst)");
    const f = countFigure(opts(), [items[0]], [{ group: "alle", variable: "q_a", n: 4, sum: 0, sumsq: 0, missing: 0 }], [{ group: "alle", key: "page", n: 9 }], [totalSeries("count")]);
    expect(f.rows[0]).toMatchObject({ values: { n: 4 }, ns: { n: 4 } });
    expect(f.series[0].n).toBe(9);
  });

  it("ranking tables per column: single choice over the column's respondents, multi over those offered", () => {
    const cols = [{ key: "x", label: "X" }, { key: "y", label: "Y" }];
    const t = distributionTable({ id: "t", title: "T", exclude: [] }, items, [
      { wave: "2023", group: "x", code: "a", n: 1 }, { wave: "2023", group: "x", code: "b", n: 3 }, { wave: "2023", group: "y", code: "a", n: 2 },
    ], cols);
    expect(t.columns.map((c) => c.n)).toEqual([4, 2]);
    expect(t.ranks.map((r) => r.map((c) => c && `${c.code} ${c.pct}`))).toEqual([["b 75", "a 100"], ["a 25", null], [null, null]]);
    const share = shareTable({ id: "t", title: "T", exclude: ["c"], depth: 2 }, items, [
      { group: "x", variable: "q_a", n: 1, sum: 1, sumsq: 1, missing: 0 }, { group: "x", variable: "q_c", n: 5, sum: 5, sumsq: 5, missing: 0 },
    ], [{ group: "x", key: "page", n: 5 }], cols);
    expect(share.ranks).toEqual([[{ code: "a", label: "A", n: 1, pct: 20 }, null], [null, null]]);
  });
});

describe("monitoring shaping", () => {
  it("sums totals over versions, per part, and computes the finish rate", () => {
    const t = shapeTotals([
      { flow_mode: "sequential", version: 1, started: 10, finished: 3, parts_finished: { p1: 6, p2: 3 } },
      { flow_mode: "choice", version: 2, started: 30, finished: 21, parts_finished: { p1: 12, p2: 9 } },
    ]);
    expect(t.overall).toEqual({ started: 40, finished: 24, finishRate: 60, partsFinished: { p1: 18, p2: 12 } });
    expect(t.byMode.map((m) => [m.key, m.finishRate])).toEqual([["sequential", 30], ["choice", 70]]);
  });

  it("fills days without responses with zeros", () => {
    expect(fillDays([{ day: "2023-01-30", started: 2, finished: 1 }, { day: "2023-02-02", started: 1, finished: 0 }]).map((d) => [d.day, d.started])).toEqual([
      ["2023-01-30", 2], ["2023-01-31", 0], ["2023-02-01", 0], ["2023-02-02", 1],
    ]);
    expect(fillDays([])).toEqual([]);
  });

  it("formats durations in Dutch units", () => {
    expect(formatDuration(42)).toBe("42 s");
    expect(formatDuration(754)).toBe("12 min 34 s");
    expect(formatDuration(3 * 3600 + 120)).toBe("3 u 2 min");
    expect(formatDuration(null)).toBe("–");
  });

  it("labels every dimension of survey.json and unanswered values", () => {
    const b = shapeBreakdowns([
      { dimension: "bg_sector", code: "mbo", started: 2, finished: 1 },
      { dimension: "bg_sector", code: null, started: 3, finished: 0 },
      { dimension: "sector_group", code: "ho", started: 1, finished: 1 },
      { dimension: "source", code: null, started: 1, finished: 1 },
    ], labels);
    expect(b.map((d) => d.key)).toEqual(["source", ...dimensions.map((d) => d.id)]);
    expect(b.find((d) => d.key === "bg_sector")!.rows.map((r) => r.label)).toEqual(["(nog niet ingevuld)", "Middelbaar beroepsonderwijs (mbo)"]);
    expect(b.find((d) => d.key === "sector_group")!.rows[0].label).toBe("Hoger onderwijs");
    expect(b.find((d) => d.key === "source")!.rows[0].label).toBe("(geen bron)");
  });
});

describe("report definitions", () => {
  it("the Nuffic report names only elements, filters and groupings its versions have", () => {
    const report = loadReport(def.slug)!;
    for (const d of [nuffic(1), nuffic(2)]) expect(reportProblems(report, structure(d), dimensions.map((x) => x.id))).toEqual([]);
  });

  it("a bad report file fails with the place of the problem", () => {
    expect(() => parseReport({ sections: [{ id: "a", title: "A", items: [{ kind: "figure", id: "x", title: "X" }] }] }, "report.json")).toThrow(
      /report.json: sections.0.items.0.element/,
    );
    const dup = { kind: "figure", id: "x", title: "X", element: "bg_function" };
    expect(() => parseReport({ sections: [{ id: "a", title: "A", items: [dup, dup] }] }, "r")).toThrow(/Dubbele ID x/);
  });

  it("without a report, every question element gets its type's summary", () => {
    const r = defaultReport(s, "sector_group");
    const figures = r.sections.flatMap((sec) => sec.items);
    expect(figures.every((f) => f.kind === "figure" && f.series === "sector_group")).toBe(true);
    expect(figures.some((f) => f.kind === "figure" && f.element === "email")).toBe(false);
  });
});

describe("nothing survey-specific in the app's code", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = path.join(dir, f);
      return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
    });
  it("lib/analysis, the dashboard's pages and routes and components/dashboard name no Nuffic variables, codes or figure titles", () => {
    const banned = /\bp[12]_|bg_sector|bg_function|po_vo|sectorGroup|Figuur \d|competentie|cluster\b/i;
    const dashboard = ["app/admin/s/[slug]/(monitoring)/page.tsx", "app/admin/s/[slug]/layout.tsx", "app/api/admin/s/[slug]/stats/route.ts", "app/api/admin/s/[slug]/live/route.ts"];
    const hits = [...files("lib/analysis"), ...files("app/admin/s/[slug]/results"), ...dashboard, ...files("components/dashboard")]
      .flatMap((f) => readFileSync(f, "utf8").split("\n").map((line, i) => ({ f, i: i + 1, line })))
      .filter((l) => banned.test(l.line))
      .map((l) => `${l.f}:${l.i}: ${l.line.trim()}`);
    expect(hits).toEqual([]);
  });
});
