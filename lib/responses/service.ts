import "server-only";
import { closedMessage } from "@/lib/survey/fieldwork";
import { getFieldwork } from "@/lib/survey/fieldwork-service";
import { isStoppedCollector } from "@/lib/survey/collector-service";
import { STOPPED_COLLECTOR_MESSAGE } from "@/lib/survey/collectors";
import { createHash } from "node:crypto";
import type { PoolClient, QueryResultRow } from "pg";
import { pool } from "@/lib/db/client";
import type { TValue } from "@/lib/survey/elements/types";
import { pageValues, path } from "@/lib/survey/engine/flow";
import { displayOrder } from "@/lib/survey/engine/order";
import { getActiveVersion, getVersion, type TSurveyVersion } from "@/lib/survey/service";
import { getRunningExperiment, type TRunningExperiment } from "@/lib/survey/experiment-service";
import { armAt, blockSizeFor } from "@/lib/survey/experiment";
import { isValidTestToken } from "@/lib/survey/test-link-service";
import { languagesOf } from "@/lib/survey/i18n/texts";
import { ResponseError } from "./errors";
import { hashIp } from "./ip";
import { enterRaffle } from "./raffle";
import { hashSecret, planSave, saveDigest, type TStoredResponse } from "./save";
import type { TResumeState, TSaveRequest, TSaveResult } from "./schema";

type TRow = {
  id: string; survey_id: string; version_id: string; secret_hash: string; last_seq: number;
  last_save_digest: string | null; current_page: string; flow_mode: "sequential" | "choice";
  parts_finished: Record<string, string>; finished_at: Date | null; is_test: boolean;
  display_order: Record<string, string[]>;
  language: string;
  /** The stored answers as [variable, num, text] triples. */
  answers: [string, number | null, string | null][];
};

const SELECT_RESPONSE = `SELECT r.id, r.survey_id, r.version_id, r.secret_hash, r.last_seq, r.last_save_digest, r.current_page,
  r.flow_mode, r.parts_finished, r.finished_at, r.is_test, r.display_order, r.language,
  (SELECT coalesce(json_agg(json_build_array(a.variable, a.num, a.text)), '[]') FROM answer a WHERE a.response_id = r.id) AS answers
  FROM response r WHERE r.id = $1`;

/**
 * The save path's statements are few and fixed: named (prepared) statements let PostgreSQL plan
 * each once per connection instead of on every save.
 */
function prepared<T extends QueryResultRow>(text: string, values: unknown[]) {
  const name = `resp_${createHash("sha1").update(text).digest("hex").slice(0, 16)}`;
  return pool().query<T>({ name, text, values });
}

/** The requested language when the version has it. */
function responseLanguage(def: TSurveyVersion["def"], lang: string | undefined): string | undefined {
  return lang && languagesOf(def).includes(lang) ? lang : undefined;
}

/** The state of a response before its first save, to validate that save before creating the row. */
function newResponse(id: string, firstPage: string): TStoredResponse {
  return { id, lastSeq: 0, currentPage: firstPage, answers: {}, order: {}, partsFinished: [], isFinished: false };
}

function toStored(r: TRow): TStoredResponse {
  const answers: Record<string, TValue> = {};
  for (const [variable, num, text] of r.answers) answers[variable] = (num ?? text)!;
  return {
    id: r.id, lastSeq: r.last_seq, currentPage: r.current_page, answers, order: r.display_order,
    partsFinished: Object.keys(r.parts_finished), isFinished: r.finished_at !== null,
  };
}

/** What a save needs to know of a response before it writes. */
type TState = { version: TSurveyVersion; surveyId: string; secretHash: string; digest: string | null; stored: TStoredResponse };

/**
 * The state of the responses this process saved last, so that a save usually costs one statement:
 * the write is guarded by `last_seq` (optimistic concurrency), so a state that another process or
 * tab changed since is noticed there, dropped, and the save runs again on the stored state. Only
 * a save moves last_seq forward and only a save changes the answers. Bounded, oldest out first.
 */
const MAX_KNOWN = 5_000;
const known = new Map<string, TState>();

function remember(id: string, state: TState) {
  known.delete(id);
  known.set(id, state);
  if (known.size > MAX_KNOWN) known.delete(known.keys().next().value!);
}

async function loadOwned(slug: string, responseId: string, secret: string): Promise<{ row: TRow; state: TState } | undefined> {
  const { rows } = await prepared<TRow>(SELECT_RESPONSE, [responseId]);
  const row = rows[0];
  if (!row) return undefined;
  if (row.secret_hash !== hashSecret(secret)) {
    throw new ResponseError(403, "Dit antwoord hoort bij een andere deelnemer.");
  }
  const version = await getVersion(row.version_id);
  if (!version || version.slug !== slug) throw new ResponseError(404, "Dit antwoord hoort niet bij deze vragenlijst.");
  return { row, state: { version, surveyId: row.survey_id, secretHash: row.secret_hash, digest: row.last_save_digest, stored: toStored(row) } };
}

