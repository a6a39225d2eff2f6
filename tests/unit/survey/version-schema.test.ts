import { describe, expect, it } from "vitest";
import { ZVersionDef } from "@/lib/survey/version/schema";
import { nuffic } from "../../support/surveys";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break the definition on purpose
type TLoose = Record<string, any>;
const clone = () => JSON.parse(JSON.stringify(nuffic())) as TLoose;
const messages = (def: unknown) => ZVersionDef.safeParse(def).error?.issues.map((i) => i.message) ?? [];
const elementOf = (def: TLoose, id: string) => def.pages.flatMap((p: { elements: { id: string }[] }) => p.elements).find((e: { id: string }) => e.id === id);

describe("the Nuffic survey's data", () => {
  it("encodes the complete teacher model: 39 competences in 6 clusters", () => {
    const teacher = nuffic().lists.find((l) => l.id === "teacher")!;
    const count = (g: string) => teacher.options.filter((o) => o.group === g).length;
    expect(teacher.groups.map((g) => [g.id, count(g.id)])).toEqual([
      ["houding", 5], ["kennis", 4], ["vaardigheden", 7], ["onderwijs_beroep", 7], ["maatschappij", 4], ["persoonlijk", 12],
    ]);
  });

  it("has the factor statements per part-1 activity (8, 8, 8, 7)", () => {
    const factors = elementOf(clone(), "p1_factor");
    expect(factors.itemsBy.sets.map((s: { code: string; items: unknown[] }) => [s.code, s.items.length])).toEqual([
      ["stage", 8], ["uitwisseling", 8], ["online", 8], ["meertalig", 7],
    ]);
  });

  it("part 2 rates on the 0–4 scale with 'niet van toepassing' as missing", () => {
    const def = nuffic();
    const scale = def.scales.find((s) => s.id === elementOf(clone(), "p2_dev").scale)!;
    expect([scale.min, scale.max, scale.missingValues]).toEqual([0, 4, [0]]);
  });
});

describe("the version schema refuses", () => {
  it("an option listed twice in a list (two variables with one name)", () => {
    const bad = clone();
    bad.lists[0].options.push({ ...bad.lists[0].options[0] });
    expect(messages(bad).join(" ")).toMatch(/komt twee keer voor/);
  });

  it("references to unknown scales and lists", () => {
    const bad = clone();
    elementOf(bad, "p1_dev").scale = "bestaat_niet";
    elementOf(bad, "p2_top5").list = "geen_lijst";
    expect(messages(bad)).toEqual(expect.arrayContaining(["Onbekende schaal bestaat_niet", "Onbekende lijst geen_lijst"]));
  });

  it("IDs that cannot be export variable names", () => {
    const bad = clone();
    bad.pages[1].elements[0].id = "Functie respondent";
    expect(ZVersionDef.safeParse(bad).success).toBe(false);
  });

  it("a statement set for an answer that does not exist, and a condition on an unknown variable", () => {
    const bad = clone();
    elementOf(bad, "p1_factor").itemsBy.sets.push({ code: "zeilen", items: [{ id: "wind", text: "Wind helpt." }] });
    elementOf(bad, "p1_other").options[0].showIf = { var: "bestaat_niet", equals: "x" };
    expect(messages(bad)).toEqual(expect.arrayContaining([
      "Set voor onbekende code zeilen van p1_activity.", 'Voorwaarde verwijst naar onbekende variabele "bestaat_niet".',
    ]));
  });

  it("a pipe of something that is not an earlier single-choice answer", () => {
    const bad = clone();
    elementOf(bad, "p1_dev").text = "Door {{p1_top5}}?";
    expect(messages(bad)).toContain("{{p1_top5}} is geen eerdere enkelvoudige vraag.");
  });
});
