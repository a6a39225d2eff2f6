import { describe, expect, it } from "vitest";
import { surveyConfigs, surveyVersions } from "@/lib/survey/config";
import { ELEMENT_TYPES } from "@/lib/survey/elements/registry";
import { blankDefinition, definitionJson, definitionJsonSchema, parseDefinition } from "@/lib/survey/publish/definition";
import { ZNewSurveyForm } from "@/lib/survey/publish/new-survey";
import { diffVersions } from "@/lib/survey/publish/diff";
import { ZVersionDef, type TVersionDef } from "@/lib/survey/version/schema";

const all = surveyConfigs().flatMap((f) => surveyVersions(f.folder, f.config));
const example = all.find((v) => v.slug === "voorbeeld-alle-elementen")!;

/** A changed copy of a version, validated as a published one would be. */
function changed(def: TVersionDef, edit: (d: TVersionDef) => void): TVersionDef {
  const copy = structuredClone(def);
  edit(copy);
  return ZVersionDef.parse(copy);
}
const el = (d: TVersionDef, id: string) => d.pages.flatMap((p) => p.elements).find((e) => e.id === id)! as Record<string, unknown>;

describe("diffVersions", () => {
  it("finds nothing between a version and itself", () => {
    for (const def of all) expect(diffVersions(def, def)).toEqual([]);
  });

  it("warns when an option code is removed and tells of a new one", () => {
    const after = changed(example, (d) => {
      (el(d, "rol").options as { code: string; label: string }[])[1] = { code: "mentor", label: "Mentor" };
    });
    const changes = diffVersions(example, after);
    expect(changes).toContainEqual({ severity: "warning", subject: "rol", message: expect.stringContaining('optie "Begeleider" (code begeleider) vervalt') });
    expect(changes).toContainEqual({ severity: "info", subject: "rol", message: 'rol: nieuwe optie "Mentor" (code mentor).' });
    expect(changes[0].severity).toBe("warning");
  });

  it("warns when a scale's range or its user-missing codes change", () => {
    const after = changed(example, (d) => {
      const scale = d.scales.find((s) => s.id === "eens5")!;
      scale.max = 7;
      scale.labels.push({ value: 6, label: "Zeer eens" }, { value: 7, label: "Volledig eens" });
      d.scales.find((s) => s.id === "nut")!.missingValues = [];
    });
    const warnings = diffVersions(example, after).filter((c) => c.severity === "warning").map((c) => c.message);
    expect(warnings.some((m) => m.includes("de schaal verandert (1–5 → 1–7)"))).toBe(true);
    expect(warnings.some((m) => m.includes('de codes voor "geen score" veranderen (0 → geen)'))).toBe(true);
  });

  it("warns when a question is removed or a condition changes; a new text is information", () => {
    const after = changed(example, (d) => {
      const page = d.pages.find((p) => p.id === "over_jou")!;
      page.elements = page.elements.filter((e) => e.id !== "jaren");
      el(d, "school").showIf = { var: "rol", equals: "docent" };
      el(d, "rol").text = "Wat is je functie?";
      (el(d, "intro").paragraphs as string[])[0] = "Een nieuwe inleiding.";
    });
    const changes = diffVersions(example, after);
    expect(changes.filter((c) => c.severity === "warning").map((c) => c.subject).sort()).toEqual(["jaren", "school"]);
    expect(changes).toContainEqual({ severity: "info", subject: "rol", message: 'rol: vraagtekst gewijzigd: "Wat is je functie?" (was "Wat is je rol?").' });
    expect(changes).toContainEqual({ severity: "info", subject: "intro", message: "intro: tekst of instellingen gewijzigd." });
  });

  it("warns when the flow changes between parts chosen and parts in order", () => {
    const after = changed(example, (d) => {
      d.parts!.mode = "sequential";
    });
    expect(diffVersions(example, after)[0]).toMatchObject({ severity: "warning", subject: "flow" });
  });

  it("tells the same differences in English, with the definition's own names and texts", () => {
    const after = changed(example, (d) => {
      (el(d, "rol").options as { code: string; label: string }[])[1] = { code: "mentor", label: "Mentor" };
      el(d, "rol").text = "Wat is je functie?";
      d.wave = "2027";
    });
    const [dutch, english] = [diffVersions(example, after), diffVersions(example, after, "en")];
    expect(english.map((c) => [c.severity, c.subject])).toEqual(dutch.map((c) => [c.severity, c.subject]));
    expect(english).toContainEqual({ severity: "warning", subject: "rol", message: expect.stringContaining('option "Begeleider" (code begeleider) is dropped') });
    expect(english).toContainEqual({ severity: "info", subject: "rol", message: 'rol: new option "Mentor" (code mentor).' });
    expect(english).toContainEqual({ severity: "info", subject: "rol", message: 'rol: question text changed: "Wat is je functie?" (was "Wat is je rol?").' });
    expect(english).toContainEqual({ severity: "info", subject: "wave", message: `Wave: 2027 (was ${example.wave}).` });
  });
});