/**
 * A response starts at its first accepted save: a refused first page leaves no row (nor IP hash).
 * Its state when this request created the row; undefined when the row already existed.
 */
async function create(slug: string, responseId: string, req: TSaveRequest, ip: string | undefined): Promise<TState | undefined> {
  const shown = await getActiveVersion(slug, req.version);
  if (!shown) {
    throw new ResponseError(404, req.version ? "Deze versie van de vragenlijst is niet (meer) open." : "Deze vragenlijst bestaat niet of is gesloten.");
  }
  const firstPage = path(shown.def, {})[0];
  if (req.page !== firstPage) throw new ResponseError(404, "Dit antwoord bestaat niet (meer). Begin opnieuw.");
  // The test link opens a closed or full survey; a wrong token is no token.
  const isTest = await isValidTestToken({ id: shown.surveyId }, req.test);
  // A closed survey takes no new respondents; those who started may finish (they never get here).
  const fieldwork = isTest ? undefined : await getFieldwork({ id: shown.surveyId });
  if (fieldwork && !fieldwork.state.isOpen) throw new ResponseError(403, closedMessage(fieldwork.state, fieldwork.timeZone)!);
  if (!isTest && (await isStoppedCollector(shown.surveyId, req.source || undefined))) throw new ResponseError(403, STOPPED_COLLECTOR_MESSAGE);
  const stored = newResponse(responseId, firstPage);
  planSave(shown.def, stored, req.page, req.values);
  const experiment = await experimentFor(slug, shown);
  // A test response has no IP hash: it is in no duplicate check.
  const ipHash = isTest ? null : await hashIp(ip);
  const row = (version: TSurveyVersion, arm?: { id: string; seq: number | null }) => [
    responseId, version.surveyId, version.id, hashSecret(req.secret), version.flowMode, version.wave,
    req.source || null, ipHash, JSON.stringify(displayOrder(version.def, responseId)), firstPage,
    arm?.id ?? null, arm?.seq ?? null, isTest, responseLanguage(version.def, req.language) ?? languagesOf(version.def)[0],
  ];
  const inserted = !experiment
    ? await insertResponse(pool(), row(shown), shown)
    : isTest ? await insertTestArm(experiment, req, row) : await insertAssigned(experiment, shown, req, row);
  if (!inserted) return undefined;
  const { version, params } = inserted;
  return { version, surveyId: version.surveyId, secretHash: params[3] as string, digest: null, stored: { ...stored, order: JSON.parse(params[8] as string) } };
}

// No hash once the survey's IP hashing is closed. FOR SHARE: closing waits for this insert (or
// this insert for the closing), so the closing's delete of the hashes sees every row.
const INSERT_RESPONSE = `INSERT INTO response (id, survey_id, version_id, secret_hash, flow_mode, wave, source, ip_hash, display_order, current_page,
    experiment_arm_id, experiment_seq, is_test, language)
  SELECT $1, s.id, $3, $4, $5, $6, $7, CASE WHEN s.ip_hashing_closed_at IS NULL THEN $8 END, $9, $10, $11, $12, $13, $14
    FROM survey s WHERE s.id = $2 FOR SHARE
  ON CONFLICT (id) DO NOTHING`;

type TInserted = { version: TSurveyVersion; params: unknown[] } | undefined;

async function insertResponse(db: Pick<PoolClient, "query">, params: unknown[], version: TSurveyVersion): Promise<TInserted> {
  const { rowCount } = await db.query(INSERT_RESPONSE, params);
  return rowCount ? { version, params } : undefined;
}

/**
 * The running experiment that assigns this new respondent: while one runs, everyone who comes in
 * through the survey link or an arm's own `?versie=` is assigned; a link to another open version
 * keeps that version.
 */
async function experimentFor(slug: string, shown: TSurveyVersion): Promise<TRunningExperiment | undefined> {
  const experiment = await getRunningExperiment(shown.surveyId);
  if (!experiment) return undefined;
  if (experiment.arms.some((a) => a.versionId === shown.id)) return experiment;
  return (await getActiveVersion(slug))?.id === shown.id ? experiment : undefined;
}

/**
 * Assignment and insert in one transaction: the experiment's counter is taken with its row locked
 * (concurrent starts queue on it), the arm follows from the counter (lib/survey/experiment.ts),
 * and a response that already existed (an overlapping retry) gives its number back by rolling back.
 */
