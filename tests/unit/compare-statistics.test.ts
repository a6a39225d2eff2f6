import { describe, expect, it } from "vitest";
import { chiSquareUpper, fUpper, normalTwoSided, tQuantileTwoSided, tTwoSided } from "@/lib/analysis/compare/distributions";
import { formatInterval, formatP, formatTest } from "@/lib/analysis/compare/format";
import { chiSquare, describeMean, holm, isRun, pairwise, twoProportions, welch, welchAnova, wilson, type TMeanStats } from "@/lib/analysis/compare/inference";

/**
 * The comparison's statistics. Expected values: by hand where short, otherwise R 4 (printed with
 * options(digits = 17); the calls are in the comments).
 */
const close = (actual: number, expected: number, rel = 1e-10) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(expected)));
const stats = (xs: number[]): TMeanStats => ({ n: xs.length, sum: xs.reduce((a, v) => a + v, 0), sumsq: xs.reduce((a, v) => a + v * v, 0) });

describe("distributions match R", () => {
  it("normal, t and chi² tails", () => {
    close(normalTwoSided(1.96), 0.049995790296440856); // 2 * pnorm(-1.96)
    close(normalTwoSided(5), 5.7330314375838782e-07, 1e-12);
    close(normalTwoSided(-0.3), 0.76417715562209465);
    close(tTwoSided(2.1, 3), 0.12656520254968454); // 2 * pt(-2.1, 3)
    close(tTwoSided(0.5, 1), 0.70483276469913358);
    close(tTwoSided(-4.2, 17.3), 0.00058134045714871576);
    close(tTwoSided(10, 50), 1.6077334688335389e-13, 1e-20);
    close(chiSquareUpper(3.84, 1), 0.050043521248705224); // pchisq(3.84, 1, lower.tail = FALSE)
    close(chiSquareUpper(12.5, 6), 0.051699974835848345);
    close(chiSquareUpper(0.2, 2), Math.exp(-0.1)); // df 2: exactly e^(−x/2)
    close(chiSquareUpper(80, 10), 5.0204643188291346e-13, 1e-20);
    close(fUpper(3.2, 2, 7.5), 0.098894977676417792); // pf(3.2, 2, 7.5, lower.tail = FALSE)
    close(fUpper(50, 3, 20.3), 1.4809249683358531e-09, 1e-18);
  });

  it("t quantiles for the intervals (qt(0.975, df))", () => {
    close(tQuantileTwoSided(0.05, 1), 12.706204736174694);
    close(tQuantileTwoSided(0.05, 2), 4.3026527297494619);
    close(tQuantileTwoSided(0.05, 29), 2.0452296421327034);
    close(tQuantileTwoSided(0.05, 40), 2.0210753903062733);
    close(tQuantileTwoSided(0.05, 1000), 1.9623390808264076);
  });
});

describe("intervals", () => {
  it("Wilson score interval, also at p = 0 and p = 1; none for n = 0", () => {
    const [lo, hi] = wilson(7, 20)!; // prop.test(7, 20, correct = FALSE)$conf.int
    close(lo, 0.18119182410108206);
    close(hi, 0.56714572331476365);
    expect(wilson(0, 12)![0]).toBe(0);
    close(wilson(0, 12)![1], 0.24249400665524079);
    close(wilson(12, 12)![0], 0.75750599334475921);
    expect(wilson(12, 12)![1]).toBe(1);
    expect(wilson(0, 0)).toBeNull();
  });

  it("by hand: 1 of 1 → [1 / (1 + z²); 1]", () => {
    close(wilson(1, 1)![0], 1 / (1 + 1.959963984540054 ** 2)); // 0,2065
    expect(wilson(1, 1)![1]).toBe(1);
  });

  it("mean with the t interval; none below two values; sd 0 gives a zero-width interval", () => {
    const m = describeMean(stats([8, 10, 7, 6, 9])); // t.test(c(8, 10, 7, 6, 9))$conf.int
    expect(m.mean).toBe(8);
    close(m.sd!, Math.sqrt(2.5)); // squares about 8: 0 + 4 + 1 + 4 + 1 = 10; 10 / 4
    close(m.ci![0], 6.0367568385224422);
    close(m.ci![1], 9.963243161477557);
    expect(describeMean(stats([4]))).toEqual({ n: 1, mean: 4, sd: null, ci: null });
    expect(describeMean(stats([]))).toEqual({ n: 0, mean: null, sd: null, ci: null });
    expect(describeMean(stats([3, 3, 3])).ci).toEqual([3, 3]);
  });
});

