import { describe, expect, it } from "vitest";
import { ResponseError } from "@/lib/responses/errors";
import { planSave, type TStoredResponse } from "@/lib/responses/save";
import { nuffic } from "../support/surveys";

const def = nuffic(1);
const sequential = nuffic(2);
const before = { consent: 1, bg_function: "docent", bg_province: "utrecht", bg_sector: "mbo" };
const base: TStoredResponse = {
  id: "r", lastSeq: 3, currentPage: "p1_activity", answers: { ...before, part_choice: "p1" }, order: {}, partsFinished: [], isFinished: false,
};
const withActivity = (currentPage: string, extra: Record<string, string | number> = {}): TStoredResponse =>
  ({ ...base, currentPage, answers: { ...base.answers, p1_activity: "stage", ...extra } });

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
  it("moves on to the next page and records the activity as a dimension value", () => {
    const plan = planSave(def, base, "p1_activity", { p1_activity: "online" });
    expect(plan.nextPage).toBe("p1_factors");
    expect(plan.dims).toEqual({ bg_function: "docent", bg_province: "utrecht", bg_sector: "mbo", part_choice: "p1", p1_activity: "online" });
    expect(plan.clear).toEqual([]);
  });

  it("a changed activity clears every answer that depends on it", () => {
    const stored = withActivity("p1_top5", { p1_factor_stage_taal: 6, p1_dev_open_minded: 3 });
    const plan = planSave(def, stored, "p1_activity", { p1_activity: "online" });
    expect(plan.clear.sort()).toEqual(["p1_dev_open_minded", "p1_factor_stage_taal"]);
    expect(planSave(def, stored, "p1_activity", { p1_activity: "stage" }).clear).toEqual([]);
  });

  it("a changed part choice clears the answers of the part no longer chosen", () => {
    const stored = withActivity("p1_dev", { p1_factor_stage_taal: 6 });
    const plan = planSave(def, stored, "choice", { part_choice: "p2" });
    expect(plan.clear.sort()).toEqual(["p1_activity", "p1_factor_stage_taal"]);
    expect(plan.nextPage).toBe("p2_activity");
  });

  it("cannot skip ahead or answer a page outside the flow", () => {
    expect(rejects(base, "p1_dev", {})).toBe(409);
    expect(rejects(base, "p2_activity", { p2_activity: "congres" })).toBe(409);
    expect(rejects(base, "admin", {})).toBe(409);
  });

  it("invalid values are a 422 with the field's message", () => {
    const stored = withActivity("p1_factors");
    try {
      planSave(def, stored, "p1_factors", { p1_factor_stage_taal: 11 });
      expect.unreachable();
    } catch (e) {
      expect((e as ResponseError).status).toBe(422);
      expect((e as ResponseError).fields).toEqual({ p1_factor_stage_taal: "Kies een waarde van 0 tot en met 10." });
    }
  });

  it("finishing the chosen part finishes the response in choice mode", () => {
    const plan = planSave(def, withActivity("p1_other"), "p1_other", { p1_other: ["geen"] });
    expect(plan.finishParts).toEqual(["p1"]);
    expect(plan.isFinishing).toBe(true);
    expect(plan.nextPage).toBe("raffle");
  });

  it("sequential mode needs both parts", () => {
    const stored = { ...base, currentPage: "p1_other", answers: { ...before, p1_activity: "stage" } };
    const plan = planSave(sequential, stored, "p1_other", { p1_other: ["geen"] });
    expect(plan.isFinishing).toBe(false);
    expect(plan.nextPage).toBe("p2_activity");
  });

  it("the extra part is offered only in choice mode and only the other part", () => {
    const done = { ...withActivity("done"), partsFinished: ["p1"], isFinished: true };
    const plan = planSave(def, done, "done", { extra_part: "p2" });
    expect(plan.nextPage).toBe("p2_activity");
    expect(plan.dims.extra_part).toBe("p2");
    expect(rejects(done, "done", { extra_part: "p1" })).toBe(422);
    expect(planSave(sequential, { ...done, answers: { ...before } }, "done", {}).nextPage).toBe("done");
  });

  it("the raffle e-mail is never an answer row", () => {
    const stored = { ...withActivity("raffle"), partsFinished: ["p1"], isFinished: true };
    const plan = planSave(def, stored, "raffle", { email: "Iemand@Example.org" });
    expect(plan.rows).toEqual([]);
    expect(plan.raffleEmail).toBe("iemand@example.org");
  });
});
