import { describe, expect, it } from "vitest";
import {
  armAt, blockOrder, blockSizeFor, experimentFormInput, reduceWeights, targetShares, weightLabel, ZExperimentForm,
} from "@/lib/survey/experiment";
import { dropoutTest, flowPages, shapeGroupComparison } from "@/lib/analysis/shape-experiment";
import { nuffic } from "../support/surveys";

const counts = (seed: string, weights: number[], n: number) => {
  const out = weights.map(() => 0);
  for (let i = 0; i < n; i++) out[armAt(seed, weights, i)]++;
  return out;
};

describe("assignment rule: weighted permuted blocks", () => {
  it("reduces the weights and makes blocks of at least ten", () => {
    expect(reduceWeights([50, 50])).toEqual([1, 1]);
    expect(reduceWeights([70, 30])).toEqual([7, 3]);
    expect(reduceWeights([2, 4, 6])).toEqual([1, 2, 3]);
    expect(blockSizeFor([50, 50])).toBe(10);
    expect(blockSizeFor([70, 30])).toBe(10);
    expect(blockSizeFor([1, 1, 1])).toBe(12);
    expect(blockSizeFor([2, 1])).toBe(12);
    expect(blockSizeFor([99, 100])).toBe(199);
    expect(weightLabel([70, 30])).toBe("70% / 30%");
  });

  it("a block holds each arm its weight's share, in an order that follows from the seed", () => {
    const order = blockOrder("seed-a", 0, [70, 30]);
    expect(order.filter((a) => a === 0)).toHaveLength(7);
    expect(order.filter((a) => a === 1)).toHaveLength(3);
    expect(blockOrder("seed-a", 0, [70, 30])).toEqual(order);
    const others = Array.from({ length: 20 }, (_, b) => blockOrder("seed-a", b + 1, [70, 30]).join(""));
    expect(new Set(others).size).toBeGreaterThan(5);
  });

  it("is exact at every block's end and never further off than one block in between", () => {
    for (const weights of [[50, 50], [70, 30], [1, 1, 1], [3, 2, 1]]) {
      const size = blockSizeFor(weights);
      const shares = targetShares(weights);
      const seen = weights.map(() => 0);
      for (let n = 1; n <= 50 * size; n++) {
        seen[armAt("balance", weights, n - 1)]++;
        for (const [i, c] of seen.entries()) {
          if (n % size === 0) expect(c).toBe(Math.round(n * shares[i]));
          expect(Math.abs(c - n * shares[i])).toBeLessThanOrEqual(size * shares[i]);
        }
      }
    }
    expect(counts("x", [50, 50], 1000)).toEqual([500, 500]);
    expect(counts("x", [70, 30], 1000)).toEqual([700, 300]);
  });

  it("is random: over many seeds the first respondent gets each arm by its weight", () => {
    const first = [0, 0];
    for (let s = 0; s < 4000; s++) first[armAt(`seed-${s}`, [70, 30], 0)]++;
    // Binomial(4000, 0.7): sd = 29; within 4 sd.
    expect(Math.abs(first[0] - 2800)).toBeLessThan(116);
    // Every place of a block is arm 0 about half the time with 50/50.
    for (let place = 0; place < 10; place++) {
      let zeros = 0;
      for (let s = 0; s < 2000; s++) zeros += armAt(`p-${s}`, [1, 1], place) === 0 ? 1 : 0;
      expect(Math.abs(zeros - 1000)).toBeLessThan(90);
    }
  });
});

describe("the experiment form", () => {
  const A = "3f1c2e4a-1111-4a3b-8c9d-000000000001";
  const B = "3f1c2e4a-1111-4a3b-8c9d-000000000002";

  it("reads a checkbox and a weight per version", () => {
    const input = experimentFormInput([["slug", "x"], [`arm:${A}`, "on"], [`weight:${A}`, "50"], [`weight:${B}`, "50"], [`arm:${B}`, "on"]]);
    expect(ZExperimentForm.parse(input)).toEqual({ arms: [{ versionId: A, weight: 50 }, { versionId: B, weight: 50 }] });
  });

  it("refuses one arm and bad weights with a Dutch message", () => {
    const one = ZExperimentForm.safeParse(experimentFormInput([[`arm:${A}`, "on"], [`weight:${A}`, "50"]]));
    expect(one.success ? "" : one.error.issues[0].message).toBe("Kies minstens twee versies om te vergelijken.");
    for (const w of ["0", "1,5", "abc", "101", ""]) {
      const bad = ZExperimentForm.safeParse(experimentFormInput([[`arm:${A}`, "on"], [`weight:${A}`, w], [`arm:${B}`, "on"], [`weight:${B}`, "50"]]));
      expect(bad.success ? "" : bad.error.issues[0].message).toBe("Gewicht: een heel getal van 1 tot 100.");
    }
  });
});

