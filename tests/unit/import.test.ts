import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { convertRows } from "@/lib/import/convert";
import { parseTimestamp } from "@/lib/import/dates";
import { importHints } from "@/lib/import/hints";
import { toTable } from "@/lib/import/layout";
import { score, suggestMapping } from "@/lib/import/mapping";
import { readCsv } from "@/lib/import/read";
import { importTargets, withoutPipes } from "@/lib/import/targets";
import { normalize, similarity } from "@/lib/import/text";
import { structure } from "@/lib/survey/engine/structure";
import { nuffic } from "../support/surveys";

const def = nuffic(1);
const hints = importHints("internationale-competenties");
const targets = importTargets(def, hints);
const options = { flowMode: "choice" as const, hints };
const csv = (text: string) => readCsv(new TextEncoder().encode(text));

const SM_HEADER = [
  "Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,First Name,Last Name,Custom Data 1,Wat is je functie?,,In welke onderwijssector ben je werkzaam?,Welke vijf competenties doen leerlingen/studenten het vaakst op met de gekozen activiteit?,,",
  ",,,,,,,,,Response,Other (please specify),Response,Open-minded,Tolerantie,Zelfstandig",
].join("\n");

describe("reading files", () => {
  it("reads SurveyMonkey's two header rows; the question text carries over its blank columns", () => {
    const table = toTable(csv(`${SM_HEADER}\n1001,5,01/14/2020 09:12:33 AM,01/14/2020 09:20:00 AM,10.0.0.1,,,,,Docent,,Primair onderwijs (po),Open-minded,,Zelfstandig\n`));
    expect(table.layout).toBe("surveymonkey");
    expect(table.rows).toEqual([{ rowNumber: 3, cells: expect.arrayContaining(["1001", "Docent"]) }]);
    expect(table.columns[10]).toMatchObject({ question: "Wat is je functie?", sub: "Other (please specify)", filled: 0 });
    expect(table.columns[13]).toMatchObject({ question: expect.stringMatching(/^Welke vijf/), sub: "Tolerantie" });
    expect(table.columns[14].label).toMatch(/— Zelfstandig$/);
  });

  it("reads our own wide export (one header row of variable names) and semicolon CSV from Excel", () => {
    expect(toTable(csv("response_id,bg_sector\nabc,1\n")).layout).toBe("wide");
    expect(csv("a;b;c\n1;2;3\n")).toEqual([["a", "b", "c"], ["1", "2", "3"]]);
  });

  it("refuses short rows (truncated), unclosed quotes and unknown layouts with a clear message", () => {
    expect(() => csv("a,b,c\n1,2,3\n4,5")).toThrow(/Rij 3 heeft 2 kolommen, de kopregel 3: het bestand is waarschijnlijk afgekapt/);
    expect(() => csv('a,b\n1,"twee')).toThrow(/afgekapt/);
    expect(() => toTable(csv("Naam,Adres\nJan,Straat 1\n"))).toThrow(/Onbekende indeling/);
    expect(() => toTable(csv("Respondent ID,Collector ID\n"))).toThrow(/tweede kopregel/);
  });

  it("decodes Windows-1252 text when the file is not UTF-8", () => {
    const bytes = new Uint8Array([0x61, 0x0a, 0x43, 0x6f, 0xf6, 0x72, 0x64, 0x0a]); // "Coördinator" in cp1252
    expect(readCsv(bytes)[1][0]).toBe("Coörd");
  });
});

