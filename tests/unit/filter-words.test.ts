import { describe, expect, it } from "vitest";
import { filtersInWords } from "@/lib/analysis/filter-words";
import { parseFilters } from "@/lib/analysis/filters";
import { surveyConfig } from "@/lib/survey/config";

const dims = [{ id: "sector_group", label: "Sectorgroep", values: [{ code: "mbo", label: "Mbo" }, { code: "hbo", label: "Hbo" }] }];
const dimensions = surveyConfig("internationale-competenties").dimensions;

describe("filters in words", () => {
  it("say waves, dimensions, period and partial responses", () => {
    expect(filtersInWords(parseFilters({}, dimensions), dims)).toBe("alle waves · alleen afgeronde antwoorden");
    expect(filtersInWords(parseFilters({ wave: "2023", sectorGroup: "mbo", includePartial: "true", flowMode: "choice" }, dimensions), dims))
      .toBe("Wave 2023 · Verloop: Keuze · Sectorgroep: Mbo · incl. gedeeltelijk ingevulde antwoorden");
    expect(filtersInWords(parseFilters({ wave: ["2020", "2023"], from: "2023-01-01" }, dimensions), dims))
      .toBe("Waves 2020, 2023 · gestart vanaf 2023-01-01 · alleen afgeronde antwoorden");
  });
});
