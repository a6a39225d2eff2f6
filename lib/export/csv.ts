import type { TCodebook, TCodebookVariable } from "./codebook";
import type { TValue } from "./values";

/**
 * RFC 4180 CSV: comma, double quotes, "\n" line ends. Hand-written instead of csv-stringify
 * because it runs for every cell of 100,000 rows × ~300 columns and must stay cheap.
 */
const NEEDS_QUOTES = /[",\r\n]/;
const NEWLINES = /\r\n|\r|\n/g;

/** UTF-8 byte order mark: lets Excel recognise the encoding of a CSV opened by double-click. */
export const BOM = "\uFEFF";

export type TCsvOptions = {
  /** SPSS's GET DATA reads one case per line: line breaks inside free text become spaces there. */
  isFlatText?: boolean;
};

/**
 * Text that starts with = + - @ (or tab, CR, LF) is a formula to Excel and LibreOffice: a
 * respondent's "=HYPERLINK(…)" would become a live link. Such text gets a leading ' in the CSV
 * (the OWASP advice; the codebook says so); the stored answer is unchanged. Numbers are never
 * text here, so negative numbers stay numbers.
 */
export const FORMULA_PREFIX = "'";
function isFormulaLike(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13 || c === 10;
}

export function csvField(value: TValue, options: TCsvOptions = {}): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const safe = isFormulaLike(value) ? FORMULA_PREFIX + value : value;
  const text = options.isFlatText ? safe.replace(NEWLINES, " ") : safe;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One line. Fields are joined rather than appended: `+=` builds a rope of ~300 cons strings per
 * line, and a batch of such ropes kept alive long enough made garbage collection most of the
 * export's CPU time; join() yields one flat string.
 */
export function csvLine(values: readonly TValue[], options: TCsvOptions = {}): string {
  const fields = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) fields[i] = csvField(values[i], options);
  return `${fields.join(",")}\n`;
}

export const wideHeader = (codebook: TCodebook) => csvLine(codebook.variables.map((v) => v.name));

export const LONG_COLUMNS = ["response_id", "wave", "definition_version", "is_finished", "page", "variable", "value", "value_label"] as const;

/**
 * Long format: one line per response × answered item (meta and order variables stay in the wide
 * file). A 0 of a dichotomy is a value, so it has its own line; empty (missing) items have none.
 */
export function longLines(codebook: TCodebook, values: readonly TValue[]): string {
  const v = codebook.variables;
  const at = (name: string) => values[indexOf(codebook, name)];
  const head: TValue[] = [at("response_id"), at("wave"), at("definition_version"), at("is_finished")];
  const lines: string[] = [];
  for (let i = 0; i < v.length; i++) {
    const value = values[i];
    if (value === null || v[i].group === "meta" || v[i].group === "order") continue;
    lines.push(csvLine([...head, v[i].group, v[i].name, value, valueLabel(v[i], value)]));
  }
  return lines.join("");
}

function valueLabel(variable: TCodebookVariable, value: TValue): string | null {
  if (typeof value !== "number") return null;
  return variable.valueLabels.find((l) => l.value === value)?.label ?? null;
}

const indexCache = new WeakMap<TCodebook, Map<string, number>>();
function indexOf(codebook: TCodebook, name: string): number {
  let index = indexCache.get(codebook);
  if (!index) {
    index = new Map(codebook.variables.map((v, i) => [v.name, i]));
    indexCache.set(codebook, index);
  }
  const i = index.get(name);
  if (i === undefined) throw new Error(`codebook has no ${name}`);
  return i;
}
