import { describe, expect, it } from "vitest";
import { pct, smallSeries, toRanks, topK } from "@/lib/analysis/figures";
import { labelsFor, pageLabel } from "@/lib/analysis/labels";
import { fillDays, formatDuration, funnelOf, shapeBreakdowns, shapeTotals } from "@/lib/analysis/shape-monitoring";
import { shapeDevelopment, shapeFactors, shapeOther, shapeSample, shapeTop5 } from "@/lib/analysis/shape-results";
import { bundledDefinitions } from "@/lib/survey";

const def = bundledDefinitions[0];
const labels = labelsFor(def);

describe("figure helpers", () => {
  it("percentages to one decimal, null without a denominator", () => {
    expect(pct(1, 3)).toBe(33.3);
    expect(pct(2, 3)).toBe(66.7);
    expect(pct(0, 0)).toBeNull();
  });

  it("topK sorts by count, breaks ties by Dutch label order, drops zeros", () => {
    const items = [
      { code: "b", label: "Bèta", n: 2 }, { code: "a", label: "Alfa", n: 2 }, { code: "c", label: "Gamma", n: 5 }, { code: "z", label: "Nul", n: 0 },
    ];
    expect(topK(items, 10, 5).map((i) => [i.code, i.pct])).toEqual([["c", 50], ["a", 20], ["b", 20]]);
    expect(topK(items, 10, 1)).toHaveLength(1);
  });

  it("toRanks reads columns across rows and pads with null", () => {
    const col = (n: number) => Array.from({ length: n }, (_, i) => ({ code: `x${i}`, label: `x${i}`, n: 1, pct: 1 }));
    const ranks = toRanks([col(2), col(0), col(1)], 3);
    expect(ranks.map((r) => r.map((c) => c?.code ?? null))).toEqual([["x0", null, "x0"], ["x1", null, null], [null, null, null]]);
  });

  it("flags series with 0 < N < 10", () => {
    const series = [{ key: "a", label: "A", n: 9 }, { key: "b", label: "B", n: 10 }, { key: "c", label: "C", n: 0 }];
    expect(smallSeries({ series }).map((s) => s.key)).toEqual(["a"]);
  });
});

