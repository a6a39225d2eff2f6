import { describe, expect, it } from "vitest";
import { ResponseError } from "@/lib/responses/errors";
import { planSave, type TStoredResponse } from "@/lib/responses/save";
import { bundledDefinitions } from "@/lib/survey";

const def = bundledDefinitions[0];
const base: TStoredResponse = {
  id: "r", secretHash: "h", lastSeq: 3, currentPage: "p1_activity", flowMode: "choice", partChoice: "p1",
  extraPart: null, activities: {}, partsFinished: [], isFinished: false,
};

function rejects(stored: TStoredResponse, page: string, values: Record<string, unknown>): number {
  try {
    planSave(def, stored, page, values);
  } catch (e) {
    if (e instanceof ResponseError) return e.status;
    throw e;
  }
  return 0;
}

describe("planSave", () => {
  it("moves on to the next page and copies the activity to its column", () => {
    const plan = planSave(def, base, "p1_activity", { p1_activity: "online" });
    expect(plan.nextPage).toBe("p1_factors");
    expect(plan.columns).toEqual({ p1_activity: "online" });
    expect(plan.clearPages).toEqual(["p1_activity"]);
  });

  it("a changed activity clears the part's later pages", () => {
    const stored = { ...base, currentPage: "p1_top5" as const, activities: { p1: "stage" } };
    const plan = planSave(def, stored, "p1_activity", { p1_activity: "online" });
    expect(plan.clearPages).toEqual(["p1_activity", "p1_factors", "p1_dev", "p1_top5", "p1_other"]);
    expect(planSave(def, stored, "p1_activity", { p1_activity: "stage" }).clearPages).toEqual(["p1_activity"]);
  });

  it("cannot skip ahead or answer a page outside the flow", () => {
    expect(rejects(base, "p1_dev", {})).toBe(409);
    expect(rejects(base, "p2_activity", { p2_activity: "congres" })).toBe(409);
    expect(rejects(base, "admin", {})).toBe(409);
  });

  it("invalid values are a 422 with the field's message", () => {
    const stored = { ...base, currentPage: "p1_factors" as const, activities: { p1: "stage" } };
    try {
      planSave(def, stored, "p1_factors", { p1_factor_stage_taal: 11 });
      expect.unreachable();
    } catch (e) {
      expect((e as ResponseError).status).toBe(422);
      expect((e as ResponseError).fields).toEqual({ p1_factor_stage_taal: "Kies een waarde van 0 tot en met 10." });
    }
  });

  it("finishing the chosen part finishes the response in choice mode", () => {
    const stored = { ...base, currentPage: "p1_other" as const, activities: { p1: "stage" } };
    const plan = planSave(def, stored, "p1_other", { p1_other: ["geen"] });
    expect(plan.finishParts).toEqual(["p1"]);
    expect(plan.isFinishing).toBe(true);
    expect(plan.nextPage).toBe("raffle");
  });

  it("sequential mode needs both parts", () => {
    const stored = { ...base, flowMode: "sequential" as const, partChoice: null, currentPage: "p1_other" as const, activities: { p1: "stage" } };
    const plan = planSave(def, stored, "p1_other", { p1_other: ["geen"] });
    expect(plan.isFinishing).toBe(false);
    expect(plan.nextPage).toBe("p2_activity");
  });

  it("the extra part is offered only in choice mode and only the other part", () => {
    const done = { ...base, currentPage: "done" as const, partsFinished: ["p1" as const], isFinished: true };
    const plan = planSave(def, done, "done", { extra_part: "p2" });
    expect(plan.nextPage).toBe("p2_activity");
    expect(plan.columns).toEqual({ extra_part: "p2" });
    expect(rejects(done, "done", { extra_part: "p1" })).toBe(409);
  });

  it("the raffle e-mail is never an answer row", () => {
    const stored = { ...base, currentPage: "raffle" as const, partsFinished: ["p1" as const], isFinished: true };
    const plan = planSave(def, stored, "raffle", { email: "Iemand@Example.org" });
    expect(plan.rows).toEqual([]);
    expect(plan.raffleEmail).toBe("iemand@example.org");
  });
});