describe("tests", () => {
  it("two proportions: z² is prop.test's X-squared without continuity correction", () => {
    const t = twoProportions(15, 50, 25, 50); // prop.test(c(15, 25), c(50, 50), correct = FALSE)
    if (!isRun(t)) throw new Error(t.skipped);
    close(t.statistic ** 2, 4.166666666666667);
    close(t.statistic, -Math.sqrt(25 / 6)); // by hand: (0.3 − 0.5) / √(0.4 · 0.6 · 0.04) = −0.2 / 0.09798
    close(t.p, 0.041226833337163572);
    expect(twoProportions(0, 10, 0, 12)).toEqual({ skipped: expect.stringContaining("Niemand") });
    expect(twoProportions(10, 10, 12, 12)).toEqual({ skipped: expect.stringContaining("Iedereen") });
    expect(twoProportions(3, 10, 0, 0)).toEqual({ skipped: expect.any(String) });
    // One group all yes, the other all no: still a test.
    expect(isRun(twoProportions(10, 10, 0, 10))).toBe(true);
  });

  it("chi² of independence, with R's Yates correction on 2 × 2 when asked", () => {
    const t = chiSquare([[10, 20, 30], [15, 5, 25], [3, 7, 9]]); // chisq.test(matrix(..., 3, byrow = TRUE))
    if (!("p" in t)) throw new Error(t.skipped);
    close(t.statistic, 9.8331766917293226);
    expect(t.df).toBe(4);
    close(t.p, 0.043333539651496895);
    close(t.minExpected, 4.290322580645161);
    expect(t.cellsBelow5).toBe(2); // row 3 (19) × columns 28 and 32 of 124: 4,29 and 4,90
    const plain = chiSquare([[12, 5], [3, 9]]);
    const yates = chiSquare([[12, 5], [3, 9]], { yates: true });
    if (!("p" in plain) || !("p" in yates)) throw new Error("skipped");
    close(plain.statistic, 5.8548319327731102);
    close(plain.p, 0.015534341414683506);
    close(yates.statistic, 4.1714577497665744); // chisq.test(m) default
    close(yates.p, 0.041110414194307082);
    // prop.test's default (Yates) is the same 2 × 2 test: prop.test(c(15, 25), c(50, 50)) X-squared 3.375
    const prop = chiSquare([[15, 35], [25, 25]], { yates: true });
    if (!("p" in prop)) throw new Error("skipped");
    close(prop.statistic, 3.375);
    close(prop.p, 0.06619257972219339);
  });

  it("chi² leaves out empty rows and columns; one group or one category is no test", () => {
    const t = chiSquare([[12, 0, 5], [0, 0, 0], [3, 0, 9]]);
    expect("p" in t && t.df).toBe(1);
    expect(chiSquare([[4, 5], [0, 0]])).toEqual({ skipped: expect.stringContaining("twee groepen") });
    expect(chiSquare([[4, 0], [6, 0]])).toEqual({ skipped: expect.stringContaining("één categorie") });
    expect(chiSquare([])).toEqual({ skipped: expect.any(String) });
  });

  it("Welch's t-test (t.test default), also with equal variances", () => {
    const t = welch(stats([8, 10, 7, 6, 9]), stats([3, 4, 5, 2, 6, 4]));
    if (!isRun(t)) throw new Error(t.skipped);
    close(t.statistic, 4.3817804600413286);
    close(t.df!, 8.1967213114754109);
    close(t.p, 0.0022104745155096324);
    const eq = welch(stats([1, 2, 3, 4]), stats([2, 3, 4, 5])); // equal variances: df = n1 + n2 − 2
    if (!isRun(eq)) throw new Error(eq.skipped);
    close(eq.statistic, -1.0954451150103324);
    close(eq.df!, 6);
    close(eq.p, 0.31533359620122969);
    expect(welch(stats([1]), stats([2, 3]))).toEqual({ skipped: expect.any(String) });
    expect(welch(stats([2, 2]), stats([2, 2, 2]))).toEqual({ skipped: expect.stringContaining("spreiding") });
  });

  it("Welch's test of equal means for three groups (oneway.test, var.equal = FALSE)", () => {
    const t = welchAnova([stats([8, 10, 7, 6, 9]), stats([3, 4, 5, 2, 6, 4]), stats([5, 5, 6, 7])]);
    if (!isRun(t)) throw new Error(t.skipped);
    close(t.statistic, 8.8679408439238383);
    expect(t.df).toBe(2);
    close(t.df2!, 7.7966148405024924);
    close(t.p, 0.0098093879417025277);
    expect(welchAnova([stats([1, 2]), stats([3]), stats([4, 5])])).toEqual({ skipped: expect.any(String) });
    expect(welchAnova([stats([1, 2]), stats([3, 3]), stats([4, 5])])).toEqual({ skipped: expect.stringContaining("spreiding") });
  });

  it("Holm (p.adjust(p, 'holm')) and pairwise tests adjusted together", () => {
    const adjusted = holm([0.01, 0.04, 0.03, 0.005, 0.5]);
    [0.04, 0.09, 0.09, 0.025, 0.5].forEach((e, i) => close(adjusted[i], e, 1e-12));
    expect(holm([])).toEqual([]);
    expect(holm([0.9, 0.8])).toEqual([1, 1]); // 2 × 0,8 capped at 1; never below an earlier step
    const pairs = pairwise(
      [{ key: "a", stats: [15, 50] }, { key: "b", stats: [25, 50] }, { key: "c", stats: [0, 0] }],
      ([x1, n1], [x2, n2]) => twoProportions(x1, n1, x2, n2),
    );
    expect(pairs.map((p) => `${p.a}-${p.b}`)).toEqual(["a-b", "a-c", "b-c"]);
    // Only one pair could be tested: nothing to adjust for.
    close(pairs[0].pAdjusted!, 0.041226833337163572);
    expect(pairs[1].pAdjusted).toBeNull();
  });
});

