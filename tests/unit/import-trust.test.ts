import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { convertRows } from "@/lib/import/convert";
import { importHints } from "@/lib/import/hints";
import { toTable, type TTable } from "@/lib/import/layout";
import { isPersonalColumn, suggestMapping, ZImportMapping, type TImportMapping } from "@/lib/import/mapping";
import { readCsv, readGrid } from "@/lib/import/read";
import { steeringQuestions } from "@/lib/import/steering";
import { importTargets } from "@/lib/import/targets";
import { nuffic } from "../support/surveys";

/** What a researcher can rely on: a mapping that leaves answers out, a damaged header or an odd file format is caught. */
const def = nuffic(1);
const hints = importHints("internationale-competenties");
const targets = importTargets(def, hints);
const options = { flowMode: "choice" as const, hints };
const DIR = "tests/fixtures/surveymonkey";
// Whole-fixture conversions: give them room on a busy CI machine.
const SLOW = { timeout: 30_000 };
const bytes = (name: string) => new Uint8Array(readFileSync(`${DIR}/${name}`));
const table = (name: string) => toTable(readCsv(bytes(name)));

/** The mapping a researcher ends with for wave2020.csv: the suggestion plus the 2020 "Tolerantie" columns. */
function researcherMapping(t: TTable): TImportMapping {
  return {
    columns: suggestMapping(t, targets).columns.map((c) => {
      const col = t.columns[c.index];
      if (col.sub !== "Tolerantie") return c;
      return { ...c, target: /vijf competenties/.test(col.question) ? "p1_top5_erkennen_verschillen" : "p1_dev_erkennen_verschillen" };
    }),
  };
}

const fixture = table("wave2020.csv");
const activity = fixture.columns.findIndex((c) => /^Over welke internationaliseringsactiviteit/.test(c.question));
const factors = fixture.columns.filter((c) => /^Hieronder worden factoren/.test(c.question)).map((c) => c.index);
const edit = (m: TImportMapping, indexes: number[], patch: Partial<TImportMapping["columns"][number]>) => ({
  columns: m.columns.map((c) => (indexes.includes(c.index) ? { ...c, target: null, values: undefined, ...patch } : c)),
});

describe("the measured case: the activity and every factor statement unmapped", SLOW, () => {
  const good = researcherMapping(fixture);

  it("the complete mapping has no errors (the baseline)", () => {
    // 29 statements in the measured file; this fixture's sets have 8 + 8 + 8 + 7.
    expect(factors).toHaveLength(31);
    expect(convertRows(def, fixture, good, targets, options).report.errorCount).toBe(0);
  });

  it("is an error per question left out, and for the steering question (before: 0 errors, rows with N = 0 figures)", () => {
    const { report } = convertRows(def, fixture, edit(good, [activity, ...factors], {}), targets, options);
    const messages = report.errors.filter((e) => e.row === undefined).map((e) => e.message);
    expect(messages).toContainEqual(expect.stringMatching(/^Vraag “Over welke internationaliseringsactiviteit.*kolom 14 met antwoorden is niet gekoppeld/));
    // One error for the statements' question, naming its columns.
    expect(messages.filter((m) => /^Vraag “Hieronder worden factoren/.test(m))).toEqual([expect.stringMatching(/: 31 kolommen 15–45 met antwoorden zijn niet gekoppeld/)]);
    expect(messages).toContainEqual(expect.stringMatching(/\(p1_activity\) is niet gekoppeld, maar bepaalt wat respondenten bij p1_dev, p1_top5, p1_other kregen\. Koppel kolom 14/));
  });

  it("marked “niet importeren”, the statements may stay out; the steering question may not", () => {
    const skipped = convertRows(def, fixture, edit(good, [activity, ...factors], { skip: true }), targets, options).report;
    expect(skipped.errors.map((e) => e.message)).toEqual([expect.stringMatching(/\(p1_activity\) is niet gekoppeld, maar bepaalt/)]);
    expect(skipped.unmappedColumns.filter((c) => c.isSkipped)).toHaveLength(32);
    const onlyFactors = convertRows(def, fixture, edit(good, factors, { skip: true }), targets, options).report;
    expect(onlyFactors.errorCount).toBe(0);
    expect(onlyFactors.variables.some((v) => v.variable.startsWith("p1_factor_"))).toBe(false);
  });

  it("the mapping schema carries the choice, and refuses a column both mapped and skipped", () => {
    expect(ZImportMapping.parse({ columns: [{ index: 3, target: null, skip: true }] }).columns[0].skip).toBe(true);
    expect(ZImportMapping.safeParse({ columns: [{ index: 3, target: "bg_sector", skip: true }] }).error?.issues[0].message).toMatch(/óf gekoppeld óf “niet importeren”/);
  });

  it("a steering question is found from the definition: conditions, pipes and items chosen by an answer", () => {
    const steering = steeringQuestions(def);
    expect(steering.get("p1_activity")).toEqual(expect.arrayContaining(["p1_factor", "p1_dev", "p1_top5", "p1_other"]));
    // The part choice is inferred by the importer, not a column to map.
    expect(steering.has("part_choice")).toBe(false);
  });
});