async function insertAssigned(
  experiment: TRunningExperiment, shown: TSurveyVersion, req: TSaveRequest,
  row: (version: TSurveyVersion, arm?: { id: string; seq: number }) => unknown[],
): Promise<TInserted> {
  const client = await pool().connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ n: number }>(
      `UPDATE experiment SET assigned = assigned + 1 WHERE id = $1 AND stopped_at IS NULL RETURNING assigned - 1 AS n`, [experiment.id],
    );
    if (rows.length === 0) {
      // Stopped in the meantime: the version shown, as without an experiment.
      await client.query("ROLLBACK");
      return await insertResponse(client, row(shown), shown);
    }
    const n = rows[0].n;
    const arm = experiment.arms[armAt(experiment.seed, experiment.arms.map((a) => a.weight), n)];
    const version = (await getVersion(arm.versionId))!;
    planSave(version.def, newResponse("", req.page), req.page, req.values);
    const inserted = await insertResponse(client, row(version, { id: arm.id, seq: n }), version);
    await client.query(inserted ? "COMMIT" : "ROLLBACK");
    return inserted;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * A test respondent during an experiment gets an arm as a new respondent would (drawn by the
 * arms' weights), without taking a number from the experiment's counter: the real respondents'
 * sequence, and so their assignment, stays as if no test was made.
 */
async function insertTestArm(
  experiment: TRunningExperiment, req: TSaveRequest,
  row: (version: TSurveyVersion, arm?: { id: string; seq: number | null }) => unknown[],
): Promise<TInserted> {
  const weights = experiment.arms.map((a) => a.weight);
  const arm = experiment.arms[armAt(experiment.seed, weights, Math.floor(Math.random() * blockSizeFor(weights)))];
  const version = (await getVersion(arm.versionId))!;
  planSave(version.def, newResponse("", req.page), req.page, req.values);
  return insertResponse(pool(), row(version, { id: arm.id, seq: null }), version);
}

/** The state to save on: remembered when it can be, else read (or the row created). */
async function stateFor(slug: string, responseId: string, req: TSaveRequest, ip: string | undefined): Promise<{ state: TState; isRemembered: boolean }> {
  const hit = known.get(responseId);
  // Only a save that moves forward uses what is remembered: duplicates and conflicts are judged on the stored row.
  if (hit && hit.version.slug === slug && req.seq > hit.stored.lastSeq && hit.secretHash === hashSecret(req.secret)) {
    return { state: hit, isRemembered: true };
  }
  const owned = await loadOwned(slug, responseId, req.secret);
  if (owned) return { state: owned.state, isRemembered: false };
  const created = await create(slug, responseId, req, ip);
  if (created) return { state: created, isRemembered: false };
  // Created at the same moment by another request (a retry that overlapped its original).
  const now = await loadOwned(slug, responseId, req.secret);
  if (!now) throw new Error("response vanished after insert");
  return { state: now.state, isRemembered: false };
}

/**
 * Saves one page: validated, idempotent per `seq`, atomic (one SQL statement). A raffle e-mail is
 * written apart, in its own transaction (lib/responses/raffle.ts).
 */
export async function savePage(slug: string, responseId: string, req: TSaveRequest, ip?: string): Promise<TSaveResult> {
  const { state, isRemembered } = await stateFor(slug, responseId, req, ip);
  const { stored, version } = state;
  const digest = saveDigest(req);
  if (req.seq <= stored.lastSeq) {
    if (req.seq === stored.lastSeq && state.digest === digest) {
      return { currentPage: stored.currentPage, seq: stored.lastSeq, isDuplicate: true, isFinished: stored.isFinished };
    }
    throw new ResponseError(409, "Deze antwoorden zijn al vervangen door nieuwere (andere tab of ander apparaat). Laad de pagina opnieuw.");
  }
  let plan;
  try {
    plan = planSave(version.def, stored, req.page, req.values);
  } catch (error) {
    if (!isRemembered) throw error;
    // Judged on a remembered state that may be out of date: again, on the stored one.
    known.delete(responseId);
    return savePage(slug, responseId, req, ip);
  }
  // Before the page save, so an acknowledged raffle page always has its entry.
  if (plan.raffleEmail) await enterRaffle(responseId, state.surveyId, plan.raffleEmail);

  const sets = ["last_seq = $2", "current_page = $3", "updated_at = now()", "last_save_digest = $5"];
  const params: unknown[] = [responseId, req.seq, plan.nextPage, stored.lastSeq, digest];
  const p = (v: unknown) => (params.push(v), `$${params.length}`);
  sets.push(`dims = ${p(JSON.stringify(plan.dims))}::jsonb`);
  // A respondent who switches language on the way: the response keeps the language answered in last.
  const language = responseLanguage(version.def, req.language);
  if (language) sets.push(`language = ${p(language)}`);
  if (plan.finishParts.length) {
    const now = `to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    sets.push(`parts_finished = (SELECT jsonb_object_agg(part, ${now}) FROM unnest(${p(plan.finishParts)}::text[]) AS part) || parts_finished`);
  }
  if (plan.isFinishing) sets.push("finished_at = COALESCE(finished_at, now())");
  const $ = {
    clear: p(plan.clear), vars: p(plan.rows.map((r) => r.variable)), nums: p(plan.rows.map((r) => r.num)),
    texts: p(plan.rows.map((r) => r.text)), page: p(req.page), duration: p(req.durationMs),
  };
  const sql = `WITH upd AS (
      UPDATE response SET ${sets.join(", ")} WHERE id = $1 AND last_seq = $4 RETURNING id
    ), del AS (
      DELETE FROM answer a USING upd WHERE a.response_id = upd.id AND a.variable = ANY(${$.clear}::text[])
    ), ins AS (
      INSERT INTO answer (response_id, variable, page_id, num, text)
      SELECT upd.id, v.variable, ${$.page}, v.num, v.text
        FROM upd, unnest(${$.vars}::text[], ${$.nums}::int[], ${$.texts}::text[]) AS v(variable, num, text)
      ON CONFLICT (response_id, variable) DO UPDATE SET page_id = excluded.page_id, num = excluded.num, text = excluded.text
    ), visit AS (
      INSERT INTO page_visit (response_id, page_id, entered_at, submitted_at, duration_ms)
      SELECT upd.id, ${$.page}, now() - make_interval(secs => ${$.duration}::int / 1000.0), now(), ${$.duration}::int FROM upd
      ON CONFLICT (response_id, page_id) DO UPDATE SET submitted_at = excluded.submitted_at,
        duration_ms = page_visit.duration_ms + excluded.duration_ms, save_count = page_visit.save_count + 1
    )
    SELECT count(*)::int AS n FROM upd`;
  const { rows } = await prepared<{ n: number }>(sql, params);
  if (rows[0].n === 0) {
    known.delete(responseId);
    // What this process remembered was out of date (a save through another process): again, on the stored state.
    if (isRemembered) return savePage(slug, responseId, req, ip);
    // Another request changed the response in between; if it was this same save (a retry that
    // overlapped the original), it is stored and this one is its duplicate.
    const { rows: now } = await pool().query<TRow>(SELECT_RESPONSE, [responseId]);
    if (now[0]?.last_seq === req.seq && now[0].last_save_digest === digest) {
      return { currentPage: now[0].current_page, seq: req.seq, isDuplicate: true, isFinished: now[0].finished_at !== null };
    }
    throw new ResponseError(409, "Deze antwoorden zijn tegelijk op een andere plek opgeslagen. Laad de pagina opnieuw.");
  }
  const isFinished = stored.isFinished || plan.isFinishing;
  remember(responseId, {
    ...state,
    digest,
    stored: {
      ...stored, lastSeq: req.seq, currentPage: plan.nextPage, answers: plan.answers, isFinished,
      partsFinished: [...stored.partsFinished, ...plan.finishParts],
    },
  });
  return { currentPage: plan.nextPage, seq: req.seq, isDuplicate: false, isFinished };
}

/** The saved state of one response, for its owner (proven by the secret). */
export async function getResumeState(slug: string, responseId: string, secret: string): Promise<TResumeState> {
  const owned = await loadOwned(slug, responseId, secret);
  if (!owned) throw new ResponseError(404, "Dit antwoord bestaat niet (meer). Begin opnieuw.");
  const { row, state: { version, stored } } = owned;
  const { rows } = await pool().query<{ page_id: string }>(`SELECT DISTINCT page_id FROM answer WHERE response_id = $1`, [responseId]);
  const respondent = { answers: stored.answers, order: stored.order };
  const pages = path(version.def, stored.answers);
  const values: TResumeState["values"] = {};
  for (const { page_id: page } of rows) if (pages.includes(page)) values[page] = pageValues(version.def, page, respondent);
  return {
    responseId, version: version.version, flowMode: row.flow_mode, currentPage: stored.currentPage, pages: pages,
    seq: stored.lastSeq, isFinished: stored.isFinished, displayOrder: row.display_order,
    values, answers: stored.answers, def: version.def, isTest: row.is_test, language: row.language,
  };
}
