import type { TAnswers } from "@/lib/survey/elements/types";

/**
 * The response table's first columns, named after one questionnaire's variables. They are still
 * filled from the answers while figures, exports and imports move to `dims` and
 * `parts_finished`; this module goes when the columns are dropped.
 */
const COLUMN_OF_VARIABLE: Record<string, string> = {
  bg_function: "function", bg_province: "province", bg_sector: "sector", part_choice: "part_choice",
  extra_part: "extra_part", p1_activity: "p1_activity", p2_activity: "p2_activity",
};
const FINISHED_COLUMN: Record<string, string> = { p1: "p1_finished_at", p2: "p2_finished_at" };

export function legacyColumns(answers: TAnswers): Record<string, string | null> {
  return Object.fromEntries(
    Object.entries(COLUMN_OF_VARIABLE).map(([variable, column]) => [column, typeof answers[variable] === "string" ? (answers[variable] as string) : null]),
  );
}

export const legacyFinishedColumn = (part: string): string | undefined => FINISHED_COLUMN[part];

/** The activity per part, as the respondent's browser still expects it. */
export function legacyActivities(answers: TAnswers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of ["p1", "p2"]) if (typeof answers[`${part}_activity`] === "string") out[part] = answers[`${part}_activity`] as string;
  return out;
}