describe("text matching", () => {
  it("normalises case, accents and punctuation; pipes become the survey's hint words (surveys/<folder>/import.json)", () => {
    expect(normalize("  Mediëren en verbinden (mensen)! ")).toBe("medieren en verbinden mensen");
    expect(withoutPipes("door deelname aan {{p1_activity}}?", hints)).toBe("door deelname aan de gekozen activiteit?");
    expect(withoutPipes("met {{x}}?", { pipes: {} })).toBe("met  ?");
  });

  it("scores near-identical wording high and unrelated wording low", () => {
    expect(similarity("Kennis van de eigen en andere cultuur", "Kennis van de eigen en andere culturen")).toBeGreaterThan(0.9);
    expect(similarity("Tolerantie", "Erkennen en waarderen van verschillen")).toBeLessThan(0.4);
    expect(similarity("", "x")).toBe(0);
  });

  it("matches an option column by its option text and the question; a 'Response' column by the question", () => {
    const col = (question: string, sub: string) => ({ index: 0, question, sub, label: "", filled: 0 });
    const t = (id: string) => targets.find((x) => x.id === id)!;
    const top5 = "Welke vijf competenties doen leerlingen/studenten het vaakst op met de gekozen activiteit?";
    expect(score(col(top5, "Open-minded"), t("p1_top5_open_minded"))).toBeGreaterThan(0.9);
    // Same option text, other question: lower than the right question.
    expect(score(col(top5, "Open-minded"), t("p1_dev_open_minded"))).toBeLessThan(score(col(top5, "Open-minded"), t("p1_top5_open_minded")));
    expect(score(col("Wat is je functie?", "Response"), t("bg_function"))).toBe(1);
    expect(score(col("Wat is je functie?", "Other (please specify)"), t("bg_function_other"))).toBe(1);
    expect(score(col("Wat is je functie?", "Other (please specify)"), t("bg_function"))).toBe(0);
  });

  it("suggests each target once, leaves Tolerantie and personal columns unmapped", () => {
    const table = toTable(csv(`${SM_HEADER}\n1,2,01/14/2020,01/14/2020,10.0.0.1,a@b.nl,An,B,x,Docent,,Primair onderwijs (po),Open-minded,,\n`));
    const m = suggestMapping(table, targets).columns.map((c) => c.target);
    expect(m).toEqual([
      "_respondent_id", null, "_start", "_end", "_ip", null, null, null, null,
      "bg_function", "bg_function_other", "bg_sector", "p1_top5_open_minded", null, "p1_top5_zelfstandigheid",
    ]);
  });
});

describe("value mapping", () => {
  const table = toTable(
    csv(
      "Respondent ID,Start Date,Wat is je functie?,,In welke onderwijssector ben je werkzaam?\n" +
        ",,Response,Other (please specify),Response\n" +
        "1,01/14/2020 09:12:33 AM,Docent,,2\n" +
        "2,01/14/2020 09:12:33 PM,,Decaan,Hbo\n" +
        "3,gisteren,Conciërge,,wo\n",
    ),
  );
  const mapping = { columns: [
    { index: 0, target: "_respondent_id" }, { index: 1, target: "_start" }, { index: 2, target: "bg_function", values: { Hbo: "x" } },
    { index: 3, target: "bg_function_other" }, { index: 4, target: "bg_sector", values: { Hbo: "hbo" } },
  ] };

  it("labels, codes, 1-based positions and edited value maps become option codes; 'other' text implies 'anders'", () => {
    const { records, report } = convertRows(def, table, mapping, targets, options);
    const get = (i: number, v: string) => records[i].answers.find((a) => a.variable === v)?.text;
    expect([get(0, "bg_function"), get(0, "bg_sector")]).toEqual(["docent", "vo"]);
    expect([get(1, "bg_function"), get(1, "bg_function_other"), get(1, "bg_sector")]).toEqual(["anders", "Decaan", "hbo"]);
    // Row 5's function is no option, so its background page stops there, as a live save would.
    expect(records[2].answers).toEqual([]);
    expect(records[1].startedAt?.toISOString()).toBe("2020-01-14T20:12:33.000Z");
    expect(report.errors).toEqual([
      { row: 5, column: "Start Date", value: "gisteren", message: expect.stringMatching(/Onbekende datum/) },
      { row: 5, column: "Wat is je functie? — Response", value: "Conciërge", message: expect.stringMatching(/Geen antwoordoptie van “bg_function”/) },
    ]);
  });
});

