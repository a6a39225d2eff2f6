import type { TCodebook, TCodebookVariable } from "./codebook";

/**
 * An R script that reads the wide CSV and sets the variable label (attribute "label"), turns
 * coded variables into factors (ordered for ordinal ones) and user-missing codes into NA. Base R
 * only. Non-ASCII characters are written as \u{…} escapes so the script works in any locale.
 */
export function rString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"' || ch === "\\") out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (cp < 0x20 || cp > 0x7e) out += `\\u{${cp.toString(16)}}`;
    else out += ch;
  }
  return `${out}"`;
}

const rVector = (items: string[]) => `c(${items.join(", ")})`;

function colClass(v: TCodebookVariable): string {
  return v.type === "numeric" ? "numeric" : "character";
}

/** Variables that become factors: coded nominal/ordinal variables whose codes are all labelled. */
export function isFactor(v: TCodebookVariable): boolean {
  return v.type === "numeric" && v.level !== "scale" && v.valueLabels.length > 0;
}

function variableLines(v: TCodebookVariable, timeZone: string): string[] {
  const col = `data[[${rString(v.name)}]]`;
  const lines: string[] = [];
  if (v.type === "datetime") lines.push(`${col} <- as.POSIXct(${col}, tz = ${rString(timeZone)}, format = "%Y-%m-%d %H:%M:%S")`);
  if (v.missingValues.length) lines.push(`${col}[${col} %in% ${rVector(v.missingValues.map(String))}] <- NA`);
  if (isFactor(v)) {
    const labels = v.valueLabels.filter((l) => !v.missingValues.includes(l.value));
    lines.push(
      `${col} <- factor(${col}, levels = ${rVector(labels.map((l) => String(l.value)))},\n` +
        `  labels = ${rVector(labels.map((l) => rString(l.label)))}${v.level === "ordinal" ? ", ordered = TRUE" : ""})`,
    );
  } else if (v.valueLabels.length) {
    // Scale variables keep their numbers; the labelled end points are kept as an attribute.
    const labels = v.valueLabels.filter((l) => !v.missingValues.includes(l.value));
    lines.push(`attr(${col}, "labels") <- setNames(${rVector(labels.map((l) => String(l.value)))}, ${rVector(labels.map((l) => rString(l.label)))})`);
  }
  lines.push(`attr(${col}, "label") <- ${rString(v.label)}`);
  return lines;
}

export function rScript(codebook: TCodebook, csvFileName: string): string {
  const vars = codebook.variables;
  const classes = vars.map((v) => `  ${v.name} = "${colClass(v)}"`).join(",\n");
  return [
    `# ${codebook.survey.title.replace(/\n/g, " ")}`,
    `# Leest ${csvFileName} en zet labels (attribuut "label"), factoren en ontbrekende waarden (NA).`,
    "# Gebruik: zet de werkmap op de map met het CSV-bestand en source() dit script, of",
    "#   Rscript dit-script.R pad/naar/data.csv",
    "# Resultaat: data.frame `data`. Lege cellen en gebruiker-ontbrekende codes (zoals",
    '# "niet van toepassing") zijn NA. as.integer() op een factor geeft het niveaunummer, niet de code.',
    "# Tekst die begint met =, +, -, @ of een tab heeft in het CSV-bestand een ' ervoor (geen formule in",
    "# een spreadsheet); zie het codeboek.",
    "",
    "args <- commandArgs(trailingOnly = TRUE)",
    `csv_file <- if (length(args) > 0) args[[1]] else ${rString(csvFileName)}`,
    "col_classes <- c(",
    classes,
    ")",
    'data <- utils::read.csv(csv_file, fileEncoding = "UTF-8-BOM", encoding = "UTF-8", na.strings = "",',
    "  colClasses = col_classes, check.names = FALSE, stringsAsFactors = FALSE)",
    "",
    ...vars.flatMap((v) => variableLines(v, codebook.survey.timeZone)),
    "",
  ].join("\n");
}
