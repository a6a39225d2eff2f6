import { describe, expect, it } from "vitest";
import { ZSurveyDefinition } from "@/lib/survey/definition";
import { internationaleCompetenties } from "@/lib/survey/definitions/internationale-competenties";
import { bundledDefinitions } from "@/lib/survey";
import { getPart } from "@/lib/survey/model";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break the definition on purpose
const clone = () => structuredClone(internationaleCompetenties) as unknown as Record<string, any>;

describe("survey definition", () => {
  it("the bundled questionnaire is valid", () => {
    expect(() => ZSurveyDefinition.parse(internationaleCompetenties)).not.toThrow();
  });

  it("encodes the complete teacher model: 39 competences in 6 clusters", () => {
    const def = bundledDefinitions[0];
    const teacher = def.models.find((m) => m.id === "teacher")!;
    expect(teacher.clusters.map((c) => [c.id, c.competences.length])).toEqual([
      ["houding", 5], ["kennis", 4], ["vaardigheden", 7], ["onderwijs_beroep", 7], ["maatschappij", 4], ["persoonlijk", 12],
    ]);
  });

  it("has the factor sets per part-1 activity (8, 8, 8, 7 statements)", () => {
    const p1 = getPart(bundledDefinitions[0], "p1");
    expect(Object.fromEntries(Object.entries(p1.factors!.sets).map(([k, v]) => [k, v.length]))).toEqual({
      stage: 8, uitwisseling: 8, online: 8, meertalig: 7,
    });
  });

  it("part 2 uses the 0–4 scale with 'niet van toepassing' as missing", () => {
    const def = bundledDefinitions[0];
    const scale = def.scales.find((s) => s.id === getPart(def, "p2").development.scale)!;
    expect([scale.min, scale.max, scale.missingValues]).toEqual([0, 4, [0]]);
  });

  it("rejects a competence listed twice in a model", () => {
    const bad = clone();
    const cluster = bad.models[0].clusters[0];
    cluster.competences.push({ ...cluster.competences[0] });
    const result = ZSurveyDefinition.safeParse(bad);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error!.issues)).toMatch(/twee keer/);
  });

  it("rejects references to unknown scales and models", () => {
    const bad = clone();
    bad.parts[0].development.scale = "bestaat_niet";
    bad.parts[1].top5.model = "geen_model";
    const messages = ZSurveyDefinition.safeParse(bad).error!.issues.map((i) => i.message);
    expect(messages).toContain("onbekende schaal bestaat_niet");
    expect(messages).toContain("onbekend model geen_model");
  });

  it("rejects IDs that cannot be export variable names", () => {
    const bad = clone();
    bad.background[0].id = "Functie respondent";
    expect(ZSurveyDefinition.safeParse(bad).success).toBe(false);
  });

  it("rejects a factor set for an activity that does not exist", () => {
    const bad = clone();
    bad.parts[0].factors.sets.zeilen = [{ id: "wind", text: "Wind helpt." }];
    expect(ZSurveyDefinition.safeParse(bad).success).toBe(false);
  });

  // The bundled definitions are parsed when lib/survey loads, so a duplicate there fails every
  // test file at import; what needs a test is that the schema finds duplicates across clusters.
  it("rejects the same competence ID in two clusters of one model", () => {
    const bad = clone();
    const [first, second] = bad.models[0].clusters;
    second.competences.push({ ...first.competences[0], text: "Een andere tekst." });
    const result = ZSurveyDefinition.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toContain(`competentie "${first.competences[0].id}" komt twee keer voor in model ${bad.models[0].id}`);
  });
});
