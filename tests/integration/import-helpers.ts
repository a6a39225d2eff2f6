import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { TImportMapping } from "@/lib/import/mapping";
import type { TAnalysis } from "@/lib/import/service";
import { query } from "./db";

export const SLUG = "internationale-competenties";
export const FIXTURE_DIR = "tests/fixtures/surveymonkey";

export function fixture(name: string) {
  return { name, data: new Uint8Array(readFileSync(`${FIXTURE_DIR}/${name}`)) };
}

/** The fixture CSV read independently of the importer: [header1, header2, ...rows]. */
export function fixtureGrid(): string[][] {
  return parse(readFileSync(`${FIXTURE_DIR}/wave2020.csv`, "utf8")) as string[][];
}

/** What a researcher does in the UI: map the 2020 "Tolerantie" columns to erkennen_verschillen. */
export function withTolerantie(analysis: TAnalysis): TImportMapping {
  return {
    columns: analysis.mapping.columns.map((c) => {
      const col = analysis.columns[c.index];
      if (col.sub !== "Tolerantie") return c;
      const isTop5 = /vijf competenties/.test(col.question);
      return { ...c, target: isTop5 ? "p1_top5_erkennen_verschillen" : "p1_dev_erkennen_verschillen" };
    }),
  };
}

export async function tableCounts() {
  const [row] = await query<{ responses: number; answers: number; versions: number; batches: number }>(
    `SELECT (SELECT count(*)::int FROM response) AS responses, (SELECT count(*)::int FROM answer) AS answers,
            (SELECT count(*)::int FROM survey_version) AS versions, (SELECT count(*)::int FROM import_batch) AS batches`,
  );
  return row;
}

export async function answersByExternalId(): Promise<Record<string, Record<string, number | string | null>>> {
  const rows = await query<{ external_id: string; variable: string; num: number | null; text: string | null }>(
    `SELECT r.external_id, a.variable, a.num, a.text FROM answer a JOIN response r ON r.id = a.response_id WHERE r.is_imported`,
  );
  const out: Record<string, Record<string, number | string | null>> = {};
  for (const r of rows) (out[r.external_id] ??= {})[r.variable] = r.num ?? r.text;
  return out;
}
