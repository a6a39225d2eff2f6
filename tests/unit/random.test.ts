import { describe, expect, it } from "vitest";
import { seededShuffle } from "@/lib/survey/random";
import { displayOrder } from "@/lib/survey/engine/order";
import { nuffic } from "../support/surveys";

const items = Array.from({ length: 34 }, (_, i) => `c${i}`);

describe("seededShuffle", () => {
  it("is a permutation", () => {
    const out = seededShuffle(items, "abc");
    expect([...out].sort()).toEqual([...items].sort());
  });

  it("is stable for the same seed and differs between seeds", () => {
    expect(seededShuffle(items, "r1:p1")).toEqual(seededShuffle(items, "r1:p1"));
    expect(seededShuffle(items, "r1:p1")).not.toEqual(seededShuffle(items, "r2:p1"));
  });

  it("spreads every item over every position (no fixed order)", () => {
    const firstPositions = new Map<string, number>();
    for (let i = 0; i < 4000; i++) {
      const first = seededShuffle(items, `seed-${i}`)[0];
      firstPositions.set(first, (firstPositions.get(first) ?? 0) + 1);
    }
    expect(firstPositions.size).toBe(items.length);
    // Expected 4000/34 ≈ 118 per item; a biased shuffle would leave items far below that.
    expect(Math.min(...firstPositions.values())).toBeGreaterThan(60);
    expect(Math.max(...firstPositions.values())).toBeLessThan(190);
  });
});

describe("displayOrderFor", () => {
  it("gives each part its model's competences, in an order fixed by the response ID", () => {
    const def = nuffic();
    const order = displayOrder(def, "0b8f6c8e-4a1b-4c1e-9d38-0a3a8f0e9b11");
    expect(order.p1.length).toBe(def.lists.find((l) => l.id === "student")!.options.length);
    expect(order.p2.length).toBe(39);
    expect(displayOrder(def, "0b8f6c8e-4a1b-4c1e-9d38-0a3a8f0e9b11")).toEqual(order);
    expect(displayOrder(def, "1b8f6c8e-4a1b-4c1e-9d38-0a3a8f0e9b11").p2).not.toEqual(order.p2);
  });
});
