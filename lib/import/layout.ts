import { ImportError } from "./errors";
import { normalize } from "./text";
import type { TGrid } from "./read";

/**
 * The two layouts the importer reads:
 * - "surveymonkey": SurveyMonkey's "all individual responses" export. Two header rows: row 1 holds
 *   the question text in the first column of each question (blank in the question's following
 *   columns), row 2 the option, matrix row, "Response", "Open-Ended Response" or
 *   "Other (please specify)". The first columns are Respondent ID, Collector ID, Start Date,
 *   End Date, IP Address, Email Address, First Name, Last Name, Custom Data 1.
 * - "wide": this platform's own CSV wide export, one header row of variable names.
 */
export type TLayout = "surveymonkey" | "wide";
export type TColumn = { index: number; question: string; sub: string; label: string; filled: number };
export type TDataRow = { rowNumber: number; cells: string[] };
export type TTable = { layout: TLayout; columns: TColumn[]; rows: TDataRow[] };

const isVariableName = (s: string) => /^[a-z][a-z0-9_]*$/.test(s);

export function detectLayout(grid: TGrid): TLayout {
  const header = grid[0] ?? [];
  if (header.slice(0, 3).some((c) => normalize(c) === "respondent id")) return "surveymonkey";
  const names = header.map((c) => c.trim()).filter(Boolean);
  if (names.length > 1 && names.every(isVariableName)) return "wide";
  throw new ImportError(
    "Onbekende indeling. Verwacht een SurveyMonkey-export (“All individual responses”, met de kolom “Respondent ID” en twee kopregels) of een CSV-export (breed) van dit platform.",
  );
}

export function toTable(grid: TGrid): TTable {
  const layout = detectLayout(grid);
  const headerRows = layout === "surveymonkey" ? 2 : 1;
  if (grid.length <= headerRows) {
    throw new ImportError(
      layout === "surveymonkey" && grid.length < 2
        ? "De tweede kopregel van de SurveyMonkey-export ontbreekt: het bestand is afgekapt."
        : "Het bestand bevat geen antwoorden (alleen kopregels).",
    );
  }
  const [top, second] = grid;
  if (layout === "surveymonkey") checkSecondHeader(top, second);
  const rows = grid
    .slice(headerRows)
    .map((cells, i) => ({ rowNumber: i + headerRows + 1, cells: cells.map((c) => c.trim()) }))
    .filter((r) => r.cells.some((c) => c !== ""));
  let question = "";
  const columns = top.map((cell, index): TColumn => {
    const own = cell.trim();
    // SurveyMonkey writes a question's text only above its first column.
    if (own || layout === "wide") question = own;
    const sub = layout === "surveymonkey" ? (second[index] ?? "").trim() : "";
    const label = sub && sub !== question ? (question ? `${question} — ${sub}` : sub) : question;
    const filled = rows.reduce((n, r) => n + (r.cells[index] ? 1 : 0), 0);
    return { index, question, sub, label: label || `Kolom ${index + 1}`, filled };
  });
  return { layout, columns, rows };
}

/**
 * SurveyMonkey leaves its respondent fields (Respondent ID, Start Date, …) empty in the second
 * header row. A value there means that row is already an answer: without the second row, options
 * and statements cannot be told apart and every row would shift, so the file is refused.
 */
function checkSecondHeader(top: string[], second: string[]) {
  const idColumn = top.findIndex((c) => normalize(c) === "respondent id");
  const id = (second[idColumn] ?? "").trim();
  if (id === "" && second.some((c) => c.trim() !== "")) return;
  throw new ImportError(
    `De tweede kopregel van de SurveyMonkey-export ontbreekt: rij 2 is al een antwoord${id ? ` (Respondent ID ${id.slice(0, 30)})` : ""}. ` +
      "Zonder die regel zijn antwoordopties, stellingen en persoonsgegevens niet van elkaar te onderscheiden. " +
      "Exporteer opnieuw uit SurveyMonkey (“All individual responses”) en verwijder geen kopregels.",
  );
}
