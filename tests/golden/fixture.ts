import { readFileSync } from "node:fs";
import { pool } from "@/lib/db/client";
import { ZImportOptions } from "@/lib/import/options";
import { analyseFile, importFile, type TImportResult } from "@/lib/import/service";
import { savePage } from "@/lib/responses/service";
import { withTolerantie } from "../integration/import-helpers";

/**
 * The golden respondents: a fixed set of page saves for both flows of the Nuffic survey, saved
 * through the same service as PUT /api/s/[slug]/responses/[id], plus the 2020 SurveyMonkey wave
 * through the import service.
 */
export const CHOICE_SLUG = "internationale-competenties";
export const SEQUENTIAL_SLUG = "internationale-competenties-sequentieel";
/** Both flows are one survey now: the sequential flow's respondents enter its version 2. */
export const GOLDEN_SLUGS = [CHOICE_SLUG] as const;
const VERSION_OF_SLUG: Record<string, number | undefined> = { [SEQUENTIAL_SLUG]: 2 };
const RESPONDENTS_FILE = "tests/golden/respondents.json";

export type TGoldenSave = { page: string; values: Record<string, unknown>; durationMs: number; pauseMs: number };
export type TGoldenRespondent = {
  key: string;
  slug: string;
  id: string;
  secret: string;
  ip: string;
  source?: string;
  /** Virtual time the respondent opened the survey; each save adds its pause and duration. */
  openedAt: string;
  saves: TGoldenSave[];
};

/**
 * Every golden respondent, in the order they are saved: the scripts generated once (from SEED, by
 * the first release's fixture) and kept as data, so the input can never drift.
 */
export function goldenRespondents(): TGoldenRespondent[] {
  return JSON.parse(readFileSync(RESPONDENTS_FILE, "utf8")) as TGoldenRespondent[];
}

/**
 * The save service stamps rows with the database clock (now()); it takes no clock. After each
 * save the timestamps that save set (any later than CLOCK_CUT: the real clock) are moved to the
 * respondent's virtual time, so timings, days and the export's dates are fixed. Test-only writes.
 */
const CLOCK_CUT = "2024-06-01T00:00:00Z";

async function pinClock(id: string, page: string, at: Date, durationMs: number) {
  const cut = (col: string) => `${col} = CASE WHEN ${col} > $2::timestamptz THEN $3::timestamptz ELSE ${col} END`;
  await pool().query(
    `UPDATE response SET ${["started_at", "updated_at", "finished_at"].map(cut).join(", ")},
       parts_finished = COALESCE((SELECT jsonb_object_agg(part, CASE WHEN at::timestamptz > $2::timestamptz THEN to_jsonb($3::timestamptz) ELSE to_jsonb(at::timestamptz) END)
         FROM jsonb_each_text(parts_finished) AS p(part, at)), '{}'::jsonb)
     WHERE id = $1`,
    [id, CLOCK_CUT, at.toISOString()],
  );
  await pool().query(
    `UPDATE page_visit SET
       entered_at = CASE WHEN entered_at > $3::timestamptz THEN $4::timestamptz - make_interval(secs => $5::int / 1000.0) ELSE entered_at END,
       submitted_at = $4::timestamptz
     WHERE response_id = $1 AND page_id = $2`,
    [id, page, CLOCK_CUT, at.toISOString(), durationMs],
  );
}

export async function saveRespondent(r: TGoldenRespondent) {
  let at = Date.parse(r.openedAt);
  let seq = 0;
  for (const s of r.saves) {
    at += s.pauseMs + s.durationMs;
    seq++;
    const source = seq === 1 ? r.source : undefined;
    const version = seq === 1 ? VERSION_OF_SLUG[r.slug] : undefined;
    await savePage(CHOICE_SLUG, r.id, { secret: r.secret, seq, page: s.page, durationMs: s.durationMs, values: s.values, source, version }, r.ip);
    await pinClock(r.id, s.page, new Date(at), s.durationMs);
  }
}

export const IMPORT_FILE = "tests/fixtures/surveymonkey/wave2020.csv";

/** The 2020 SurveyMonkey wave through the import service, mapped as a researcher would. */
export async function importWave2020(): Promise<TImportResult> {
  const file = { name: "wave2020.csv", data: new Uint8Array(readFileSync(IMPORT_FILE)) };
  const options = ZImportOptions.parse({ wave: "2020" });
  const analysis = await analyseFile(CHOICE_SLUG, file, options);
  return importFile(CHOICE_SLUG, file, withTolerantie(analysis), options, null);
}

/** Seeds an empty database (the survey folders only) with every golden respondent and the 2020 wave. */
export async function seedGolden(): Promise<TGoldenRespondent[]> {
  const respondents = goldenRespondents();
  for (const r of respondents) await saveRespondent(r);
  await importWave2020();
  return respondents;
}
