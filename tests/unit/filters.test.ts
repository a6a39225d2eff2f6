import { describe, expect, it } from "vitest";
import { filterQuery, filterSql, parseFilters, parseFiltersForPage, resultSettings } from "@/lib/analysis/filters";
import type { TDimension } from "@/lib/survey/config";

/** Dimensions as a survey.json declares them: a variable and a recode. */
const dims: TDimension[] = [
  { id: "bg_function", label: "Functie", var: "bg_function" },
  { id: "sector_group", label: "Sector", recode: { var: "bg_sector", groups: [
    { code: "po_vo", label: "PO/VO", from: ["po", "vo"] }, { code: "mbo", label: "MBO", from: ["mbo"] }, { code: "ho", label: "HO", from: ["hbo", "wo"] },
  ] } },
];

describe("result filters", () => {
  it("parse from URL parameters (dimension IDs as is or in camelCase) and serialise back to the same query", () => {
    const f = parseFilters(new URLSearchParams("wave=2020,2023&sectorGroup=ho&flowMode=choice&includePartial=true&version=2"), dims);
    expect(f).toEqual({ wave: ["2020", "2023"], version: [2], dims: { sector_group: ["ho"] }, flowMode: "choice", includePartial: true, groupMean: "items" });
    expect(parseFilters(new URLSearchParams(filterQuery(f)), dims)).toEqual(f);
    expect(parseFilters({ sector_group: "mbo", bgFunction: "docent" }, dims).dims).toEqual({ sector_group: ["mbo"], bg_function: ["docent"] });
  });

  it("a period of start days: parsed, serialised and as SQL in the survey's time zone", () => {
    const f = parseFilters({ from: "2023-02-01", to: "2023-02-28" }, dims);
    expect(f).toMatchObject({ from: "2023-02-01", to: "2023-02-28" });
    expect(parseFilters(new URLSearchParams(filterQuery(f)), dims)).toEqual(f);
    const params: unknown[] = [];
    expect(filterSql(f, params, "r", undefined, dims)).toContain("r.started_at >= ($1::date::timestamp AT TIME ZONE $2)");
    expect(params).toEqual(["2023-02-01", "Europe/Amsterdam", "2023-02-28", "Europe/Amsterdam"]);
    expect(() => parseFilters({ from: "1 februari" }, dims)).toThrow(/from: een datum/);
  });

  it("leave partial responses to the page's default; the results count who answered, exports finished responses", () => {
    const f = parseFilters({}, dims);
    expect(f).toEqual({ wave: [], version: [], dims: {}, includePartial: undefined, groupMean: "items" });
    expect(resultSettings(f).includePartial).toBe(true);
    expect(filterSql(f, [], "r", undefined, dims)).toBe("NOT r.is_excluded AND NOT r.is_test AND r.finished_at IS NOT NULL");
  });

  it("leave excluded responses out unless includeExcluded, which links and saved views keep", () => {
    const f = parseFilters({ includeExcluded: "true", includePartial: "true" }, dims);
    expect(f.includeExcluded).toBe(true);
    expect(filterSql(f, [], "r", undefined, dims)).toBe("NOT r.is_test");
    expect(filterQuery(f)).toBe("includePartial=true&includeExcluded=true");
    expect(parseFilters(new URLSearchParams(filterQuery(f)), dims)).toEqual(f);
    expect(filterSql(parseFilters({ includeExcluded: "false" }, dims), [], "x", undefined, dims)).toBe("NOT x.is_excluded AND NOT x.is_test AND x.finished_at IS NOT NULL");
    // Saved views and share links stored before the filter existed stay valid and leave them out.
    expect(parseFilters(new URLSearchParams("wave=2023&includePartial=true"), dims).includeExcluded).toBeUndefined();
    expect(() => parseFilters({ includeExcluded: "ja" }, dims)).toThrow(/includeExcluded: true of false/);
  });

  it("leave test responses out unless includeTest, which only exports honour: results drop it", () => {
    const f = parseFilters({ includeTest: "true", includeExcluded: "true", includePartial: "true" }, dims);
    expect(f.includeTest).toBe(true);
    expect(filterSql(f, [], "r", undefined, dims)).toBe("TRUE");
    expect(filterQuery(f)).toBe("includePartial=true&includeExcluded=true&includeTest=true");
    expect(parseFilters(new URLSearchParams(filterQuery(f)), dims)).toEqual(f);
    const results = resultSettings(f);
    expect(results.includeTest).toBeUndefined();
    expect(filterSql(results, [], "r", undefined, dims)).toBe("NOT r.is_test");
    expect(filterQuery(results)).not.toContain("includeTest");
    expect(() => parseFilters({ includeTest: "ja" }, dims)).toThrow(/includeTest: true of false/);
  });

  it("the results' settings are explicit in the query, so links and saved views keep them", () => {
    const f = parseFilters({ includePartial: "false", groupMean: "pooled" }, dims);
    expect(filterQuery(f)).toBe("includePartial=false&groupMean=pooled");
    expect(resultSettings(f)).toMatchObject({ includePartial: false, groupMean: "pooled" });
    expect(parseFilters(new URLSearchParams(filterQuery(f)), dims)).toEqual(f);
    expect(() => parseFilters({ groupMean: "median" }, dims)).toThrow(/groupMean: items of pooled/);
  });

  it("refuse unknown values and unknown filters", () => {
    expect(() => parseFilters({ sectorGroup: "hbo" }, dims)).toThrow("sectorGroup: po_vo, mbo of ho.");
    expect(() => parseFilters({ wave: "2023; DROP TABLE response" }, dims)).toThrow(/Ongeldige wave/);
    expect(() => parseFilters({ bgFunction: "x'; --" }, dims)).toThrow(/ongeldige code/);
    expect(() => parseFilters({ colour: "red" }, dims)).toThrow(/Onbekende filter: colour/);
    expect(() => parseFilters({ version: "x" }, dims)).toThrow(/version/);
  });

  it("without a survey, the dimensions of every survey folder apply (the export API)", () => {
    expect(parseFilters({ sectorGroup: "ho" }).dims).toEqual({ sector_group: ["ho"] });
  });

  it("pages fall back to the defaults with a message", () => {
    expect(parseFiltersForPage({ flowMode: "random" }, dims)).toEqual({
      filters: { wave: [], version: [], dims: {}, includePartial: undefined, groupMean: "items" },
      filterError: "flowMode: sequential of choice.",
    });
  });

  it("become parameterised SQL on dims; part analyses count a part as finished", () => {
    const params: unknown[] = ["survey"];
    const sql = filterSql(parseFilters({ wave: "2023", sectorGroup: "po_vo", bgFunction: "docent" }, dims), params, "r", "p1", dims);
    expect(sql).toBe(
      "NOT r.is_excluded AND NOT r.is_test AND r.wave = ANY($2::text[]) AND r.dims->>$3::text = ANY($4::text[]) AND r.dims->>$5::text = ANY($6::text[]) AND r.parts_finished ? $7::text",
    );
    expect(params).toEqual(["survey", ["2023"], "bg_sector", ["po", "vo"], "bg_function", ["docent"], "p1"]);
  });
});
