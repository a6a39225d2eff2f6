import { describe, expect, it } from "vitest";
import { buildCodebook, codeMap, versionVariables, type TCodebookVersion } from "@/lib/export/codebook";
import type { TSurveyDefinition } from "@/lib/survey/legacy/schema";
import { convertLegacy } from "@/lib/survey/legacy/convert";
import { legacyDefinitions } from "../support/surveys";

const def = legacyDefinitions[0];
const v1: TCodebookVersion = { version: 1, wave: "2023", flowMode: "choice", def: convertLegacy(def) };
const book = buildCodebook({ slug: def.slug, title: def.title }, [v1]);
const byName = new Map(book.variables.map((v) => [v.name, v]));
const get = (name: string) => {
  const v = byName.get(name);
  if (!v) throw new Error(`no ${name}`);
  return v;
};

describe("codebook", () => {
  it("has every variable once, with names that SPSS and R accept", () => {
    const names = book.variables.map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z][a-z0-9_]{0,63}$/);
    // 17 meta + consent + 4 background + 2 part choice + p1 (1 + 31 + 34 + 34 + 13 + 1) + p2 (1 + 39 + 39 + 9 + 1) + order (1 + 34 + 1 + 39)
    expect(names).toHaveLength(17 + 1 + 4 + 2 + 114 + 89 + 75);
    expect(names.slice(0, 3)).toEqual(["response_id", "external_id", "wave"]);
  });

  it("includes the meta variables the analysis needs", () => {
    for (const n of ["definition_version", "flow_mode", "source", "started_at", "finished_at", "last_page", "duration_sec",
      "is_finished", "is_imported", "is_duplicate", "p1_order", "p2_order", "p1_pos_open_minded", "p2_pos_veerkrachtig"]) {
      expect(byName.has(n), n).toBe(true);
    }
    expect(get("started_at").type).toBe("datetime");
    expect(get("is_duplicate").valueLabels).toEqual([{ value: 0, label: "Nee" }, { value: 1, label: "Ja" }]);
  });

  it("numbers single-choice options 1..n in definition order and keeps their codes", () => {
    const fn = get("bg_function");
    expect(fn.label).toBe("Wat is je functie?");
    expect(fn.level).toBe("nominal");
    expect(fn.valueLabels[0]).toEqual({ value: 1, label: "Leerkracht", code: "leerkracht" });
    expect(fn.valueLabels.at(-1)).toEqual({ value: 8, label: "Anders, namelijk", code: "anders" });
    expect(codeMap(get("p2_activity")).get("congres")).toBe(4);
    expect(get("bg_function_other")).toMatchObject({ type: "string", width: 4000 });
  });

  it("labels scales: ordinal when every point is labelled, user-missing 0 on the part-2 scale", () => {
    expect(get("p1_dev_open_minded")).toMatchObject({
      label: "Deel 1 ontwikkeling: Open-minded", level: "ordinal", missingValues: [],
      question: "In welke mate ontwikkelt de leerling/student de volgende competenties door deelname aan [p1_activity]?",
    });
    const p2 = get("p2_dev_open_minded");
    expect(p2.missingValues).toEqual([0]);
    expect(p2.valueLabels[0]).toEqual({ value: 0, label: "Niet van toepassing" });
    const factor = get("p1_factor_stage_taal");
    expect(factor.level).toBe("scale");
    expect(factor.label).toBe("Beheersing van een vreemde taal heeft invloed op de verwerving van internationale competenties tijdens een buitenlandstage.");
    expect(factor.valueLabels).toEqual([{ value: 0, label: "Helemaal oneens" }, { value: 10, label: "Helemaal eens" }]);
  });

  it("codes multiple choice and top 5 as 0/1 dichotomies", () => {
    for (const n of ["p1_top5_open_minded", "p2_other_congres", "p1_other_geen"]) {
      expect(get(n)).toMatchObject({ type: "numeric", level: "nominal", valueLabels: [{ value: 0, label: "Niet gekozen" }, { value: 1, label: "Gekozen" }] });
    }
    expect(get("p1_other_text").type).toBe("string");
  });

  it("groups variables by the page that asks them; orders and part times from the version", () => {
    expect(get("p1_factor_stage_taal").group).toBe("p1_factors");
    expect(get("bg_sector").group).toBe("bg");
    expect(get("extra_part").group).toBe("done");
    expect(get("p1_order")).toMatchObject({ group: "order", type: "string", label: "Deel 1: getoonde volgorde van de competenties" });
    expect(get("p1_pos_open_minded")).toMatchObject({ group: "order", level: "scale", label: 'Deel 1: positie van "Open-minded" in de getoonde volgorde' });
    expect(get("p2_finished_at")).toMatchObject({ group: "meta", type: "datetime", label: '"Deel 2: onderwijsprofessionals" afgerond op (tijd in Europe/Amsterdam)' });
    const names = versionVariables(v1.def).map((v) => v.name);
    expect(names.indexOf("p2_finished_at")).toBe(names.indexOf("duration_sec") - 1);
    expect(names.at(-1)).toMatch(/^p2_pos_/);
  });

  it("merges versions: newest wording wins, older-only options and variables are appended", () => {
    const old = structuredClone(def) as TSurveyDefinition;
    old.version = 1;
    old.wave = "2020";
    old.background[0].options.splice(1, 0, { code: "mentor", label: "Mentor" });
    old.background[0].text = "Functie (2020)";
    old.parts[0].development.scale = "dev15";
    const tol = { id: "tolerantie", label: "Tolerantie" };
    old.models[1].clusters[0].competences.push(tol);
    const merged = buildCodebook({ slug: def.slug, title: def.title }, [
      { version: 0, wave: "2020", flowMode: "sequential", def: convertLegacy(old) }, v1,
    ]);
    const m = new Map(merged.variables.map((v) => [v.name, v]));
    expect(merged.versions.map((v) => v.version)).toEqual([1, 0]);
    const fn = m.get("bg_function")!;
    expect(fn.label).toBe("Wat is je functie?");
    expect(fn.versions).toEqual([{ version: 0, wave: "2020", label: "Functie (2020)" }]);
    expect(m.get("bg_sector")!.versions).toBeUndefined();
    expect(fn.valueLabels.slice(0, 2)).toEqual([{ value: 1, label: "Leerkracht", code: "leerkracht" }, { value: 2, label: "Docent", code: "docent" }]);
    expect(fn.valueLabels.at(-1)).toEqual({ value: 9, label: "Mentor", code: "mentor" });
    const names = merged.variables.map((v) => v.name);
    expect(names.indexOf("p1_dev_tolerantie")).toBe(names.indexOf("p1_dev_nieuwsgierigheid") + 1);
    expect(names.indexOf("p1_top5_tolerantie")).toBe(names.indexOf("p1_top5_nieuwsgierigheid") + 1);
    expect(new Set(names).size).toBe(names.length);
  });
});
