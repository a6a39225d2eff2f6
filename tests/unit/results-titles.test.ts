import { describe, expect, it } from "vitest";
import { wrapLabel } from "@/lib/analysis/labels";
import { ZResultFilters } from "@/lib/analysis/filters";
import { baseLine, describeFilters, nText, splitEmpty, sumByWave, titleWithWaves, wavesText, type TFigureBase } from "@/lib/analysis/titles";
import { tabQuery } from "@/components/dashboard/tab-query";

/** Titles and base lines say which waves, filters and N a figure holds; labels wrap whole. */
const base = (over: Partial<TFigureBase> = {}): TFigureBase => ({
  waves: [{ wave: "2023", n: 30 }], filters: [], includePartial: false, isPartScoped: false, empty: [], isByWave: false, filterWaves: [], ...over,
});
const dims = [{ id: "sector_group", label: "Sector", values: [{ code: "mbo", label: "Middelbaar beroepsonderwijs" }] }];

describe("figure titles", () => {
  it("name the one wave a figure holds instead of 'alle waves'", () => {
    expect(titleWithWaves("Figuur 4. Activiteiten deel 1, {waves}", ["2020"])).toBe("Figuur 4. Activiteiten deel 1, 2020");
    expect(titleWithWaves("Figuur 4. Activiteiten deel 1, {waves}", ["2020", "2023"])).toBe("Figuur 4. Activiteiten deel 1, 2020 en 2023 gecombineerd");
    expect(titleWithWaves("Figuur 1. Functies", ["2020"])).toBe("Figuur 1. Functies");
    expect(wavesText(["2020", "2023"])).toBe("2020 & 2023");
  });

  it("write N as the report does: N = 30 (2023), N per wave, N per group with the waves", () => {
    expect(nText([{ key: "alle", label: "Totaal", n: 30 }], base())).toBe("N = 30 (2023)");
    const both = base({ waves: [{ wave: "2020", n: 20 }, { wave: "2023", n: 95 }] });
    expect(nText([{ key: "alle", label: "Totaal", n: 115 }], both)).toBe("N = 115 (2020 & 2023)");
    expect(nText([{ key: "2020", label: "2020", n: 20 }, { key: "2023", label: "2023", n: 95 }], { ...both, isByWave: true })).toBe("N = 20 (2020) · N = 95 (2023)");
    expect(nText([{ key: "mbo", label: "Mbo", n: 1234 }, { key: "ho", label: "Ho", n: 5 }], both)).toBe("Mbo: N = 1.234 · Ho: N = 5 (2020 & 2023)");
    expect(nText([], base({ waves: [], filterWaves: ["2020"] }))).toBe("geen respondenten (2020)");
    expect(baseLine([], base({ waves: [], filterWaves: ["2020"], empty: ["2020"], isByWave: true }))).toBe("geen respondenten (2020) · alleen afgeronde antwoorden: wie de hele vragenlijst afrondde");
  });

  it("state the filters and whether partial responses count", () => {
    const f = ZResultFilters.parse({ version: ["2"], flowMode: "choice", includePartial: "true", dims: { sector_group: ["mbo"] } });
    const filters = describeFilters(f, dims);
    expect(filters).toEqual(["Versie 2", "Verloop: Keuze", "Sector: Middelbaar beroepsonderwijs"]);
    expect(baseLine([{ key: "alle", label: "Totaal", n: 30 }], base({ filters, includePartial: true })))
      .toBe("N = 30 (2023) · Versie 2 · Verloop: Keuze · Sector: Middelbaar beroepsonderwijs · wie de vraag beantwoordde, incl. gedeeltelijk ingevulde antwoorden");
  });

  it("name who is counted: the part finished, the options offered, how a group's mean is computed", () => {
    const one = [{ key: "alle", label: "Totaal", n: 30 }];
    expect(baseLine(one, base({ isPartScoped: true }))).toBe("N = 30 (2023) · alleen afgerond: wie dit deel afrondde");
    expect(baseLine(one, base({ isPartScoped: true, part: "Deel 1: leerlingen en studenten" })))
      .toBe("N = 30 (2023) · alleen afgerond: wie „Deel 1: leerlingen en studenten” afrondde");
    expect(baseLine(one, base({ includePartial: true, isPartScoped: true, isOffered: true })))
      .toBe("N = 30 (2023) · wie de vraag beantwoordde, incl. gedeeltelijk ingevulde antwoorden · % per optie van wie de optie te zien kreeg");
    expect(baseLine(one, base({ groupMean: "items" }))).toContain("groepsgemiddelde: gemiddelde van de itemgemiddelden");
    expect(baseLine(one, base({ groupMean: "pooled" }))).toContain("groepsgemiddelde: alle beoordelingen samen");
  });

  it("leave out groups without respondents and say so, but keep the one series of an ungrouped figure", () => {
    const series = [{ key: "2020", label: "2020", n: 0 }, { key: "2023", label: "2023", n: 7 }];
    expect(splitEmpty(series, true)).toEqual({ kept: [series[1]], empty: ["2020"] });
    expect(splitEmpty([{ key: "2020", label: "2020", n: 0 }], true)).toEqual({ kept: [], empty: ["2020"] });
    expect(splitEmpty([{ key: "alle", label: "Totaal", n: 0 }], false).kept).toHaveLength(1);
    expect(baseLine([series[1]], base({ empty: ["2020"], isByWave: true }))).toBe("N = 7 (2023) · alleen afgeronde antwoorden: wie de hele vragenlijst afrondde · geen respondenten: 2020");
    expect(sumByWave([{ wave: "2023", n: 2 }, { wave: "2020", n: 1 }, { wave: "2023", n: 3 }, { wave: "2019", n: 0 }]))
      .toEqual([{ wave: "2020", n: 1 }, { wave: "2023", n: 5 }]);
  });
});

describe("chart labels", () => {
  const measure = (s: string) => s.length * 7;
  it("wrap on words within the width and lose nothing", () => {
    const label = "Kritisch op eigen sociale positie en van anderen in de samenleving";
    const lines = wrapLabel(label, 140, measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(140);
    expect(lines.join(" ")).toBe(label);
  });

  it("split a word longer than a line with a hyphen", () => {
    const lines = wrapLabel("Praktijkonderwijs/onderwijsondersteunend personeel", 100, measure);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(100);
    expect(lines.join("").replace(/[-\s]/g, "")).toBe("Praktijkonderwijs/onderwijsondersteunendpersoneel".replace(/-/g, ""));
    expect(lines.some((l) => l.includes("…"))).toBe(false);
  });

  it("keep statements that start alike distinguishable", () => {
    const a = "Kennis van internationale ontwikkelingen in het eigen vakgebied";
    const b = "Kennis van internationale ontwikkelingen in het onderwijs";
    expect(wrapLabel(a, 160, measure).join(" ")).not.toBe(wrapLabel(b, 160, measure).join(" "));
  });
});

describe("survey tabs", () => {
  const search = new URLSearchParams("wave=2023&sectorGroup=mbo&includePartial=true&groupBy=wave");
  it("carry the filters to monitoring, results and export, not to import", () => {
    expect(tabQuery("results", search)).toBe("?wave=2023&sectorGroup=mbo&includePartial=true&groupBy=wave");
    expect(tabQuery("export", search)).toBe("?wave=2023&sectorGroup=mbo&includePartial=true");
    expect(tabQuery("monitoring", search)).toBe("?wave=2023&sectorGroup=mbo&includePartial=true");
    expect(tabQuery("import", search)).toBe("");
    expect(tabQuery("export", new URLSearchParams())).toBe("");
  });
});
