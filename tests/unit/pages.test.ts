import { describe, expect, it } from "vitest";
import { bundledDefinitions } from "@/lib/survey";
import { flowPages, progress } from "@/lib/survey/flow";
import { fromAnswerRows, pageSchema, toAnswerRows, type TPageContext } from "@/lib/survey/pages";

const def = bundledDefinitions[0];
const stage: TPageContext = { activities: { p1: "stage" } };
const five = ["open_minded", "zelfstandigheid", "zelfvertrouwen", "flexibiliteit", "creativiteit"];

function errors(page: Parameters<typeof pageSchema>[1], values: unknown, ctx: TPageContext = stage) {
  const r = pageSchema(def, page, ctx).safeParse(values);
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

describe("page schemas", () => {
  it("welcome requires consent", () => {
    expect(errors("welcome", { consent: false })).toEqual(["Geef toestemming om verder te gaan."]);
    expect(errors("welcome", { consent: true })).toEqual([]);
  });

  it("background: required choices, 'anders' needs its text, unknown codes refused", () => {
    const ok = { bg_function: "docent", bg_province: "utrecht", bg_sector: "mbo" };
    expect(errors("bg", ok)).toEqual([]);
    expect(errors("bg", { ...ok, bg_function: "anders" })).toEqual(["Vul in wat je bedoelt met 'anders'."]);
    expect(errors("bg", { ...ok, bg_function: "anders", bg_function_other: "docent en coördinator" })).toEqual([]);
    expect(errors("bg", { ...ok, bg_sector: "universiteit" }).length).toBe(1);
    expect(errors("bg", { bg_function: "docent" }).length).toBe(2);
  });

  it("factor sliders: 0–10 integers, untouched = null, unknown items and other activities refused", () => {
    expect(errors("p1_factors", { p1_factor_stage_taal: 0, p1_factor_stage_duur: 10, p1_factor_stage_alleen: null })).toEqual([]);
    expect(errors("p1_factors", { p1_factor_stage_taal: 11 })).toEqual(["Kies een waarde van 0 tot en met 10."]);
    expect(errors("p1_factors", { p1_factor_stage_taal: 2.5 })).toEqual(["Kies een hele waarde."]);
    expect(errors("p1_factors", { p1_factor_stage_taal: "7" }).length).toBe(1);
    expect(errors("p1_factors", { p1_factor_online_taal: 5 }).length).toBe(1);
  });

  it("development grid: 1–5 in part 1, 0–4 in part 2", () => {
    expect(errors("p1_dev", { p1_dev_open_minded: 5 })).toEqual([]);
    expect(errors("p1_dev", { p1_dev_open_minded: 0 }).length).toBe(1);
    const p2 = { activities: { p2: "congres" } };
    expect(errors("p2_dev", { p2_dev_open_minded: 0 }, p2)).toEqual([]);
    expect(errors("p2_dev", { p2_dev_open_minded: 5 }, p2).length).toBe(1);
  });

  it("top-5: exactly five distinct known competences", () => {
    expect(errors("p1_top5", { p1_top5: five })).toEqual([]);
    expect(errors("p1_top5", { p1_top5: five.slice(0, 4) })).toEqual(["Kies precies 5 competenties."]);
    expect(errors("p1_top5", { p1_top5: [...five, "nieuwsgierigheid"] })).toEqual(["Kies precies 5 competenties."]);
    expect(errors("p1_top5", { p1_top5: [...five.slice(0, 4), five[0]] })).toEqual(["Kies elke competentie maar één keer."]);
    expect(errors("p1_top5", { p1_top5: [...five.slice(0, 4), "toverkunst"] }).length).toBe(1);
  });

  it("other activities: 'geen' is exclusive, 'anders' needs text, the chosen activity is not offered", () => {
    expect(errors("p1_other", { p1_other: ["excursie", "gastspreker"] })).toEqual([]);
    expect(errors("p1_other", { p1_other: ["geen", "excursie"] })).toEqual(["'Geen' kan niet samen met een ander antwoord."]);
    expect(errors("p1_other", { p1_other: ["anders"] })).toEqual(["Vul in wat je bedoelt met 'anders'."]);
    expect(errors("p1_other", { p1_other: ["stage"] }).length).toBe(1);
    expect(errors("p1_other", { p1_other: [] })).toEqual(["Kies minstens één antwoord."]);
  });

  it("refuses unknown keys on every page", () => {
    expect(errors("welcome", { consent: true, extra: 1 }).length).toBe(1);
  });

  it("stored rows round-trip to form values", () => {
    const values = { p1_other: ["excursie", "anders"], p1_other_text: "Buddy-programma" };
    const rows = toAnswerRows(def, "p1_other", values);
    expect(rows).toEqual([
      { variable: "p1_other_excursie", num: 1, text: null },
      { variable: "p1_other_anders", num: 1, text: null },
      { variable: "p1_other_text", num: null, text: "Buddy-programma" },
    ]);
    expect(fromAnswerRows(def, "p1_other", rows)).toEqual(values);
    const top = toAnswerRows(def, "p1_top5", { p1_top5: five });
    expect(fromAnswerRows(def, "p1_top5", top)).toEqual({ p1_top5: five });
  });

  it("drops the 'anders' text when another option is chosen", () => {
    const rows = toAnswerRows(def, "bg", { bg_function: "docent", bg_function_other: "oud", bg_province: "utrecht", bg_sector: "vo" });
    expect(rows.map((r) => r.variable)).toEqual(["bg_function", "bg_province", "bg_sector"]);
  });
});

describe("flow", () => {
  it("sequential: both parts in order", () => {
    expect(flowPages(def, "sequential", {})).toEqual([
      "welcome", "bg", "p1_activity", "p1_factors", "p1_dev", "p1_top5", "p1_other",
      "p2_activity", "p2_dev", "p2_top5", "p2_other", "raffle", "done",
    ]);
  });

  it("choice: the chosen part, then optionally the other part after the raffle", () => {
    expect(flowPages(def, "choice", { partChoice: "p2" })).toEqual([
      "welcome", "bg", "choice", "p2_activity", "p2_dev", "p2_top5", "p2_other", "raffle", "done",
    ]);
    expect(flowPages(def, "choice", { partChoice: "p2", extraPart: "p1" }).slice(-7)).toEqual([
      "raffle", "p1_activity", "p1_factors", "p1_dev", "p1_top5", "p1_other", "done",
    ]);
  });

  it("progress counts question pages", () => {
    const pages = flowPages(def, "choice", { partChoice: "p1" });
    expect(progress(pages, "bg")).toEqual({ index: 0, total: 8 });
    expect(progress(pages, "done")).toEqual({ index: 8, total: 8 });
  });
});