describe("timestamps", () => {
  it("reads SurveyMonkey's US format in Amsterdam time, summer and winter, and ISO with offset", () => {
    expect(parseTimestamp("01/14/2020 12:05:00 AM")?.toISOString()).toBe("2020-01-13T23:05:00.000Z");
    expect(parseTimestamp("07/01/2020 01:30:00 PM")?.toISOString()).toBe("2020-07-01T11:30:00.000Z");
    expect(parseTimestamp("2023-02-01 10:00:00", "UTC")?.toISOString()).toBe("2023-02-01T10:00:00.000Z");
    expect(parseTimestamp("14-01-2020 09:00")?.toISOString()).toBe("2020-01-14T08:00:00.000Z");
    expect(parseTimestamp("2020-01-14T09:00:00+01:00")?.toISOString()).toBe("2020-01-14T08:00:00.000Z");
  });

  it("rejects impossible dates and other text", () => {
    expect(parseTimestamp("02/30/2020")).toBeUndefined();
    expect(parseTimestamp("13:00 13/13/2020")).toBeUndefined();
    expect(parseTimestamp("01/14/2020 13:00:00 PM")).toBeUndefined();
  });
});

describe("our own wide export", () => {
  it("maps by variable name; 0 of a dichotomy is 'not chosen'; the flow engine checks every row", () => {
    const table = toTable(csv(
      "response_id,started_at,part_choice,p1_activity,p1_other_geen,p1_other_excursie,p1_other_uitwisseling\n" +
        "r1,2023-02-01 10:00:00,1,1,0,1,0\n" +
        "r2,2023-02-01 10:00:00,1,2,0,1,1\n" +
        "r3,2023-02-01 10:00:00,1,1,1,1,0\n",
    ));
    const mapping = suggestMapping(table, targets);
    expect(mapping.columns.map((c) => c.target)).toEqual(["_respondent_id", "_start", "part_choice", "p1_activity", "p1_other_geen", "p1_other_excursie", "p1_other_uitwisseling"]);
    const { records, report } = convertRows(def, table, mapping, targets, options);
    expect(records[0].answers.map((a) => [a.variable, a.pageId, a.num ?? a.text])).toEqual([
      ["part_choice", "choice", "p1"], ["p1_activity", "p1_activity", "stage"], ["p1_other_excursie", "p1_other", 1],
    ]);
    // Wide exports are in UTC, not in the SurveyMonkey account's time zone.
    // The export writes the survey's wall clock (Europe/Amsterdam, winter time: UTC+1).
    expect(records[0].startedAt?.toISOString()).toBe("2023-02-01T09:00:00.000Z");
    expect(records[0]).toMatchObject({ isFinished: true, currentPage: "done", partsFinished: ["p1"], dims: { part_choice: "p1", p1_activity: "stage" } });
    // "Uitwisseling" is not offered to whoever chose it as the activity: as live, it is not kept.
    expect(records[1].answers.map((a) => a.variable)).toEqual(["part_choice", "p1_activity", "p1_other_excursie"]);
    expect(report.warnings).toEqual([{ row: 3, message: expect.stringMatching(/1 antwoord\(en\) niet van toepassing.*p1_other_uitwisseling/) }]);
    // "Geen andere activiteiten" together with another: the live save refuses it, so does the import.
    expect(report.errors).toEqual([{ row: 4, message: expect.stringMatching(/Pagina “p1_other”.*kan niet samen met een ander antwoord/) }]);
    expect(records[2]).toMatchObject({ isFinished: false, currentPage: "p1_other" });
  });
});

