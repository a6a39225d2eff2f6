import { beforeAll, describe, expect, it } from "vitest";
import { query, resetDb } from "./db";
import { download, parseCsv, respondent, unzip, wideRecords } from "./export-fixture";

/** Free text that a spreadsheet would run as a formula must reach every CSV as text. */
const FORMULA = '=HYPERLINK("https://evil.example/","Klik")';
const PLUS = "+31 6 1234";
let id = "";

describe("exports neutralise formula-like free text", () => {
  beforeAll(async () => {
    await resetDb();
    const r = respondent();
    id = r.id;
    await r.save("welcome", { consent: true });
    await r.save("bg", { bg_function: "anders", bg_function_other: FORMULA, bg_province: "fryslan", bg_sector: "mbo" });
    await r.save("choice", { part_choice: "p1" });
    await r.save("p1_activity", { p1_activity: "stage" });
    await r.save("p1_factors", { p1_factor_stage_taal: 8 });
    await r.save("p1_dev", { p1_dev_open_minded: 5 });
    await r.save("p1_top5", { p1_top5: ["open_minded", "zelfstandigheid", "zelfvertrouwen", "flexibiliteit", "creativiteit"] });
    await r.save("p1_other", { p1_other: ["anders"], p1_other_text: PLUS });
  });

  it("keeps the stored answer as the respondent typed it", async () => {
    const rows = await query<{ variable: string; text: string }>(
      `SELECT variable, text FROM answer WHERE response_id = $1 AND variable IN ('bg_function_other', 'p1_other_text') ORDER BY variable`, [id]);
    expect(rows).toEqual([{ variable: "bg_function_other", text: FORMULA }, { variable: "p1_other_text", text: PLUS }]);
  });

  it("prefixes ' in the wide CSV, the SPSS and R zips and the long CSV; numbers stay numbers", async () => {
    const wide = wideRecords((await download("csv-wide")).data.toString("utf8"))[0];
    expect(wide).toMatchObject({ bg_function_other: `'${FORMULA}`, p1_other_text: `'${PLUS}`, p1_factor_stage_taal: "8" });
    for (const format of ["spss", "r"] as const) {
      const entries = unzip((await download(format)).data);
      const csv = [...entries].find(([name]) => name.endsWith(".csv"))![1].toString("utf8");
      expect(wideRecords(csv)[0], format).toMatchObject({ bg_function_other: `'${FORMULA}`, p1_other_text: `'${PLUS}` });
    }
    const long = parseCsv((await download("csv-long")).data.toString("utf8"));
    expect(long.find((l) => l[5] === "bg_function_other")?.[6]).toBe(`'${FORMULA}`);
  });

  it("documents it in the codebook", async () => {
    expect((await download("codebook-html")).data.toString("utf8")).toContain("begint met =, +, -, @");
  });
});
