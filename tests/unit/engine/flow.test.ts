import { describe, expect, it } from "vitest";
import { surveyConfigs, surveyVersions } from "@/lib/survey/config";
import { FlowError, applySave, context, pageFields, pageValues, path, type TSaveInput } from "@/lib/survey/engine/flow";
import { displayOrder } from "@/lib/survey/engine/order";
import { pipe } from "@/lib/survey/engine/piping";
import { structure } from "@/lib/survey/engine/structure";

const folder = surveyConfigs().find((f) => f.config.slug === "voorbeeld-alle-elementen")!;
const [def] = surveyVersions(folder.folder, folder.config);
const start: TSaveInput = { answers: {}, currentPage: "welkom", partsFinished: [], isFinished: false };

/** Saves pages in order, each from where the previous save left off. */
function run(saves: [string, Record<string, unknown>][], from = start) {
  let state = from;
  let last;
  for (const [page, values] of saves) {
    last = applySave(def, state, page, values);
    state = { answers: last.answers, currentPage: last.nextPage, partsFinished: [...state.partsFinished, ...last.finishedParts], isFinished: last.isFinished };
  }
  return { state, last: last! };
}

const errorOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof FlowError) return { status: e.status, fields: e.fields };
    throw e;
  }
  return undefined;
};

const head: [string, Record<string, unknown>][] = [
  ["welkom", { toestemming: true }],
  ["over_jou", { rol: "docent", jaren: 12, school: "De School" }],
  ["onderwerp_kiezen", { onderwerp: "les" }],
  ["stellingen", { cijfer: 8, stelling_les_duidelijk: 4, stelling_les_tempo: null }],
];