describe("the imported version", () => {
  const table = toTable(csv(`${SM_HEADER}\n1,2,01/14/2020,01/14/2020,10.0.0.1,a@b.nl,An,B,x,Docent,,Primair onderwijs (po),Open-minded,,\n`));
  const converted = convertRows(def, table, suggestMapping(table, targets), targets, { ...options, wave: "2020" });
  const { records, report } = converted;
  const version = converted.version!;

  it("holds only what the file maps, in the file's wording, with the same variable names", () => {
    const vars = structure(version).variables.map((v) => v.name);
    expect(vars).toEqual(["bg_function", "bg_function_other", "bg_sector", "part_choice", "p1_top5_open_minded", "p1_top5_zelfstandigheid", "extra_part"]);
    const top5 = version.pages.find((p) => p.id === "p1_top5")!.elements[0];
    expect(top5).toMatchObject({
      type: "pickn", text: "Welke vijf competenties doen leerlingen/studenten het vaakst op met de gekozen activiteit?",
      options: [{ code: "open_minded", label: "Open-minded" }, { code: "zelfstandigheid", label: "Zelfstandig" }], count: 2,
    });
    expect(version).toMatchObject({ format: 2, wave: "2020", lists: [], orders: [], parts: { mode: "choice", items: [{ id: "p1" }] } });
    expect(version.pages.map((p) => p.id)).toEqual(["bg", "p1_top5"]);
  });

  it("checks rows against that version: a partial top 5 is refused as live", () => {
    expect(report.errors).toEqual([{ row: 3, message: expect.stringMatching(/Pagina “p1_top5”: .*Kies precies 2/) }]);
    expect(records[0].currentPage).toBe("p1_top5");
  });
});

describe("an imported version without the answer others depend on", () => {
  it("drops conditions and pipes on variables the file lacks", () => {
    const table = toTable(csv("response_id,p1_other_excursie,p1_other_online\nr1,1,0\n"));
    const { version, records, report } = convertRows(def, table, suggestMapping(table, targets), targets, options);
    const other = version!.pages.find((p) => p.id === "p1_other")!.elements[0];
    expect(other).toMatchObject({ type: "multi", options: [{ code: "excursie" }, { code: "online" }] });
    expect("options" in other && other.options?.some((o) => o.showIf)).toBe(false);
    expect("text" in other && other.text).toMatch(/\(naast de gekozen activiteit\)/);
    expect(report.errorCount).toBe(0);
    expect(records[0].answers.map((a) => a.variable)).toEqual(["part_choice", "p1_other_excursie"]);
  });
});

describe("a mapping with two columns on one target", () => {
  it("is an error naming both columns (before, the second silently won and the dry run had 0 errors)", () => {
    const table = toTable(csv("response_id,p1_other_excursie,p1_other_online\nr1,1,0\n"));
    const mapping = { columns: [{ index: 0, target: "_respondent_id" }, { index: 1, target: "p1_other_excursie" }, { index: 2, target: "p1_other_excursie" }] };
    const { report } = convertRows(def, table, mapping, targets, options);
    expect(report.errors).toContainEqual({ message: expect.stringMatching(/^Kolommen 2 \(p1_other_excursie\) en 3 \(p1_other_online\) zijn aan hetzelfde doel “p1_other_excursie” gekoppeld/) });
    expect(report.errorCount).toBeGreaterThan(0);
  });
});

describe("a file of which nothing is mapped yet", () => {
  it("gets a report with the reason, so the researcher can map its columns", () => {
    const table = toTable(csv("Respondent ID,Start Date,Hoe heet je hond?\n,,Response\n1,01/14/2020,Fikkie\n"));
    const mapping = suggestMapping(table, targets);
    expect(mapping.columns.map((c) => c.target)).toEqual(["_respondent_id", "_start", null]);
    const { records, report, version } = convertRows(def, table, mapping, targets, options);
    expect(version).toBeUndefined();
    expect(records).toEqual([]);
    expect(report.errors).toEqual([
      { column: "Hoe heet je hond? — Response", message: expect.stringMatching(/^Vraag “Hoe heet je hond\?”: kolom 3 met antwoorden is niet gekoppeld/) },
      { message: expect.stringMatching(/Geen enkele kolom is aan een vraag gekoppeld/) },
    ]);
    expect(report.unmappedColumns.map((c) => c.label)).toEqual(["Hoe heet je hond? — Response"]);
  });
});

describe("nothing survey-specific in lib/import", () => {
  it("names no variable, part or wording of a bundled survey", () => {
    const dir = "lib/import";
    for (const file of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, file), "utf8");
      expect(text, file).not.toMatch(/\bp[12]_|\[activiteit\]|withActivity|tolerantie|bg_sector|gekozen activiteit/i);
    }
  });
});