describe("two statement columns swapped", SLOW, () => {
  it("is a warning naming both columns (before: 0 errors, 0 warnings)", () => {
    const good = researcherMapping(fixture);
    const [a, b] = [factors[0], factors[1]];
    const ta = good.columns[a].target;
    const tb = good.columns[b].target;
    const swapped = { columns: good.columns.map((c) => (c.index === a ? { ...c, target: tb } : c.index === b ? { ...c, target: ta } : c)) };
    const { report } = convertRows(def, fixture, swapped, targets, options);
    expect(report.warnings).toContainEqual({
      column: fixture.columns[a].label,
      message: expect.stringMatching(new RegExp(`^Kolommen ${a + 1} \\(.*\\) en ${b + 1} \\(.*\\) lijken verwisseld: kolom ${a + 1} is gekoppeld aan ${tb}, maar zijn tekst past bij ${ta}`)),
    });
    expect(convertRows(def, fixture, good, targets, options).report.warningCount).toBe(0);
  });
});

describe("two columns of our own export swapped", () => {
  it("is a warning per column naming the other", () => {
    const wide = toTable(readCsv(new TextEncoder().encode("response_id,p1_activity,p1_factor_stage_taal,p1_factor_stage_duur\nr1,1,3,4\n")));
    const mapping = { columns: [{ index: 0, target: "_respondent_id" }, { index: 1, target: "p1_activity" }, { index: 2, target: "p1_factor_stage_duur" }, { index: 3, target: "p1_factor_stage_taal" }] };
    expect(convertRows(def, wide, mapping, targets, options).report.warnings.map((w) => w.message)).toEqual([
      "Kolom 3 (“p1_factor_stage_taal”) is gekoppeld aan p1_factor_stage_duur, maar heet naar p1_factor_stage_taal, dat aan kolom 4 (“p1_factor_stage_duur”) gekoppeld is.",
      "Kolom 4 (“p1_factor_stage_duur”) is gekoppeld aan p1_factor_stage_taal, maar heet naar p1_factor_stage_duur, dat aan kolom 3 (“p1_factor_stage_taal”) gekoppeld is.",
    ]);
  });
});

describe("a SurveyMonkey file missing its second header row", () => {
  it("is refused with a Dutch message (before: 184 garbage rows, no IDs or dates)", () => {
    expect(() => table("wave2020-zonder-kopregel2.csv")).toThrow(/^De tweede kopregel van de SurveyMonkey-export ontbreekt: rij 2 is al een antwoord \(Respondent ID 11301245000\)/);
  });

  it("personal-data columns are locked whatever their second row or layout", () => {
    expect(isPersonalColumn({ question: "Email Address" })).toBe(true);
    expect(isPersonalColumn({ question: "Custom Data 2" })).toBe(true);
    expect(isPersonalColumn({ question: "email" })).toBe(true);
    expect(isPersonalColumn({ question: "first_name" })).toBe(true);
    const wide = toTable(readCsv(new TextEncoder().encode("response_id,bg_function,email\nr1,docent,a@b.nl\n")));
    expect(suggestMapping(wide, targets).columns[2].target).toBeNull();
    expect(() => convertRows(def, wide, { columns: [{ index: 2, target: "bg_function_other" }] }, targets, options)).toThrow(/persoonsgegevens/);
    const sm = toTable(readCsv(new TextEncoder().encode("Respondent ID,Email Address,Wat is je functie?\n,Response,Response\n1,a@b.nl,Docent\n")));
    expect(suggestMapping(sm, targets).columns[1].target).toBeNull();
    expect(() => convertRows(def, sm, { columns: [{ index: 1, target: "bg_function_other" }] }, targets, options)).toThrow(/persoonsgegevens/);
  });
});

