import { describe, expect, it } from "vitest";
import { AGGREGATES } from "@/lib/analysis/aggregates";
import { ELEMENT_TYPES } from "@/lib/survey/elements/registry";

/** A new element type that stores answers must say how results summarise it. */
describe("results know every element type", () => {
  it("every question type but consent and e-mail (never summarised) has an aggregate", () => {
    const missing = ELEMENT_TYPES.filter((t) => t.isQuestion && !["consent", "email"].includes(t.type) && !AGGREGATES[t.type]).map((t) => t.type);
    expect(missing).toEqual([]);
  });
});