describe("Dutch formatting of the comparison", () => {
  it("p-values, intervals and test lines", () => {
    expect(formatP(0.0004)).toBe("p < 0,001");
    expect(formatP(0.001)).toBe("p = 0,001");
    expect(formatP(0.04333)).toBe("p = 0,043");
    expect(formatP(1)).toBe("p = 1,000");
    expect(formatInterval([0.1811918, 0.5671457], "share")).toBe("[18,1%; 56,7%]");
    expect(formatInterval([6.0367, 9.9632], "mean")).toBe("[6,04; 9,96]");
    expect(formatInterval(null, "mean")).toBe("–");
    expect(formatTest("chi2", { statistic: 9.8331, df: 4, p: 0.0433 })).toEqual({ statistic: "χ² = 9,83", df: "df = 4", p: "p = 0,043" });
    expect(formatTest("t", { statistic: 4.38178, df: 8.19672, p: 0.0022 })).toEqual({ statistic: "t = 4,38", df: "df = 8,2", p: "p = 0,002" });
    expect(formatTest("z", { statistic: -2.0412, df: null, p: 0.0412 }).df).toBe("–");
    expect(formatTest("F", { statistic: 8.86794, df: 2, df2: 7.7966, p: 0.0098 })).toEqual({ statistic: "F = 8,87", df: "df = 2 en 7,8", p: "p = 0,010" });
  });
});
