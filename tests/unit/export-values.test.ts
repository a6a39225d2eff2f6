import { describe, expect, it } from "vitest";
import { buildCodebook } from "@/lib/export/codebook";
import { csvField, csvLine, longLines } from "@/lib/export/csv";
import { encodeAnswers, ExportDataError, rowMapper, type TExportRow, type TValue } from "@/lib/export/values";
import { convertLegacy } from "@/lib/survey/legacy/convert";
import { legacyDefinitions } from "../support/surveys";

const def = legacyDefinitions[0];
const general = convertLegacy(def);
const book = buildCodebook({ slug: def.slug, title: def.title }, [{ version: 1, wave: "2023", flowMode: "choice", def: general }]);
const map = rowMapper(book, new Map([["v1", { version: 1, def: general }]]));
const p1Order = general.lists.find((l) => l.id === "student")!.options.map((c) => c.code).reverse();

function row(answers: Record<string, number | string>, extra: Partial<TExportRow> = {}): TExportRow {
  return {
    id: "00000000-0000-4000-8000-000000000001", external_id: null, version_id: "v1", wave: "2023", flow_mode: "choice",
    source: null, language: "nl", is_finished: true, is_imported: false, is_duplicate: false, current_page: "done",
    started_at: "2023-03-01 09:00:00", last_saved_at: "2023-03-01 09:12:30", finished_at: "2023-03-01 09:12:30",
    parts_finished: { p1: "2023-03-01 09:12:00" }, duration_sec: 750,
    display_order: { p1: p1Order, p2: [] }, answers: encodeAnswers(answers), ...extra,
  };
}

function values(r: TExportRow): Record<string, TValue> {
  const out = map(r);
  return Object.fromEntries(book.variables.map((v, i) => [v.name, out[i]]));
}

const part1 = {
  consent: 1, bg_function: "docent", bg_province: "zuid_holland", bg_sector: "wo", part_choice: "p1", p1_activity: "online",
  p1_factor_online_duur: 10, p1_dev_open_minded: 3, p1_top5_open_minded: 1, p1_top5_reflectief: 1,
  p1_other_excursie: 1, p1_other_anders: 1, p1_other_text: "Tekst, met \"quotes\"",
};

describe("value coding", () => {
  it("codes single choice by option position and keeps numbers and text", () => {
    const v = values(row(part1));
    expect(v).toMatchObject({
      consent: 1, bg_function: 2, bg_province: 12, bg_sector: 5, part_choice: 1, p1_activity: 3,
      p1_factor_online_duur: 10, p1_dev_open_minded: 3, p1_dev_reflectief: null, p1_other_text: 'Tekst, met "quotes"',
      p1_factor_stage_taal: null, bg_function_other: null,
    });
  });

  it("0/1 dichotomies on answered pages; missing on pages not answered and for hidden options", () => {
    const v = values(row(part1));
    expect(v.p1_top5_open_minded).toBe(1);
    expect(v.p1_top5_nieuwsgierigheid).toBe(0);
    expect(v.p1_other_excursie).toBe(1);
    expect(v.p1_other_geen).toBe(0);
    expect(v.p1_other_online).toBeNull(); // not offered to someone whose activity is online
    expect(v.p2_top5_open_minded).toBeNull();
    const stopped = values(row({ consent: 1, part_choice: "p1", p1_activity: "stage", p1_dev_open_minded: 2 }, { is_finished: false }));
    expect(stopped.p1_top5_open_minded).toBeNull();
    expect(stopped.p1_other_excursie).toBeNull();
    expect(stopped.is_finished).toBe(0);
  });

  it("keeps 'niet van toepassing' as its code 0 (the codebook marks it user-missing)", () => {
    const v = values(row({ part_choice: "p2", p2_activity: "congres", p2_dev_open_minded: 0, p2_dev_reflectief: 4 }));
    expect([v.p2_dev_open_minded, v.p2_dev_reflectief, v.p2_activity]).toEqual([0, 4, 4]);
  });

  it("meta variables, and the shown order only once the part was started", () => {
    const v = values(row(part1, { is_duplicate: true, flow_mode: "sequential", source: "linkedin" }));
    expect(v).toMatchObject({
      is_duplicate: 1, flow_mode: 1, source: "linkedin", definition_version: 1, duration_sec: 750, last_page: "done",
      p1_finished_at: "2023-03-01 09:12:00", p2_finished_at: null,
    });
    expect(v.p1_order).toBe(p1Order.join(";"));
    expect(v[`p1_pos_${p1Order[0]}`]).toBe(1);
    expect(v[`p1_pos_${p1Order[33]}`]).toBe(34);
    expect(v.p2_order).toBeNull();
    const early = values(row({ consent: 1 }));
    expect([early.p1_order, early.p1_pos_open_minded]).toEqual([null, null]);
    // Shown once the respondent reached a page with the order: on the development page, not before.
    const onDev = values(row({ consent: 1, part_choice: "p1", p1_activity: "online", p1_factor_online_duur: 3 }, { current_page: "p1_dev" }));
    expect(onDev.p1_order).toBe(p1Order.join(";"));
    const onFactors = values(row({ consent: 1, part_choice: "p1", p1_activity: "online" }, { current_page: "p1_factors" }));
    expect(onFactors.p1_order).toBeNull();
  });

  it("refuses an unknown code instead of dropping it", () => {
    expect(() => map(row({ bg_sector: "kinderopvang" }))).toThrow(ExportDataError);
  });

  it("ignores answers to variables the response's version did not ask", () => {
    expect(values(row({ p1_dev_bestaat_niet: 3, consent: 1 })).consent).toBe(1);
  });
});

describe("CSV", () => {
  it("quotes only where needed and doubles quotes", () => {
    expect(csvLine([1, null, "a", 'b "c"', "d,e", "f\ng", 0])).toBe('1,,a,"b ""c""","d,e","f\ng",0\n');
    expect(csvField("f\r\ng", { isFlatText: true })).toBe("f g");
  });

  it("puts ' before text a spreadsheet would run as a formula, never before numbers", () => {
    expect(csvLine(["=1+1", "+31", "-x", "@SUM(A1)", "\t=1", "a=b", -3, 0])).toBe("'=1+1,'+31,'-x,'@SUM(A1),'\t=1,a=b,-3,0\n");
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField("\r=1", { isFlatText: true })).toBe("' =1");
    expect(csvField("\n=1")).toBe(`"'\n=1"`);
  });

  it("long format: one line per answered item with its value label", () => {
    const lines = longLines(book, map(row(part1))).trim().split("\n");
    expect(lines).toContain("00000000-0000-4000-8000-000000000001,2023,1,1,bg,bg_sector,5,Wetenschappelijk onderwijs (wo)");
    expect(lines).toContain("00000000-0000-4000-8000-000000000001,2023,1,1,p1_top5,p1_top5_nieuwsgierigheid,0,Niet gekozen");
    expect(lines.some((l) => l.includes(",p1_order,"))).toBe(false);
    expect(lines.some((l) => l.includes("p1_other_online"))).toBe(false);
  });
});