describe("definition files", () => {
  it("round-trip: export, import and export again give the same bytes", () => {
    for (const def of all) {
      const text = definitionJson(def);
      const back = parseDefinition(text, { slug: def.slug, version: def.version });
      expect(back.ok).toBe(true);
      if (back.ok) expect(definitionJson(back.def)).toBe(text);
    }
  });

  it("takes the target survey's slug and version number (a file of another survey is a template)", () => {
    const back = parseDefinition(definitionJson(example), { slug: "nieuw", version: 4 });
    expect(back.ok && [back.def.slug, back.def.version]).toEqual(["nieuw", 4]);
  });

  it("refuses bad files with Dutch messages that name the field", () => {
    expect(parseDefinition("{ niet json", { slug: "x", version: 1 })).toEqual({ ok: false, issues: [{ path: "", message: expect.stringMatching(/^Geen geldige JSON/) }] });
    expect(parseDefinition("[]", { slug: "x", version: 1 })).toMatchObject({ ok: false, issues: [{ message: expect.stringContaining("één JSON-object") }] });
    expect(parseDefinition(JSON.stringify({ base: "1.json", version: 2, patch: [] }), { slug: "x", version: 1 })).toMatchObject({ ok: false, issues: [{ path: "base" }] });
    const broken = JSON.parse(definitionJson(example));
    broken.pages[1].elements[0].options[0].code = "Docent!";
    const result = parseDefinition(JSON.stringify(broken), { slug: "x", version: 1 });
    expect(result).toMatchObject({ ok: false, issues: [{ path: "pages.1.elements.0.options.0.code", message: expect.stringContaining("kleine letters") }] });
  });

  it("a blank survey is a valid version with one empty page", () => {
    const def = blankDefinition("nieuw", "Nieuwe vragenlijst", "2027");
    expect(def.pages).toEqual([{ id: "p1", title: "Pagina 1", elements: [] }]);
    expect(ZVersionDef.safeParse(def).success).toBe(true);
  });

  it("the JSON Schema covers the version and every element type", () => {
    const schema = definitionJsonSchema();
    const text = JSON.stringify(schema);
    expect(schema).toMatchObject({ type: "object", required: expect.arrayContaining(["format", "title", "wave", "pages", "end"]) });
    for (const t of ELEMENT_TYPES) expect(text).toContain(`"const":"${t.type}"`);
  });

  it("the new-survey form checks the address", () => {
    const ok = ZNewSurveyForm.safeParse({ title: "Stage 2027", slug: " Stage-2027 ", wave: "2027", start: "blank" });
    expect(ok.success && ok.data.slug).toBe("stage-2027");
    const bad = ZNewSurveyForm.safeParse({ title: "x", slug: "stage 2027", wave: "2027", start: "blank" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ["slug"], message: expect.stringContaining("alleen kleine letters") });
  });
});
