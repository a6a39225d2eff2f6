import { describe, expect, it } from "vitest";
import { buildCodebook } from "@/lib/export/codebook";
import { encodeAnswers, rowMapper, type TExportRow, type TValue } from "@/lib/export/values";
import { ZVersionDef, type TVersionInput } from "@/lib/survey/version/schema";

/** A survey of its own, without parts: exported through the element registry alone. */
const input: TVersionInput = {
  format: 2, slug: "fietsen", version: 1, title: "Fietsen", wave: "2026",
  scales: [{ id: "s5", min: 1, max: 5, labels: [{ value: 1, label: "Slecht" }, { value: 5, label: "Goed" }] }],
  lists: [], orders: [{ id: "merken", label: "Getoonde volgorde van de merken" }],
  pages: [
    {
      id: "fiets",
      elements: [
        { type: "single", id: "bezit", text: "Heb je een fiets?", options: [{ code: "ja", label: "Ja" }, { code: "nee", label: "Nee" }] },
        {
          type: "multi", id: "soort", text: "Welke fietsen gebruik je?", label: "Soort fiets", isRequired: false,
          options: [
            { code: "stad", label: "Stadsfiets" },
            { code: "race", label: "Racefiets", showIf: { var: "bezit", equals: "ja" } },
          ],
        },
        { type: "number", id: "km", text: "Hoeveel km per week?" },
      ],
    },
    {
      id: "oordeel",
      elements: [
        { type: "grid", id: "merk", text: "Hoe beoordeel je deze merken?", scale: "s5", randomize: "merken",
          options: [{ code: "gazelle", label: "Gazelle" }, { code: "batavus", label: "Batavus" }] },
        { type: "text", id: "opmerking", text: "Opmerkingen over {{bezit}}?" },
      ],
    },
  ],
  end: { title: "Klaar", body: "Dank je." },
};
const def = ZVersionDef.parse(input);
const book = buildCodebook({ slug: def.slug, title: def.title }, [{ version: 1, wave: "2026", flowMode: "sequential", def }]);
const map = rowMapper(book, new Map([["v", { version: 1, def }]]));

function values(answers: Record<string, number | string>, extra: Partial<TExportRow> = {}): Record<string, TValue> {
  const out = map({
    id: "r1", external_id: null, version_id: "v", wave: "2026", flow_mode: "sequential", source: null, language: "nl", is_finished: true,
    is_imported: false, is_duplicate: false, current_page: "done", started_at: "2026-01-01 10:00:00",
    last_saved_at: "2026-01-01 10:05:00", finished_at: "2026-01-01 10:05:00", parts_finished: {}, duration_sec: 300,
    display_order: { merken: ["batavus", "gazelle"] }, answers: encodeAnswers(answers), ...extra,
  });
  return Object.fromEntries(book.variables.map((v, i) => [v.name, out[i]]));
}

describe("export of any survey", () => {
  it("builds the codebook from the element types, with order variables from the order groups", () => {
    const names = book.variables.map((v) => v.name);
    expect(names.slice(15)).toEqual([
      "bezit", "soort_stad", "soort_race", "km", "merk_gazelle", "merk_batavus", "opmerking",
      "merken_order", "merken_pos_gazelle", "merken_pos_batavus",
    ]);
    expect(names.some((n) => n.endsWith("_finished_at") && n !== "finished_at")).toBe(false);
    const text = book.variables.find((v) => v.name === "opmerking")!;
    expect(text.label).toBe("Opmerkingen over [bezit]?");
    expect(book.variables.find((v) => v.name === "merken_pos_batavus")!.label).toBe('Positie van "Batavus" in de getoonde volgorde');
  });

  it("codes answers by element type; an option hidden by its condition is empty", () => {
    const v = values({ bezit: "nee", soort_stad: 1, km: 40, merk_gazelle: 4, opmerking: "Geen" });
    expect(v).toMatchObject({
      bezit: 2, soort_stad: 1, soort_race: null, km: 40, merk_gazelle: 4, merk_batavus: null, opmerking: "Geen",
      merken_order: "batavus;gazelle", merken_pos_batavus: 1, merken_pos_gazelle: 2,
    });
    expect(values({ bezit: "ja", km: 5 })).toMatchObject({ soort_stad: 0, soort_race: 0 });
    expect(values({}, { current_page: "fiets", is_finished: false })).toMatchObject({ soort_stad: null, merken_order: null });
  });
});

describe("export of any survey: a page shown only when an earlier question was answered", () => {
  const gated = ZVersionDef.parse({ ...input, pages: [input.pages[0], { ...input.pages[1], showIf: { answered: "soort" } }] });
  const gatedBook = buildCodebook({ slug: gated.slug, title: gated.title }, [{ version: 1, wave: "2026", flowMode: "sequential", def: gated }]);
  const gatedMap = rowMapper(gatedBook, new Map([["v", { version: 1, def: gated }]]));
  const orderOf = (answers: Record<string, number | string>) => {
    const out = gatedMap({
      id: "r1", external_id: null, version_id: "v", wave: "2026", flow_mode: "sequential", source: null, language: "nl", is_finished: true,
      is_imported: false, is_duplicate: false, current_page: "done", started_at: "2026-01-01 10:00:00",
      last_saved_at: "2026-01-01 10:05:00", finished_at: "2026-01-01 10:05:00", parts_finished: {}, duration_sec: 300,
      display_order: { merken: ["batavus", "gazelle"] }, answers: encodeAnswers(answers),
    });
    return out[gatedBook.variables.findIndex((v) => v.name === "merken_order")];
  };

  it("exports the order only for respondents whose path showed it", () => {
    expect(orderOf({ bezit: "ja", soort_stad: 1 })).toBe("batavus;gazelle");
    expect(orderOf({ bezit: "nee" })).toBeNull();
    expect(orderOf({ bezit: "ja", soort_race: 1 })).toBe("batavus;gazelle");
  });
});
