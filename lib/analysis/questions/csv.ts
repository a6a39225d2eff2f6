import { BOM, csvLine } from "@/lib/export/csv";
import type { TOpenAnswer } from "./answers";

/**
 * One open question's answers as CSV, as the exports write it (lib/export/csv.ts): UTF-8 with a
 * byte order mark for Excel, commas, text that looks like a formula prefixed with '.
 */
export const ANSWERS_CSV_COLUMNS = ["response_id", "wave", "definition_version", "answered_at", "source", "variable", "answer"] as const;

export const answersCsvHeader = () => BOM + csvLine([...ANSWERS_CSV_COLUMNS]);

export function answersCsvLines(variable: string, rows: TOpenAnswer[]): string {
  return rows.map((r) => csvLine([r.responseId, r.wave, r.version, r.at, r.source, variable, r.text])).join("");
}

/** `antwoorden-<slug>-<variable>.csv`: both are identifiers, safe in a header. */
export const answersFileName = (slug: string, variable: string) => `antwoorden-${slug}-${variable}.csv`;