describe("dropout per arm: Wilson intervals and the test of the difference", () => {
  const labels = { pages: ["welcome", "bg", "choice", "p1"], pageLabels: { welcome: "Welkom", bg: "Achtergrond" } };
  const specs = [{ key: "a", label: "Arm A" }, { key: "b", label: "Arm B" }];

  it("matches R's prop.test(correct = FALSE) for 15 of 50 against 25 of 50", () => {
    const c = shapeGroupComparison(
      specs,
      [{ group: "a", started: 50, finished: 35, first: null, last: null }, { group: "b", started: 50, finished: 25, first: null, last: null }],
      [], labels,
    );
    expect(c.groups[0]).toMatchObject({ started: 50, finished: 35, dropped: 15, dropout: 0.3, isSmall: false });
    // R: prop.test(15, 50, correct = FALSE)$conf.int
    expect(c.groups[0].ci![0]).toBeCloseTo(0.1910355350088, 10);
    expect(c.groups[0].ci![1]).toBeCloseTo(0.4375035046445, 10);
    expect(c.groups[1].ci![0]).toBeCloseTo(0.3664451431683, 10);
    expect(c.test!.statistic).toBe("z");
    // R: prop.test(c(15, 25), c(50, 50), correct = FALSE): X-squared = 4.1667 = z², p-value = 0.04123
    const outcome = c.test!.outcome as { statistic: number; p: number };
    expect(outcome.statistic).toBeCloseTo(-2.041241452319315, 10);
    expect(outcome.p).toBeCloseTo(0.04122683333716371, 10);
  });

  it("three arms: Pearson's χ² (R: chisq.test(matrix(c(10,20,30,40,30,20), 3)) = 16.667, df 2, p = 0.00024)", () => {
    const t = dropoutTest([{ n: 50, x: 10 }, { n: 50, x: 20 }, { n: 50, x: 30 }])!;
    expect(t.statistic).toBe("chi2");
    expect(t.outcome).toMatchObject({ df: 2 });
    expect((t.outcome as { statistic: number }).statistic).toBeCloseTo(16.666666666667, 9);
    expect((t.outcome as { p: number }).p).toBeCloseTo(0.00024036947641951, 12);
    expect(dropoutTest([{ n: 10, x: 1 }, { n: 0, x: 0 }])).toBeNull();
  });

  it("per page in flow order; a page only one arm has is shown but not tested", () => {
    const c = shapeGroupComparison(
      specs,
      [{ group: "a", started: 4, finished: 1, first: new Date("2026-01-01T10:00:00Z"), last: null }],
      [
        { group: "a", page: "bg", reached: 4, stopped: 2 }, { group: "b", page: "bg", reached: 0, stopped: 0 },
        { group: "a", page: "welcome", reached: 4, stopped: 0 }, { group: "b", page: "welcome", reached: 3, stopped: 1 },
        { group: "a", page: "choice", reached: 2, stopped: 1 }, { group: "x", page: "other", reached: 9, stopped: 9 },
      ],
      labels,
    );
    expect(c.groups.map((g) => [g.started, g.dropped, g.isSmall, g.first])).toEqual([[4, 3, true, "2026-01-01T10:00:00.000Z"], [0, 0, false, null]]);
    expect(c.groups[1].ci).toBeNull();
    expect(c.test).toBeNull();
    expect(c.pages.map((p) => [p.page, p.label, p.cells.map((x) => [x.reached, x.stopped])])).toEqual([
      ["welcome", "Welkom", [[4, 0], [3, 1]]],
      ["bg", "Achtergrond", [[4, 2], [0, 0]]],
      ["choice", "choice", [[2, 1], [0, 0]]],
    ]);
    expect(c.pages[0].test?.statistic).toBe("z");
    expect(c.pages[1].test).toBeNull();
  });
});

describe("pages of the compared versions in one flow order", () => {
  it("choice and both-in-a-row: the part choice after the background, part 2 after part 1, raffle and end last", () => {
    const { pages, pageLabels } = flowPages([nuffic(1), nuffic(2)]);
    const at = (id: string) => pages.indexOf(id);
    expect(pages.slice(0, 3)).toEqual(["welcome", "bg", "choice"]);
    expect(at("p1_other")).toBeLessThan(at("p2_activity"));
    expect(at("p2_other")).toBeLessThan(at("raffle"));
    expect(pages.at(-1)).toBe(nuffic(1).end.id);
    expect(new Set(pages).size).toBe(pages.length);
    expect(pageLabels.choice).toBeTruthy();
    expect(pageLabels.choice).not.toBe("choice");
    // Both parts in a row alone: no part choice.
    expect(flowPages([nuffic(2)]).pages).not.toContain("choice");
  });
});
