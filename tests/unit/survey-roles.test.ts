import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { areaOfSegment, effectiveRole, mayUse, SURVEY_AREAS, SURVEY_ROLES, type TSurveyArea } from "@/lib/auth/survey-roles";

describe("survey roles", () => {
  it("each role can do what the roles below it can, and no more", () => {
    const allowed = (role: (typeof SURVEY_ROLES)[number]) => (Object.keys(SURVEY_AREAS) as TSurveyArea[]).filter((a) => mayUse(role, a)).sort();
    expect(allowed("viewer")).toEqual(["monitoring"]);
    expect(allowed("analyst")).toEqual(["export", "monitoring", "questions", "results"]);
    expect(allowed("editor")).toEqual(["experiment", "export", "fieldwork", "import", "links", "monitoring", "questions", "raffle", "responses", "results", "share", "versions"]);
    expect(allowed("owner")).toEqual(Object.keys(SURVEY_AREAS).sort());
    expect(mayUse(null, "monitoring")).toBe(false);
  });

  it("admins and everyone on a survey without members are owners; otherwise the membership counts", () => {
    expect(effectiveRole({ role: "admin" }, null, true)).toBe("owner");
    expect(effectiveRole({ role: "researcher" }, null, false)).toBe("owner");
    expect(effectiveRole({ role: "researcher" }, "analyst", true)).toBe("analyst");
    expect(effectiveRole({ role: "researcher" }, null, true)).toBeNull();
  });

  it("every page and route folder of a survey has an area", () => {
    const segments = ["app/admin/s/[slug]", "app/api/admin/s/[slug]"].flatMap((dir) =>
      readdirSync(path.join(process.cwd(), dir), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => (/^\(.*\)$/.test(d.name) ? "" : d.name)),
    );
    expect(segments.length).toBeGreaterThan(10);
    for (const s of segments) expect(() => areaOfSegment(s), s).not.toThrow();
    expect(() => areaOfSegment("nieuw")).toThrow(/areaOfSegment/);
  });
});
