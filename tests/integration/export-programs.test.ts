import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { query, resetDb } from "./db";
import { download, finishedPart1, finishedPart2, parseCsv, partialPart2, TRICKY_TEXT, unzip } from "./export-fixture";

/**
 * The exports opened by the programs researchers use: GNU PSPP runs the SPSS syntax, Rscript the
 * R script, LibreOffice Calc converts the XLSX. Skipped only outside CI when a program is missing.
 */
const has = (bin: string) => {
  try {
    execFileSync("sh", ["-c", `command -v ${bin}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
const mustRun = (bin: string) => has(bin) || Boolean(process.env.CI);

function extract(zip: Buffer): { dir: string; files: string[] } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "export-"));
  const entries = unzip(zip);
  for (const [name, content] of entries) writeFileSync(path.join(dir, name), content);
  return { dir, files: [...entries.keys()] };
}

describe("exports open in PSPP, R and LibreOffice", () => {
  beforeAll(async () => {
    await resetDb();
    await finishedPart1("192.0.2.1");
    await finishedPart2({ p2_dev_open_minded: 0, p2_dev_nieuwsgierigheid: 4, p2_dev_kennis_talen: 2 }, "192.0.2.2");
    await partialPart2();
    await finishedPart2({ p2_dev_open_minded: 2, p2_dev_nieuwsgierigheid: 3 }, "192.0.2.1");
  });

  it.skipIf(!mustRun("pspp"))("PSPP reads the .sps + CSV with labels, value labels and user-missing values", async () => {
    const { dir, files } = extract((await download("spss")).data);
    const sps = files.find((f) => f.endsWith(".sps"))!;
    expect(files).toEqual(expect.arrayContaining([sps.replace(/\.sps$/, ".csv"), sps.replace(/\.sps$/, "_codeboek.html")]));
    writeFileSync(
      path.join(dir, "check.sps"),
      [
        `INSERT FILE='${sps}'.`,
        "DISPLAY DICTIONARY /VARIABLES=p2_dev_open_minded bg_function_other.",
        "DESCRIPTIVES /VARIABLES=p2_dev_open_minded p2_dev_nieuwsgierigheid p1_factor_stage_taal.",
        "FREQUENCIES /VARIABLES=bg_sector.",
        "LIST /VARIABLES=bg_function_other.",
        "",
      ].join("\n"),
    );
    execFileSync("pspp", ["-o", "out.csv", "check.sps"], { cwd: dir, stdio: "pipe" });
    const out = readFileSync(path.join(dir, "out.csv"), "utf8");
    expect(out).not.toMatch(/error|warning/i);
    const rows = parseCsv(out);
    expect(rows.length).toBeGreaterThan(10);
    const table = (title: string) => parseCsv(out.split("Table: ").find((t) => t.startsWith(`${title}\n`)) ?? "");
    const row = (first: string) => table("Descriptive Statistics").find((r) => r[0] === first);
    // Variable label, and 0 = "niet van toepassing" as user-missing: the mean of (0, 2) is 2, not 1.
    expect(row("Deel 2 ontwikkeling: Open-minded")?.slice(1, 3)).toEqual(["1", "2.00"]);
    expect(row("Deel 2 ontwikkeling: Nieuwsgierigheid")?.slice(1, 3)).toEqual(["2", "3.50"]);
    expect(table("Value Labels")).toContainEqual(["Deel 2 ontwikkeling: Open-minded", "0[a]", "Niet van toepassing"]);
    expect(table("Variables").find((r) => r[0] === "p2_dev_open_minded")?.slice(2, 4)).toEqual(["Deel 2 ontwikkeling: Open-minded", "Ordinal"]);
    // Value labels of a single-choice question, numbered in option order.
    const sectors = table("In welke onderwijssector ben je werkzaam?");
    expect(sectors.find((r) => r[1] === "Hoger beroepsonderwijs (hbo)")?.[2]).toBe("2");
    expect(sectors.find((r) => r[1] === "Middelbaar beroepsonderwijs (mbo)")?.[2]).toBe("1");
    // Free text with a comma, quotes and a line break arrives whole (the break as a space).
    expect(out).toContain('Docent, ""coördinator"" én mentor');
  });

  it.skipIf(!mustRun("Rscript"))("R reads the CSV with labels, factors and NA for user-missing", async () => {
    const { dir, files } = extract((await download("r", { includePartial: "true" })).data);
    const script = files.find((f) => f.endsWith(".R"))!;
    const check = [
      `source(${JSON.stringify(script)})`,
      'cat("label:", attr(data$p2_dev_open_minded, "label"), "\\n", sep = "")',
      'cat("class:", paste(class(data$p2_dev_open_minded), collapse = ","), "\\n", sep = "")',
      'cat("levels:", paste(levels(data$p2_dev_open_minded), collapse = "|"), "\\n", sep = "")',
      'cat("sector:", paste(levels(data$bg_sector), collapse = "|"), "\\n", sep = "")',
      'cat("function:", levels(data$bg_function)[3], "\\n", sep = "")',
      'cat("mean:", mean(as.integer(data$p2_dev_open_minded), na.rm = TRUE), "\\n", sep = "")',
      'cat("n_open:", sum(!is.na(data$p2_dev_open_minded)), "\\n", sep = "")',
      'cat("taal:", mean(data$p1_factor_stage_taal, na.rm = TRUE), "\\n", sep = "")',
      'cat("started:", class(data$started_at)[1], "\\n", sep = "")',
      'cat("rows:", nrow(data), "\\n", sep = "")',
      'cat("text:", data$bg_function_other[!is.na(data$bg_function_other)], "\\n", sep = "")',
    ].join("\n");
    writeFileSync(path.join(dir, "check.R"), check);
    const out = execFileSync("Rscript", ["check.R"], { cwd: dir, env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" } }).toString("utf8");
    expect(out).toContain("label:Deel 2 ontwikkeling: Open-minded\n");
    expect(out).toContain("class:ordered,factor\n");
    expect(out).toContain("levels:Ontwikkel ik niet|Ontwikkel ik nauwelijks|Ontwikkel ik redelijk|Ontwikkel ik veel\n");
    expect(out).toContain("sector:Primair onderwijs (po)|Voortgezet onderwijs (vo)|Middelbaar beroepsonderwijs (mbo)|Hoger beroepsonderwijs (hbo)|Wetenschappelijk onderwijs (wo)\n");
    expect(out).toContain("function:Coördinator internationalisering\n");
    // Partial response included (3), "niet van toepassing" (0) is NA: mean of 2 and 3.
    expect(out).toContain("mean:2.5\n");
    expect(out).toContain("n_open:2\n");
    expect(out).toContain("taal:8\n");
    expect(out).toContain("started:POSIXct\n");
    expect(out).toContain("rows:4\n");
    expect(out).toContain(`text:${TRICKY_TEXT}\n`);
  });

  it.skipIf(!mustRun("libreoffice"))("LibreOffice opens the XLSX; its data sheet equals the wide CSV", async () => {
    const xlsx = await download("xlsx", { includePartial: "true" });
    const csv = parseCsv((await download("csv-wide", { includePartial: "true" })).data.toString("utf8"));
    const dir = mkdtempSync(path.join(os.tmpdir(), "export-xlsx-"));
    writeFileSync(path.join(dir, "export.xlsx"), xlsx.data);
    execFileSync(
      "libreoffice",
      [
        `-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to",
        // comma, double quote, UTF-8, first line as is; -1 = every sheet to its own file
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir", dir, "export.xlsx",
      ],
      { cwd: dir, stdio: "pipe", timeout: 120_000 },
    );
    const outputs = readdirSync(dir).filter((f) => f.endsWith(".csv")).sort();
    expect(outputs).toEqual(["export-codebook.csv", "export-data.csv"]);
    const sheet = parseCsv(readFileSync(path.join(dir, "export-data.csv"), "utf8"));
    expect(sheet[0]).toEqual(csv[0]);
    expect(sheet.length).toBe(csv.length);
    // LibreOffice leaves trailing empty cells off; pad before comparing every value.
    const pad = (r: string[]) => [...r, ...Array(csv[0].length - r.length).fill("")];
    for (let i = 1; i < csv.length; i++) expect(pad(sheet[i])).toEqual(csv[i]);
    const codebook = parseCsv(readFileSync(path.join(dir, "export-codebook.csv"), "utf8"));
    expect(codebook[0].slice(0, 2)).toEqual(["variabele", "label"]);
    expect(codebook.find((r) => r[0] === "p2_dev_open_minded")?.[6]).toBe("0");
    expect((await query(`SELECT count(*)::int AS n FROM response`))[0].n).toBe(4);
  });
});
