import type { TCodebook, TCodebookVariable, TMeasurementLevel } from "./codebook";

/**
 * SPSS syntax (.sps) that reads the wide CSV and sets variable labels, value labels, missing
 * values and measurement levels. Tested with GNU PSPP; uses only commands SPSS has too.
 */
const MAX_VAR_LABEL_BYTES = 255;
const MAX_VALUE_LABEL_BYTES = 120;
/** Long literals are split and joined with "+" to keep lines short for older SPSS versions. */
const CHUNK_BYTES = 80;

/** Cuts a string to at most `max` UTF-8 bytes without splitting a character. */
export function truncateBytes(s: string, max: number): string {
  if (Buffer.byteLength(s) <= max) return s;
  let out = "";
  let bytes = 0;
  for (const ch of s) {
    const b = Buffer.byteLength(ch);
    if (bytes + b > max - 3) break;
    out += ch;
    bytes += b;
  }
  return `${out}…`;
}

/** A quoted SPSS string, split into "…" + "…" pieces of at most CHUNK_BYTES bytes. */
export function spssString(s: string): string {
  const clean = s.replace(/\s+/g, " ");
  const chunks: string[] = [];
  let current = "";
  for (const ch of clean) {
    if (Buffer.byteLength(current + ch) > CHUNK_BYTES) {
      chunks.push(current);
      current = "";
    }
    current += ch;
  }
  chunks.push(current);
  return chunks.map((c) => `"${c.replace(/"/g, '""')}"`).join("\n    + ");
}

export function inputFormat(v: TCodebookVariable): string {
  if (v.type === "string") return `A${Math.max(1, v.width ?? 255)}`;
  if (v.type === "datetime") return "YMDHMS19";
  return v.name === "duration_sec" ? "F10.0" : "F8.0";
}

const wrapNames = (names: string[]) =>
  names.map((n, i) => (i > 0 && i % 6 === 0 ? `\n    ${n}` : n)).join(" ");

function levelLines(codebook: TCodebook): string[] {
  const byLevel = new Map<TMeasurementLevel, string[]>();
  for (const v of codebook.variables) {
    // SPSS only allows NOMINAL or ORDINAL for strings.
    const level = v.type === "string" ? "nominal" : v.level;
    byLevel.set(level, [...(byLevel.get(level) ?? []), v.name]);
  }
  return [...byLevel].map(([level, names]) => `${wrapNames(names)} (${level.toUpperCase()})`);
}

export function spssSyntax(codebook: TCodebook, csvFileName: string): string {
  const vars = codebook.variables;
  const out: string[] = [
    "* Encoding: UTF-8.",
    `* ${codebook.survey.title.replace(/\n/g, " ")}.`,
    `* Leest ${csvFileName} en zet labels, waardelabels, ontbrekende waarden en meetniveaus.`,
    "* Open dit bestand vanuit de map met het CSV-bestand, of zet het volledige pad achter /FILE=.",
    "* Lege cellen zijn systeem-ontbrekend (niet beantwoord); zie het codeboek voor de codering.",
    "* Regeleinden in open antwoorden zijn in dit CSV-bestand vervangen door spaties (GET DATA leest per regel).",
    "* Tekst die begint met =, +, -, @ of een tab heeft een apostrof ervoor (geen formule in een spreadsheet); zie het codeboek.",
    "SET DECIMAL=DOT.",
    "GET DATA",
    "  /TYPE=TXT",
    `  /FILE='${csvFileName.replace(/'/g, "''")}'`,
    "  /ENCODING='UTF8'",
    "  /ARRANGEMENT=DELIMITED",
    "  /DELCASE=LINE",
    "  /FIRSTCASE=2",
    '  /DELIMITERS=","',
    "  /QUALIFIER='\"'",
    "  /VARIABLES=",
    ...vars.map((v) => `    ${v.name} ${inputFormat(v)}`),
    ".",
    "",
    "VARIABLE LABELS",
    `  ${vars.map((v) => `${v.name} ${spssString(truncateBytes(v.label, MAX_VAR_LABEL_BYTES))}`).join("\n  /")}`,
    ".",
  ];
  const labelled = vars.filter((v) => v.type === "numeric" && v.valueLabels.length > 0);
  if (labelled.length) {
    out.push("", "VALUE LABELS");
    out.push(
      labelled
        .map((v, i) => `${i === 0 ? "  " : ""}${v.name}\n${v.valueLabels.map((l) => `    ${l.value} ${spssString(truncateBytes(l.label, MAX_VALUE_LABEL_BYTES))}`).join("\n")}`)
        .join("\n  /"),
      ".",
    );
  }
  const missing = vars.filter((v) => v.type === "numeric" && v.missingValues.length > 0);
  if (missing.length) {
    out.push("", "MISSING VALUES");
    // SPSS allows at most three discrete missing values per variable.
    out.push(`  ${missing.map((v) => `${v.name} (${v.missingValues.slice(0, 3).join(", ")})`).join("\n  /")}`, ".");
  }
  out.push("", "VARIABLE LEVEL", `  ${levelLines(codebook).join("\n  /")}`, ".", "", "EXECUTE.", "");
  return out.join("\n");
}
