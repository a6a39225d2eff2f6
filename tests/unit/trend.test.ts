import { describe, expect, it } from "vitest";
import { cumulativeTrend, fillDays } from "@/lib/analysis/shape-monitoring";

describe("the response trend", () => {
  const perDay = fillDays([
    { day: "2026-03-01", started: 3, finished: 1 },
    { day: "2026-03-03", started: 2, finished: 2 },
  ]);
  const bySource = [
    { day: "2026-03-01", source: "linkedin", started: 2 },
    { day: "2026-03-01", source: null, started: 1 },
    { day: "2026-03-03", source: "nieuwsbrief", started: 2 },
  ];

  it("runs totals over every day, gaps included, overall and per source", () => {
    const t = cumulativeTrend(perDay, bySource);
    expect(t.series).toEqual([
      { key: "s0", label: "linkedin" },
      { key: "s1", label: "nieuwsbrief" },
      { key: "s2", label: "zonder bron" },
    ]);
    expect(t.rows).toEqual([
      { day: "2026-03-01", started: 3, finished: 1, s0: 2, s1: 0, s2: 1 },
      { day: "2026-03-02", started: 3, finished: 1, s0: 2, s1: 0, s2: 1 },
      { day: "2026-03-03", started: 5, finished: 3, s0: 2, s1: 2, s2: 1 },
    ]);
  });

  it("keeps the largest sources and adds the others up", () => {
    const t = cumulativeTrend(perDay, bySource, 2);
    expect(t.series).toEqual([{ key: "s0", label: "linkedin" }, { key: "rest", label: "overige bronnen" }]);
    expect(t.rows.at(-1)).toEqual({ day: "2026-03-03", started: 5, finished: 3, s0: 2, rest: 3 });
  });

  it("is empty without responses", () => {
    expect(cumulativeTrend([], [])).toEqual({ series: [], rows: [] });
  });
});