describe("monitoring shaping", () => {
  it("sums totals over versions and computes the finish rate", () => {
    const t = shapeTotals([
      { flow_mode: "sequential", version: 1, started: 10, finished: 3, p1_finished: 6, p2_finished: 3 },
      { flow_mode: "choice", version: 2, started: 30, finished: 21, p1_finished: 12, p2_finished: 9 },
    ]);
    expect(t.overall).toEqual({ started: 40, finished: 24, finishRate: 60, p1Finished: 18, p2Finished: 12 });
    expect(t.byMode.map((m) => [m.key, m.finishRate])).toEqual([["sequential", 30], ["choice", 70]]);
  });

  it("funnel follows the flow order, merges splits and leaves out unreached pages", () => {
    const rows = [
      { flow_mode: "choice", version: 1, part_choice: "p1", page_id: "bg", reached: 5, stopped: 1 },
      { flow_mode: "choice", version: 1, part_choice: "p1", page_id: "welcome", reached: 6, stopped: 0 },
      { flow_mode: "choice", version: 2, part_choice: "p1", page_id: "welcome", reached: 4, stopped: 0 },
      { flow_mode: "choice", version: 2, part_choice: "p1", page_id: "bg", reached: 2, stopped: 2 },
    ];
    const f = funnelOf("choice", "Keuze", rows, labels.pages);
    expect(f.started).toBe(10);
    expect(f.steps.map((s) => [s.page, s.reached, s.stopped, s.reachedPct])).toEqual([["welcome", 10, 0, 100], ["bg", 7, 3, 70]]);
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

  it("labels codes and unanswered values", () => {
    const b = shapeBreakdowns([
      { dimension: "sector", code: "mbo", started: 2, finished: 1 },
      { dimension: "sector", code: null, started: 3, finished: 0 },
      { dimension: "source", code: null, started: 1, finished: 1 },
    ], labels);
    expect(b.find((d) => d.key === "sector")!.rows.map((r) => r.label)).toEqual(["(nog niet ingevuld)", "Middelbaar beroepsonderwijs (mbo)"]);
    expect(b.find((d) => d.key === "source")!.rows[0].label).toBe("(geen bron)");
    expect(pageLabel("p2_top5")).toBe("Deel 2: top 5 competenties");
  });
});

describe("result shaping", () => {
  it("Tabel 3 adds up counts and denominators over activities per sector group", () => {
    const perActivity = [
      { activity: "stage", counts: [{ group: "mbo", variable: "p1_top5_zelfstandigheid", n: 3 }, { group: "ho", variable: "p1_top5_zelfstandigheid", n: 1 }],
        denominators: [{ group: "mbo", n: 4 }, { group: "ho", n: 2 }] },
      { activity: "online", counts: [{ group: "mbo", variable: "p1_top5_zelfstandigheid", n: 1 }, { group: "mbo", variable: "p1_top5_creativiteit", n: 5 }],
        denominators: [{ group: "mbo", n: 6 }] },
    ];
    const { figures, table3 } = shapeTop5(perActivity, labels, "p1");
    expect(figures[0].series[0].n).toBe(6);
    expect(figures[0].rows[0]).toMatchObject({ code: "zelfstandigheid", values: { pct: 66.7 } });
    expect(table3.columns.map((c) => c.n)).toEqual([0, 10, 2]);
    expect(table3.ranks[0][1]).toMatchObject({ code: "creativiteit", n: 5, pct: 50 });
    expect(table3.ranks[1][1]).toMatchObject({ code: "zelfstandigheid", n: 4, pct: 40 });
    expect(table3.ranks[0][2]).toMatchObject({ code: "zelfstandigheid", pct: 50 });
  });

  it("Figuur 13 and Tabel 4: 'geen' counts in the figure but not in the ranking", () => {
    const { figure, table4 } = shapeOther(
      [{ activity: "stage", counts: [{ group: "po_vo", variable: "p1_other_geen", n: 3 }, { group: "po_vo", variable: "p1_other_excursie", n: 1 }], denominators: [{ group: "po_vo", n: 4 }] }],
      labels, "p1", "F13",
    );
    expect(figure.rows.map((r) => [r.code, r.values.pct])).toEqual([["geen", 75], ["excursie", 25]]);
    expect(table4.ranks[0][0]?.code).toBe("excursie");
    expect(table4.ranks[1][0]).toBeNull();
  });

  it("factor figures keep every statement and sort by mean", () => {
    const [stage] = shapeFactors([{ activity: "stage", respondents: 3, items: [
      { variable: "p1_factor_stage_taal", n: 3, sum: 15, missing: 0 }, { variable: "p1_factor_stage_lokaal", n: 2, sum: 17, missing: 0 },
    ] }], labels);
    expect(stage.rows).toHaveLength(8);
    expect(stage.rows.slice(0, 2).map((r) => [r.code, r.values.mean])).toEqual([["lokaal", 8.5], ["taal", 5]]);
    expect(stage.rows[2].values.mean).toBeNull();
  });

  it("development: cluster mean pools sums, top five by mean", () => {
    const [lesgeven] = shapeDevelopment([{ activity: "lesgeven", respondents: 4, items: [
      { variable: "p2_dev_open_minded", n: 4, sum: 14, missing: 0 }, { variable: "p2_dev_nieuwsgierigheid", n: 2, sum: 8, missing: 2 },
    ] }], labels, def);
    expect(lesgeven.clusters.rows.find((r) => r.code === "houding")).toMatchObject({ values: { mean: 3.67 }, ns: { mean: 6 } });
    expect(lesgeven.top.rows.map((r) => [r.code, r.values.mean])).toEqual([["nieuwsgierigheid", 4], ["open_minded", 3.5]]);
  });

  it("sample figures: shares per wave, Tabel 2 ranked within each sector group", () => {
    const s = shapeSample([
      { dimension: "function", wave: "2023", group: null, code: "docent", n: 3 },
      { dimension: "function", wave: "2023", group: null, code: "leerkracht", n: 1 },
      { dimension: "function", wave: "2020", group: null, code: "docent", n: 2 },
      { dimension: "p1_activity_by_sg", wave: null, group: "mbo", code: "stage", n: 5 },
      { dimension: "p1_activity_by_sg", wave: null, group: "mbo", code: "online", n: 7 },
    ], labels);
    expect(s.figure1.series.map((x) => [x.key, x.n])).toEqual([["2020", 2], ["2023", 4]]);
    expect(s.figure1.rows.find((r) => r.code === "docent")!.values).toEqual({ "2020": 100, "2023": 75 });
    expect(s.table2.ranks.slice(0, 2).map((r) => r[1]?.code)).toEqual(["online", "stage"]);
    expect(s.table2.ranks[0][1]?.pct).toBe(58.3);
  });
});
