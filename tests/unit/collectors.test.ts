import { describe, expect, it } from "vitest";
import { codeFromName, collectorLink, ZCollectorForm } from "@/lib/survey/collectors";

describe("collectors", () => {
  it("suggest a link code from the name", () => {
    expect(codeFromName("Nieuwsbrief mei")).toBe("nieuwsbrief-mei");
    expect(codeFromName("  Scholen (Fryslân) – mailing #2 ")).toBe("scholen-fryslan-mailing-2");
  });
  it("take a name and a code the source field accepts, lower-cased", () => {
    expect(ZCollectorForm.parse({ name: " LinkedIn ", code: "LinkedIn" })).toEqual({ name: "LinkedIn", code: "linkedin" });
    const issues = (v: object) => ZCollectorForm.safeParse(v).error?.issues.map((i) => [i.path[0], i.message]);
    expect(issues({ name: "", code: "x" })).toEqual([["name", "Geef de link een naam."]]);
    expect(issues({ name: "A", code: "met spatie" })?.[0][0]).toBe("code");
    expect(issues({ name: "A", code: "-x" })?.[0][0]).toBe("code");
  });
  it("build the respondent link with the code as ?bron=", () => {
    expect(collectorLink("https://enquete.example.org/", "internationale-competenties", "nieuwsbrief-mei")).toBe(
      "https://enquete.example.org/s/internationale-competenties?bron=nieuwsbrief-mei",
    );
  });
});
