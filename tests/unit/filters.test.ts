import { describe, expect, it } from "vitest";
import { filterQuery, filterSql, parseFilters, parseFiltersForPage } from "@/lib/analysis/filters";

describe("result filters", () => {
  it("parse from URL parameters and serialise back to the same query", () => {
    const f = parseFilters(new URLSearchParams("wave=2020,2023&sectorGroup=ho&flowMode=choice&includePartial=true"));
    expect(f).toEqual({ wave: ["2020", "2023"], sectorGroup: "ho", flowMode: "choice", includePartial: true });
    expect(parseFilters(new URLSearchParams(filterQuery(f)))).toEqual(f);
  });

  it("default to finished responses of every wave", () => {
    expect(parseFilters({})).toEqual({ wave: [], includePartial: false });
  });

  it("refuse unknown values and unknown filters", () => {
    expect(() => parseFilters({ sectorGroup: "hbo" })).toThrow(/po_vo, mbo of ho/);
    expect(() => parseFilters({ wave: "2023; DROP TABLE response" })).toThrow(/Ongeldige wave/);
    expect(() => parseFilters({ colour: "red" })).toThrow();
  });

  it("pages fall back to the defaults with a message", () => {
    expect(parseFiltersForPage({ flowMode: "random" })).toEqual({
      filters: { wave: [], includePartial: false },
      filterError: "flowMode: sequential of choice.",
    });
  });

  it("become parameterised SQL; part analyses count a part as finished", () => {
    const params: unknown[] = ["survey"];
    const sql = filterSql(parseFilters({ wave: "2023", sectorGroup: "po_vo" }), params, "r", "p1");
    expect(sql).toBe("r.wave = ANY($2::text[]) AND r.sector = ANY($3::text[]) AND r.p1_finished_at IS NOT NULL");
    expect(params).toEqual(["survey", ["2023"], ["po", "vo"]]);
  });
});
