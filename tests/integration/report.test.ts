import { beforeAll, describe, expect, it } from "vitest";
import { parseFilters } from "@/lib/analysis/filters";
import { getStats, parseGroupBy } from "@/lib/analysis/service";
import { getSurveyContext } from "@/lib/analysis/survey";
import { resetDb } from "./db";

/**
 * The figures of the Nuffic report carry the report's numbers and order. The factor figures
 * were numbered by the key order of the stored definition (jsonb sorts keys by length):
 * Figuur 7 = online, 9 = meertalig, 11 = uitwisseling, where the report has 7 = uitwisseling,
 * 9 = online, 11 = meertalig.
 */
type TFigureLike = { id: string; title: string };

/** Every figure or table in a stats answer, in document order, whatever the nesting. */
function figures(value: unknown, out: TFigureLike[] = []): TFigureLike[] {
  if (Array.isArray(value)) value.forEach((v) => figures(v, out));
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.id === "string" && typeof o.title === "string" && ("rows" in o || "ranks" in o)) out.push({ id: o.id, title: o.title });
    Object.values(o).forEach((v) => figures(v, out));
  }
  return out;
}

let all: TFigureLike[];

beforeAll(async () => {
  await resetDb();
  const survey = await getSurveyContext("internationale-competenties");
  all = figures(await getStats(survey!, parseFilters({})));
});

describe("Nuffic report figures", () => {
  it("numbers the factor figures as the report: 5 stage, 7 uitwisseling, 9 online, 11 meertalig", () => {
    const title = (id: string) => all.find((f) => f.id === id)?.title;
    expect(title("factoren-stage")).toMatch(/^Figuur 5\. /);
    expect(title("factoren-uitwisseling")).toMatch(/^Figuur 7\. /);
    expect(title("factoren-online")).toMatch(/^Figuur 9\. /);
    expect(title("factoren-meertalig")).toMatch(/^Figuur 11\. /);
  });

  it("shows every figure and table of the report, in the report's order", () => {
    const numbered = all.map((f) => /^(Figuur|Tabel) (\d+)/.exec(f.title)).filter((m) => m !== null);
    const figureNumbers = numbered.filter((m) => m[1] === "Figuur").map((m) => Number(m[2]));
    expect([...new Set(figureNumbers)]).toEqual([1, 2, 3, 4, 5, 7, 9, 11, 6, 8, 10, 12, 13, 18]);
    expect(numbered.filter((m) => m[1] === "Tabel").map((m) => Number(m[2]))).toEqual([2, 3, 4]);
    expect(all.filter((f) => f.id.startsWith("ontwikkeling-")).length).toBe(10);
  });
});

describe("a survey without report.json", () => {
  it("gets the default summary of every question element, split by a chosen dimension", async () => {
    const survey = { ...(await getSurveyContext("internationale-competenties"))!, report: undefined };
    const groupBy = parseGroupBy(survey, "sector_group");
    expect(parseGroupBy(survey, "nonsense")).toBe("total");
    const stats = await getStats(survey, parseFilters({}), groupBy);
    const found = figures(stats);
    expect(found.map((f) => f.id)).toContain("p1-factor");
    expect(found.some((f) => /^Figuur/.test(f.title))).toBe(false);
    const sectorFigure = stats.results.sections.flatMap((sec) => sec.items).find((i) => i.kind === "figure" && i.figure.id === "bg-sector");
    // No responses yet: no group has respondents, so none is a bar; the base line names them.
    const figure = sectorFigure?.kind === "figure" ? sectorFigure.figure : undefined;
    expect(figure?.series).toEqual([]);
    expect(figure?.base?.empty).toEqual(["Primair en voortgezet onderwijs", "Middelbaar beroepsonderwijs", "Hoger onderwijs"]);
  });
});