describe("automatic matching of other layouts and wordings", SLOW, () => {
  const baseline = suggestMapping(fixture, targets).columns.map((c) => c.target);

  it("SurveyMonkey's per-statement sliders: each statement a question with “Response” below (before: its 31 statement columns unmapped)", () => {
    const sliders = table("wave2020-sliders.csv");
    expect(sliders.columns[14]).toMatchObject({ sub: "Response", question: expect.stringMatching(/^Beheersing van een vreemde taal/) });
    expect(suggestMapping(sliders, targets).columns.map((c) => c.target)).toEqual(baseline);
  });

  it("older, shorter labels and “Anders (graag specificeren)” (before: 5 columns unmapped, activity values unknown)", () => {
    const old = table("wave2020-oud.csv");
    const mapping = suggestMapping(old, targets);
    expect(mapping.columns.map((c) => c.target)).toEqual(baseline);
    expect(mapping.columns[activity].values).toEqual({ Stage: "stage", Uitwisseling: "uitwisseling", "Online samenwerking": "online", "Meertalig onderwijs": "meertalig" });
    expect(convertRows(def, old, researcherMapping(old), targets, options).report).toMatchObject({ errorCount: 0, completeCount: 15 });
  });
});

describe("text files from Excel and other tools", () => {
  const utf8 = readFileSync(`${DIR}/wave2020.csv`, "utf8");
  const expected = readCsv(bytes("wave2020.csv"));
  /** The fixture re-written with another separator (quoting only where a value needs it). */
  const withDelimiter = (d: string) =>
    expected.map((r) => r.map((c) => (c.includes(d) || c.includes('"') || c.includes("\n") ? `"${c.replaceAll('"', '""')}"` : c)).join(d)).join("\r\n");

  it("reads UTF-16 with a byte order mark, tab-delimited: Excel's “Unicode-tekst” (before: “geen tekstbestand”)", async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(withDelimiter("\t"), "utf16le")]);
    expect(await readGrid(new Uint8Array(le), "wave2020.txt")).toEqual(expected);
    const be = Buffer.from(Buffer.from(withDelimiter("\t"), "utf16le")).swap16();
    expect(readCsv(new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), be])))).toEqual(expected);
    expect(readCsv(new Uint8Array(Buffer.from(withDelimiter("\t"), "utf16le")))).toEqual(expected);
  });

  it("detects tab, semicolon and pipe as separators", () => {
    for (const d of ["\t", ";", "|"]) expect(readCsv(new TextEncoder().encode(withDelimiter(d))), JSON.stringify(d)).toEqual(expected);
    expect(utf8.length).toBeGreaterThan(0);
  });

  it("an unreadable file gets a Dutch message, never the library's English", () => {
    const cases = ['a\tb\n"x"y\t1\n', 'a|b\n1|"2"3\n', 'a,b\n"1"x,2\n'];
    for (const text of cases) {
      let message = "";
      try {
        readCsv(new TextEncoder().encode(text));
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message, JSON.stringify(text)).toMatch(/^Het bestand is geen geldige CSV \(regel 2: een aanhalingsteken staat midden in een waarde; scheidingsteken (tab|verticale streep|komma)\)/);
      expect(message).not.toMatch(/Invalid|Quote|delimiter|got/);
    }
  });
});