describe("the flow engine on a survey with every element type", () => {
  it("shows an element only when its condition holds, and refuses its answer otherwise", () => {
    const { state } = run(head.slice(0, 1));
    expect(errorOf(() => applySave(def, state, "over_jou", { rol: "anders", rol_anders: "Coach", school: "X" }))).toMatchObject({ status: 422 });
    expect(applySave(def, state, "over_jou", { rol: "anders", rol_anders: "Coach" }).rows).toEqual([
      { variable: "rol", num: null, text: "anders" }, { variable: "rol_anders", num: null, text: "Coach" },
    ]);
  });

  it("pipes the label of an earlier answer into texts, lower-cased mid-sentence", () => {
    const ctx = context(def, { answers: { onderwerp: "project" } });
    expect(ctx.pipe("Welk cijfer geef je {{onderwerp}}?")).toBe("Welk cijfer geef je een project?");
    expect(pipe("{{x}} telt.", () => "Een les")).toBe("Een les telt.");
    expect(pipe("door deelname aan {{x}}", () => "Deelname aan een congres")).toBe("door deelname aan een congres");
  });

  it("asks the statements of the chosen option and stores untouched sliders as nothing", () => {
    const { last } = run(head);
    expect(last.rows).toEqual([
      { variable: "cijfer", num: 8, text: null }, { variable: "stelling_les_duidelijk", num: 4, text: null },
    ]);
    expect(pageFields(def, "stellingen", { answers: { onderwerp: "project" } })).toEqual(
      expect.arrayContaining(["stelling_project_doel", "stelling_project_team"]),
    );
  });

  it("a changed steering answer clears every answer that depends on it, also on later pages", () => {
    const { state } = run(head);
    const { last } = run([["onderwerp_kiezen", { onderwerp: "project" }]], { ...state, currentPage: "onderwerp_kiezen" });
    expect(last.cleared.sort()).toEqual(["cijfer", "stelling_les_duidelijk"]);
    expect(last.answers).toMatchObject({ onderwerp: "project", rol: "docent", jaren: 12 });
    expect(last.nextPage).toBe("stellingen");
  });

  it("choice mode: the chosen part, then the pages after the parts, then the other part offered at the end", () => {
    const { state } = run([...head, ["choice", { part_choice: "a" }]]);
    expect(path(def, state.answers)).toEqual(["welkom", "over_jou", "onderwerp_kiezen", "stellingen", "choice", "vaardigheden", "afsluiting", "done"]);
    const order = displayOrder(def, "r1");
    const r = { ...state, order };
    expect(errorOf(() => applySave(def, r, "vaardigheden", { nut_samenwerken: 3, top: ["luisteren", "zoeken", "presenteren"] }))).toMatchObject({ status: 422, fields: { top: "Kies hoogstens 2." } });
    const part = applySave(def, r, "vaardigheden", { nut_samenwerken: 0, nut_zoeken: 2, top: ["zoeken"] });
    expect(part).toMatchObject({ finishedParts: ["a"], isFinished: true, nextPage: "afsluiting" });
    const end = run([["afsluiting", { opmerking: "Prima", email: "Iemand@Example.org" }], ["done", { extra_part: "b" }]],
      { answers: part.answers, currentPage: "afsluiting", partsFinished: ["a"], isFinished: true });
    expect(end.last.nextPage).toBe("volgorde");
    expect(path(def, end.state.answers).slice(-3)).toEqual(["afsluiting", "volgorde", "done"]);
    expect(errorOf(() => applySave(def, { ...end.state, currentPage: "done" }, "done", { extra_part: "a" }))).toMatchObject({ status: 422 });
  });

  it("e-mail addresses never become answers", () => {
    const { state } = run([...head, ["choice", { part_choice: "a" }], ["vaardigheden", {}]]);
    const out = applySave(def, state, "afsluiting", { email: "Iemand@Example.org" });
    expect(out.rows).toEqual([]);
    expect(out.email).toBe("iemand@example.org");
    expect(errorOf(() => applySave(def, state, "afsluiting", { email: "geen adres" }))).toMatchObject({ status: 422 });
  });

  it("ranking, multiple choice with minimum, maximum, exclusive and other text, and option conditions", () => {
    const { state } = run([...head, ["choice", { part_choice: "b" }]]);
    const save = (values: Record<string, unknown>) => errorOf(() => applySave(def, state, "volgorde", values));
    const ok = { belang: ["steun", "tijd", "geld"], hulp: ["coach"] };
    expect(save(ok)).toBeUndefined();
    expect(applySave(def, state, "volgorde", ok).rows.slice(0, 3)).toEqual([
      { variable: "belang_steun", num: 1, text: null }, { variable: "belang_tijd", num: 2, text: null }, { variable: "belang_geld", num: 3, text: null },
    ]);
    expect(save({ ...ok, belang: ["steun", "tijd"] })).toMatchObject({ status: 422 });
    expect(save({ ...ok, hulp: [] })).toMatchObject({ status: 422 });
    expect(save({ ...ok, hulp: ["collega", "coach", "cursus", "anders"], hulp_anders_tekst: "x" })).toMatchObject({ status: 422 });
    expect(save({ ...ok, hulp: ["geen", "coach"] })).toMatchObject({ status: 422 });
    expect(save({ ...ok, hulp: ["anders"] })).toMatchObject({ fields: { hulp_anders_tekst: "Vul in wat je bedoelt met 'anders'." } });
    const other = run([["over_jou", { rol: "anders", rol_anders: "Coach" }]], { ...state, currentPage: "over_jou" }).state;
    expect(errorOf(() => applySave(def, { ...other, currentPage: "volgorde" }, "volgorde", { ...ok, hulp: ["cursus"] }))).toMatchObject({ status: 422 });
  });

  it("number bounds, page order, and form values rebuilt from the stored answers", () => {
    const { state } = run(head.slice(0, 1));
    expect(errorOf(() => applySave(def, state, "over_jou", { rol: "docent", jaren: 61 }))).toMatchObject({ status: 422, fields: { jaren: "Hoogstens 60." } });
    expect(errorOf(() => applySave(def, state, "stellingen", {}))).toMatchObject({ status: 409 });
    expect(errorOf(() => applySave(def, state, "bestaat_niet", {}))).toMatchObject({ status: 409 });
    const done = run(head).state;
    expect(pageValues(def, "over_jou", done)).toEqual({ rol: "docent", jaren: 12, school: "De School" });
  });

  it("the codebook lists every variable once, with the order groups' items randomised per respondent", () => {
    const names = structure(def).variables.map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
    expect(displayOrder(def, "r1")).toEqual(displayOrder(def, "r1"));
    expect([...displayOrder(def, "r1").vaardigheden].sort()).toEqual(["luisteren", "presenteren", "programmeren", "samenwerken", "zoeken"]);
  });
});
