import { describe, expect, it } from "vitest";
import type { TAnswers } from "@/lib/survey/elements/types";
import { pageRows, pageSchema, pageValues, path, progress } from "@/lib/survey/engine/flow";
import { nuffic } from "../support/surveys";

/** The bundled questionnaire's pages as the browser's forms and the server's save both parse them (one engine). */
const def = nuffic(1);
const stage: TAnswers = { part_choice: "p1", p1_activity: "stage" };
const five = ["open_minded", "zelfstandigheid", "zelfvertrouwen", "flexibiliteit", "creativiteit"];

function errors(page: string, values: unknown, answers: TAnswers = stage) {
  const r = pageSchema(def, page, { answers }).safeParse(values);
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

  it("factor sliders: 0–10 integers, untouched = null, other activities' statements refused", () => {
    expect(errors("p1_factors", { p1_factor_stage_taal: 0, p1_factor_stage_duur: 10, p1_factor_stage_alleen: null })).toEqual([]);
    expect(errors("p1_factors", { p1_factor_stage_taal: 11 })).toEqual(["Kies een waarde van 0 tot en met 10."]);
    expect(errors("p1_factors", { p1_factor_stage_taal: 2.5 })).toEqual(["Kies een hele waarde."]);
    expect(errors("p1_factors", { p1_factor_stage_taal: "7" }).length).toBe(1);
    expect(errors("p1_factors", { p1_factor_online_taal: 5 }).length).toBe(1);
  });

  it("development grid: 1–5 in part 1, 0–4 in part 2", () => {
    expect(errors("p1_dev", { p1_dev_open_minded: 5 })).toEqual([]);
    expect(errors("p1_dev", { p1_dev_open_minded: 0 }).length).toBe(1);
    const p2 = { part_choice: "p2", p2_activity: "congres" };
    expect(errors("p2_dev", { p2_dev_open_minded: 0 }, p2)).toEqual([]);
    expect(errors("p2_dev", { p2_dev_open_minded: 5 }, p2).length).toBe(1);
  });

  it("top 5: exactly five distinct known items", () => {
    expect(errors("p1_top5", { p1_top5: five })).toEqual([]);
    expect(errors("p1_top5", { p1_top5: five.slice(0, 4) })).toEqual(["Kies precies 5."]);
    expect(errors("p1_top5", { p1_top5: [...five, "nieuwsgierigheid"] })).toEqual(["Kies precies 5."]);
    expect(errors("p1_top5", { p1_top5: [...five.slice(0, 4), five[0]] })).toEqual(["Kies elk antwoord maar één keer."]);
    expect(errors("p1_top5", { p1_top5: [...five.slice(0, 4), "toverkunst"] }).length).toBe(1);
  });

  it("other activities: 'geen' is exclusive, 'anders' needs text, the chosen activity is not offered", () => {
    expect(errors("p1_other", { p1_other: ["excursie", "gastspreker"] })).toEqual([]);
    expect(errors("p1_other", { p1_other: ["geen", "excursie"] })).toEqual(["'Geen andere activiteiten' kan niet samen met een ander antwoord."]);
    expect(errors("p1_other", { p1_other: ["anders"] })).toEqual(["Vul in wat je bedoelt met 'anders'."]);
    expect(errors("p1_other", { p1_other: ["stage"] }).length).toBe(1);
    expect(errors("p1_other", { p1_other: [] })).toEqual(["Kies minstens één antwoord."]);
  });

  it("refuses unknown keys on every page", () => {
    expect(errors("welcome", { consent: true, extra: 1 }).length).toBe(1);
  });

  it("stored rows round-trip to form values", () => {
    const values = { p1_other: ["excursie", "anders"], p1_other_text: "Buddy-programma" };
    const rows = pageRows(def, "p1_other", values, { answers: stage });
    expect(rows).toEqual([
      { variable: "p1_other_excursie", num: 1, text: null },
      { variable: "p1_other_anders", num: 1, text: null },
      { variable: "p1_other_text", num: null, text: "Buddy-programma" },
    ]);
    const answers = { ...stage, ...Object.fromEntries(rows.map((r) => [r.variable, r.num ?? r.text!])) };
    expect(pageValues(def, "p1_other", { answers })).toEqual(values);
    const top = pageRows(def, "p1_top5", { p1_top5: five }, { answers: stage });
    const withTop = { ...stage, ...Object.fromEntries(top.map((r) => [r.variable, r.num!])) };
    expect([...(pageValues(def, "p1_top5", { answers: withTop }).p1_top5 as string[])].sort()).toEqual([...five].sort());
  });

  it("drops the 'anders' text when another option is chosen", () => {
    const rows = pageRows(def, "bg", { bg_function: "docent", bg_function_other: "oud", bg_province: "utrecht", bg_sector: "vo" }, { answers: {} });
    expect(rows.map((r) => r.variable)).toEqual(["bg_function", "bg_province", "bg_sector"]);
  });
});

describe("flow", () => {
  it("sequential: both parts in order", () => {
    const sequential = nuffic(2);
    expect(path(sequential, { p1_activity: "stage", p2_activity: "congres" })).toEqual([
      "welcome", "bg", "p1_activity", "p1_factors", "p1_dev", "p1_top5", "p1_other",
      "p2_activity", "p2_dev", "p2_top5", "p2_other", "raffle", "done",
    ]);
  });

  it("choice: the chosen part, then optionally the other part after the raffle", () => {
    expect(path(def, { part_choice: "p2" })).toEqual(["welcome", "bg", "choice", "p2_activity", "p2_dev", "p2_top5", "p2_other", "raffle", "done"]);
    expect(path(def, { part_choice: "p2", extra_part: "p1", p1_activity: "stage" }).slice(-7)).toEqual([
      "raffle", "p1_activity", "p1_factors", "p1_dev", "p1_top5", "p1_other", "done",
    ]);
  });

  it("progress counts question pages", () => {
    const pages = path(def, stage);
    expect(progress(def, pages, "bg")).toEqual({ index: 0, total: 8 });
    expect(progress(def, pages, "done")).toEqual({ index: 8, total: 8 });
  });
});
