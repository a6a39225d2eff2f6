import { z } from "zod";
import { paramAdder, type TQueryable } from "../db";
import { filterSql } from "../filters";
import type { TQuestionSpec } from "./kinds";
import type { TQuestionScope } from "./sql";

/**
 * The answers to one free-text variable (a text question or an "anders, namelijk" text) under
 * the dashboard's filters, newest first, with a case-insensitive substring search. The search is
 * a parameter (strpos on lower(), so % and _ are plain characters), never SQL text.
 */
export const ANSWERS_PER_PAGE = 50;
/** Rows per round trip of the CSV download: memory stays flat whatever the number of answers. */
export const ANSWERS_BATCH = 1000;

export const ZAnswersQuery = z.strictObject({
  vraag: z.string({ error: "Kies een open vraag." }).regex(/^[a-z][a-z0-9_]{0,79}$/, "Onbekende open vraag."),
  q: z.string().max(200, "Zoek op hoogstens 200 tekens.").default("").transform((s) => s.trim()),
  pagina: z.coerce.number({ error: "pagina: een paginanummer." }).int("pagina: een paginanummer.").min(1, "pagina: vanaf 1.").max(100_000, "pagina: te groot.").default(1),
});
export type TAnswersQuery = z.infer<typeof ZAnswersQuery>;

/** The answer list's own query parameters; every other one is a filter. */
export const ANSWERS_PARAMS = ["vraag", "q", "pagina"] as const;

/** Splits the query string: the answer list's own parameters, and the rest (the filters). */
export function splitAnswersSearch(input: Record<string, string | string[] | undefined>) {
  const own: Record<string, string> = {};
  const rest: Record<string, string | string[] | undefined> = {};
  for (const [k, v] of Object.entries(input)) {
    if ((ANSWERS_PARAMS as readonly string[]).includes(k)) {
      const value = Array.isArray(v) ? v[0] : v;
      if (value !== undefined && value !== "") own[k] = value;
    } else rest[k] = v;
  }
  return { own, rest };
}

export type TOpenAnswer = { responseId: string; text: string; wave: string; source: string | null; at: string; version: number };

type TPlace = { spec: Pick<TQuestionSpec, "page" | "part">; variable: string };

function answersWhere(scope: TQuestionScope, place: TPlace, search: string, params: unknown[]): string {
  const p = paramAdder(params);
  const parts = [
    `r.survey_id = ${p(scope.surveyId)}`,
    filterSql(scope.filters, params, "r", place.spec.part, scope.dimensions),
    `a.variable = ${p(place.variable)}`,
    `a.text IS NOT NULL`,
  ];
  if (search) parts.push(`strpos(lower(a.text), lower(${p(search)})) > 0`);
  return parts.join(" AND ");
}

const FROM = `FROM answer a JOIN response r ON r.id = a.response_id
  JOIN survey_version v ON v.id = r.version_id
  LEFT JOIN page_visit pv ON pv.response_id = a.response_id AND pv.page_id = a.page_id`;
/** When the answer was given: its page's last save; imported answers have none, their start counts. */
const AT = `coalesce(pv.submitted_at, r.finished_at, r.started_at)`;
const COLUMNS = `r.id AS "responseId", a.text, r.wave, r.source, v.version,
  to_char(${AT} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at`;

export async function countOpenAnswers(db: TQueryable, scope: TQuestionScope, place: TPlace, search: string): Promise<number> {
  const params: unknown[] = [];
  const w = answersWhere(scope, place, search, params);
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n ${FROM} WHERE ${w}`, params);
  return rows[0].n;
}

/** One page of answers (1-based), newest first; ties by response ID so pages never overlap. */
export async function listOpenAnswers(
  db: TQueryable, scope: TQuestionScope, place: TPlace, search: string, page: number, perPage = ANSWERS_PER_PAGE,
): Promise<TOpenAnswer[]> {
  const params: unknown[] = [];
  const w = answersWhere(scope, place, search, params);
  const p = paramAdder(params);
  const { rows } = await db.query<TOpenAnswer>(
    `SELECT ${COLUMNS} ${FROM} WHERE ${w} ORDER BY ${AT} DESC, r.id DESC LIMIT ${p(perPage)} OFFSET ${p((page - 1) * perPage)}`,
    params,
  );
  return rows;
}

/** Every matching answer, newest first, in batches by keyset (no OFFSET): for the CSV download. */
export async function* allOpenAnswers(db: TQueryable, scope: TQuestionScope, place: TPlace, search: string): AsyncGenerator<TOpenAnswer[]> {
  let after: { at: string; id: string } | undefined;
  for (;;) {
    const params: unknown[] = [];
    const w = answersWhere(scope, place, search, params);
    const p = paramAdder(params);
    const keyset = after ? ` AND (${AT}, r.id) < (${p(after.at)}::timestamptz, ${p(after.id)}::uuid)` : "";
    const { rows } = await db.query<TOpenAnswer & { exact: string }>(
      `SELECT ${COLUMNS}, ${AT}::text AS exact ${FROM} WHERE ${w}${keyset} ORDER BY ${AT} DESC, r.id DESC LIMIT ${p(ANSWERS_BATCH)}`,
      params,
    );
    if (rows.length) yield rows.map(({ exact: _e, ...row }) => row);
    if (rows.length < ANSWERS_BATCH) return;
    after = { at: rows.at(-1)!.exact, id: rows.at(-1)!.responseId };
  }
}
