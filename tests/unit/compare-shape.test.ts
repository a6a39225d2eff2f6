import { describe, expect, it } from "vitest";
import { compareGroupings, compareQuestions } from "@/lib/analysis/compare/questions";
import { parseCompareForPage, splitCompareSearch } from "@/lib/analysis/compare/schema";
import { shapeComparison } from "@/lib/analysis/compare/shape";
import type { TCompareRow } from "@/lib/analysis/compare/sql";
import { surveyConfig } from "@/lib/survey/config";
import { structure } from "@/lib/survey/engine/structure";
import { NUFFIC, nuffic } from "../support/surveys";

/** What can be compared, the URL's choice, and the shaping of per-group rows (numbers by hand). */
const s = structure(nuffic());
const questions = compareQuestions(s);
const groupings = compareGroupings(surveyConfig(NUFFIC).dimensions);
const q = (variable: string) => questions.find((x) => x.variable === variable)!;
const row = (group: string | null, n: number, sum = 0, sumsq = 0, code: string | null = null): TCompareRow => ({ group, code, n, sum, sumsq });
const by = { id: "sector_group", label: "Sector" };
const specs = [{ key: "po_vo", label: "PO/VO" }, { key: "mbo", label: "MBO" }, { key: "ho", label: "HO" }];

describe("what can be compared", () => {
  it("single choice as a distribution, options as shares, scores as means with their scale", () => {
    expect(q("bg_function")).toMatchObject({ kind: "categorical", page: "bg" });
    expect(q("bg_function").categories?.map((c) => c.code)).toContain("teamleider");
    expect(q("p1_other_stage")).toMatchObject({ kind: "share", part: "p1", showIf: { not: { var: "p1_activity", equals: "stage" } } });
    expect(q("p2_dev_open_minded")).toMatchObject({ kind: "mean", missingValues: [0], range: [1, 4] });
    expect(q("p1_factor_stage_taal")).toMatchObject({ kind: "mean", range: [0, 10] });
    expect(questions.some((x) => x.variable === "email")).toBe(false);
    expect(groupings.map((g) => g.id)).toEqual(expect.arrayContaining(["wave", "flow_mode", "version", "sector_group", "bg_sector"]));
  });

  it("reads the choice from the URL, apart from the filters, and refuses unknown ones with a message", () => {
    const { compare, rest } = splitCompareSearch({ vergelijk: "wave", vraag: "bg_sector", sectorGroup: "mbo" });
    expect(rest).toEqual({ sectorGroup: "mbo" });
    expect(parseCompareForPage(compare, groupings, questions)).toEqual({ params: { vergelijk: "wave", vraag: "bg_sector" }, error: null });
    expect(parseCompareForPage({}, groupings, questions)).toEqual({ params: null, error: null });
    expect(parseCompareForPage({ vergelijk: "nope", vraag: "bg_sector" }, groupings, questions).error).toMatch(/onbekende indeling/);
    expect(parseCompareForPage({ vergelijk: "wave", vraag: "email" }, groupings, questions).error).toMatch(/Vraag/);
  });
});

describe("shaping", () => {
  it("shares: a group with n = 0 is shown and not tested; two groups left → the z-test", () => {
    const c = shapeComparison({ question: q("p1_other_excursie"), by, specs, rows: [row("mbo", 10, 3, 3), row("ho", 20, 12, 12), row(null, 4, 1, 1)] });
    expect(c.groups.map((g) => [g.key, g.n, g.value])).toEqual([["po_vo", 0, null], ["mbo", 10, 0.3], ["ho", 20, 0.6]]);
    expect(c.groups[0].ci).toBeNull();
    expect(c.ungrouped).toBe(4);
    expect(c.test?.statistic).toBe("z");
    // Pooled 15/30 = 0,5: z = (0,3 − 0,6) / √(0,25 · (1/10 + 1/20)) = −0,3 / 0,19365 = −1,549
    expect(c.test && "statistic" in c.test.outcome && c.test.outcome.statistic).toBeCloseTo(-1.5492, 4);
    expect(c.pairwise).toBeNull();
    expect(c.warnings.join(" ")).toMatch(/Kleine groep \(N < 30\): MBO, HO/);
  });

  it("means: three groups → pairs with Holm; one group → nothing to test", () => {
    const three = shapeComparison({
      question: q("p1_factor_stage_taal"), by, specs,
      rows: [row("po_vo", 3, 6, 14), row("mbo", 3, 15, 77), row("ho", 2, 10, 52)], // {1,2,3}, {4,5,6}, {4,6}
    });
    expect(three.groups.map((g) => g.value)).toEqual([2, 5, 5]);
    expect(three.groups[0].sd).toBeCloseTo(1, 12);
    expect(three.test?.statistic).toBe("F");
    expect(three.pairwise?.pairs).toHaveLength(3);
    expect(three.pairwise?.correction).toBe("Holm");
    const one = shapeComparison({ question: q("p1_factor_stage_taal"), by, specs, rows: [row("mbo", 3, 15, 77)] });
    expect(one.test).toBeNull();
    expect(one.pairwise).toBeNull();
  });

  it("categorical: shares per group and category; chi² on the groups with answers", () => {
    const rows = [row("mbo", 2, 0, 0, "docent"), row("mbo", 2, 0, 0, "leerkracht"), row("ho", 3, 0, 0, "docent"), row("ho", 1, 0, 0, "leerkracht")];
    const c = shapeComparison({ question: q("bg_function"), by, specs, rows });
    expect(c.groups.map((g) => g.n)).toEqual([0, 4, 4]);
    const docent = c.categories!.find((x) => x.code === "docent")!;
    expect(docent.cells.map((x) => x.share)).toEqual([null, 0.5, 0.75]);
    // 2 × 2 [[2, 2], [3, 1]]: E = [[2,5, 1,5], [2,5, 1,5]]; χ² = 0,25 · (2/2,5 + 2/1,5) = 0,5333
    expect(c.test?.outcome && "statistic" in c.test.outcome && c.test.outcome.statistic).toBeCloseTo(0.53333, 4);
    expect(c.warnings.join(" ")).toMatch(/4 van de 4 verwachte aantallen/);
  });
});
