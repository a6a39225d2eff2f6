import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { ImportError } from "./errors";

/**
 * Reads an uploaded file into a grid of strings (rows × cells), CSV or XLSX. Everything that is
 * not a well-formed table is refused here with a message a researcher can act on.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const MAX_ROWS = 100_000;
const MAX_COLUMNS = 2_000;

export type TGrid = string[][];

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOleXls = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

export async function readGrid(data: Uint8Array, fileName: string): Promise<TGrid> {
  if (data.byteLength === 0) throw new ImportError("Het bestand is leeg.");
  if (data.byteLength > MAX_FILE_BYTES) {
    throw new ImportError(`Het bestand is te groot (maximaal ${MAX_FILE_BYTES / 1024 / 1024} MB).`, 413);
  }
  const lower = fileName.toLowerCase();
  if (isOleXls(data)) {
    throw new ImportError("Oude Excel-bestanden (.xls) worden niet ondersteund. Sla het bestand op als .xlsx of CSV.");
  }
  const grid = isZip(data) ? await readXlsx(data) : lower.endsWith(".xlsx") ? notXlsx() : readCsv(data);
  if (grid.length > MAX_ROWS) throw new ImportError(`Het bestand heeft meer dan ${MAX_ROWS} rijen.`);
  if ((grid[0]?.length ?? 0) > MAX_COLUMNS) throw new ImportError(`Het bestand heeft meer dan ${MAX_COLUMNS} kolommen.`);
  return grid;
}

function notXlsx(): never {
  throw new ImportError("Het bestand heet .xlsx maar is geen Excel-bestand (of het is beschadigd).");
}

/** UTF-16 as Excel's "Unicode-tekst" writes it (with a byte order mark), or without one. */
function utf16(data: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (data[0] === 0xff && data[1] === 0xfe) return "utf-16le";
  if (data[0] === 0xfe && data[1] === 0xff) return "utf-16be";
  // Without a mark: mostly ASCII text has a zero in every other byte.
  const head = data.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) (i % 2 ? oddZeros++ : evenZeros++);
  const half = head.length / 2;
  if (oddZeros > 0.4 * half && evenZeros === 0) return "utf-16le";
  if (evenZeros > 0.4 * half && oddZeros === 0) return "utf-16be";
  return undefined;
}

function decode(data: Uint8Array): string {
  const wide = utf16(data);
  if (wide) {
    try {
      return new TextDecoder(wide, { fatal: true }).decode(data);
    } catch {
      throw new ImportError("Het bestand lijkt Unicode-tekst (UTF-16), maar is beschadigd. Exporteer het opnieuw, liefst als CSV UTF-8.");
    }
  }
  if (data.subarray(0, 4096).includes(0)) {
    throw new ImportError("Dit is geen tekstbestand: upload een CSV- of XLSX-export.");
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    // Excel on Windows saves CSV in Windows-1252 unless asked for UTF-8.
    return new TextDecoder("windows-1252").decode(data);
  }
}

const DELIMITERS = [",", ";", "\t", "|"] as const;
const DELIMITER_NAMES: Record<string, string> = { ",": "komma", ";": "puntkomma", "\t": "tab", "|": "verticale streep" };

/** The separator of the header line: the candidate found most often outside quotes. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let isQuoted = false;
  for (const ch of text.slice(0, 200_000)) {
    if (ch === '"') isQuoted = !isQuoted;
    else if (!isQuoted && (ch === "\n" || ch === "\r")) break;
    else if (!isQuoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  return [...counts].reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/** csv-parse's errors in words a researcher can act on (its own messages are English). */
function csvError(error: unknown, delimiter: string): ImportError {
  const e = error as { code?: string; lines?: number };
  const line = e.lines ?? "?";
  if (e.code === "CSV_QUOTE_NOT_CLOSED") {
    return new ImportError(
      `Het bestand houdt midden in een waarde op (aanhalingsteken niet gesloten vanaf regel ${line}): het is waarschijnlijk afgekapt. Exporteer het opnieuw.`,
    );
  }
  const why =
    e.code === "CSV_INVALID_CLOSING_QUOTE" || e.code === "INVALID_OPENING_QUOTE"
      ? "een aanhalingsteken staat midden in een waarde"
      : e.code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH" || e.code === "CSV_RECORD_DONT_MATCH_COLUMNS_LENGTH"
        ? "de regel heeft een ander aantal kolommen"
        : "de regel is niet te lezen";
  return new ImportError(
    `Het bestand is geen geldige CSV (regel ${line}: ${why}; scheidingsteken ${DELIMITER_NAMES[delimiter] ?? delimiter}). ` +
      "Exporteer het opnieuw als CSV (komma, puntkomma, tab of verticale streep) of als XLSX.",
  );
}

export function readCsv(data: Uint8Array): TGrid {
  const text = decode(data).replace(/^\uFEFF/, "");
  const delimiter = detectDelimiter(text);
  let rows: string[][];
  try {
    rows = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    throw csvError(error, delimiter);
  }
  const width = rows[0]?.length ?? 0;
  for (const [i, row] of rows.entries()) {
    const isBlank = row.length === 1 && row[0] === "";
    if (row.length !== width && !isBlank) {
      const isLast = i === rows.length - 1 || rows.slice(i + 1).every((r) => r.length === 1 && r[0] === "");
      throw new ImportError(
        `Rij ${i + 1} heeft ${row.length} kolommen, de kopregel ${width}: ` +
          (isLast ? "het bestand is waarschijnlijk afgekapt. Exporteer het opnieuw." : "het bestand is beschadigd."),
      );
    }
  }
  return trimGrid(rows);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    // exceljs reads date cells as UTC-based wall-clock times: keep the wall clock.
    return value.toISOString().slice(0, 19).replace("T", " ");
  }
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if ("error" in value) return "";
  }
  return String(value);
}

async function readXlsx(data: Uint8Array): Promise<TGrid> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  } catch {
    throw new ImportError("Het Excel-bestand kan niet worden gelezen: het is beschadigd of afgekapt. Exporteer het opnieuw.");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportError("Het Excel-bestand bevat geen werkblad.");
  const width = sheet.columnCount;
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= Array(width).fill("");
  return trimGrid(rows);
}

/** Drops trailing empty rows and trailing columns that are empty in every row. */
function trimGrid(rows: string[][]): TGrid {
  const isEmpty = (r: string[]) => r.every((c) => c.trim() === "");
  let end = rows.length;
  while (end > 0 && isEmpty(rows[end - 1])) end--;
  // PostgreSQL text cannot hold NUL characters; they carry no meaning in an answer.
  const out = rows.slice(0, end).map((r) => r.map((c) => (c.includes("\u0000") ? c.replaceAll("\u0000", "") : c)));
  let width = Math.max(0, ...out.map((r) => r.length));
  while (width > 0 && out.every((r) => (r[width - 1] ?? "").trim() === "")) width--;
  return out.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
}
