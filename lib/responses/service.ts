import "server-only";
import { createHash } from "node:crypto";
import type { QueryResultRow } from "pg";
import { pool } from "@/lib/db/client";
import type { TPartId } from "@/lib/survey/definition";
import { flowPages, type TPageId } from "@/lib/survey/flow";
import { fromAnswerRows } from "@/lib/survey/pages";
import { getActiveVersion, getVersion, type TSurveyVersion } from "@/lib/survey/service";
import { ResponseError } from "./errors";
import { hashIp } from "./ip";
import { enterRaffle } from "./raffle";
import { displayOrderFor, flowState, hashSecret, planSave, saveDigest, type TStoredResponse } from "./save";
import type { TResumeState, TSaveRequest, TSaveResult } from "./schema";

type TRow = {
  id: string; survey_id: string; version_id: string; secret_hash: string; last_seq: number;
  last_save_digest: string | null; current_page: TPageId; flow_mode: "sequential" | "choice"; part_choice: TPartId | null;
  extra_part: TPartId | null; p1_activity: string | null; p2_activity: string | null;
  p1_finished_at: Date | null; p2_finished_at: Date | null; finished_at: Date | null;
  display_order: Record<string, string[]>;
};

const SELECT_RESPONSE = `SELECT id, survey_id, version_id, secret_hash, last_seq, last_save_digest, current_page, flow_mode,
  part_choice, extra_part, p1_activity, p2_activity, p1_finished_at, p2_finished_at, finished_at, display_order
  FROM response WHERE id = $1`;

/**
 * The save path's statements are few and fixed: named (prepared) statements let PostgreSQL plan
 * each once per connection instead of on every save.
 */
function prepared<T extends QueryResultRow>(text: string, values: unknown[]) {
  const name = `resp_${createHash("sha1").update(text).digest("hex").slice(0, 16)}`;
  return pool().query<T>({ name, text, values });
}

/** The state of a response before its first save, to validate that save before creating the row. */
function newResponse(id: string, flowMode: TStoredResponse["flowMode"]): TStoredResponse {
  return {
    id, secretHash: "", lastSeq: 0, currentPage: "welcome", flowMode, partChoice: null, extraPart: null,
    activities: {}, partsFinished: [], isFinished: false,
  };
}

function toStored(r: TRow): TStoredResponse {
  const activities: Partial<Record<TPartId, string>> = {};
  if (r.p1_activity) activities.p1 = r.p1_activity;
  if (r.p2_activity) activities.p2 = r.p2_activity;
  const partsFinished: TPartId[] = [];
  if (r.p1_finished_at) partsFinished.push("p1");
  if (r.p2_finished_at) partsFinished.push("p2");
  return {
    id: r.id, secretHash: r.secret_hash, lastSeq: r.last_seq, currentPage: r.current_page, flowMode: r.flow_mode,
    partChoice: r.part_choice, extraPart: r.extra_part, activities, partsFinished, isFinished: r.finished_at !== null,
  };
}

async function loadOwned(slug: string, responseId: string, secret: string): Promise<{ row: TRow; version: TSurveyVersion } | undefined> {
  const { rows } = await prepared<TRow>(SELECT_RESPONSE, [responseId]);
  const row = rows[0];
  if (!row) return undefined;
  if (row.secret_hash !== hashSecret(secret)) {
    throw new ResponseError(403, "Dit antwoord hoort bij een andere deelnemer.");
  }
  const version = await getVersion(row.version_id);
  if (!version || version.slug !== slug) throw new ResponseError(404, "Dit antwoord hoort niet bij deze vragenlijst.");
  return { row, version };
}

/** A response starts at its first accepted save: a refused first page leaves no row (nor IP hash). */
async function create(slug: string, responseId: string, req: TSaveRequest, ip: string | undefined) {
  const version = await getActiveVersion(slug);
  if (!version) throw new ResponseError(404, "Deze vragenlijst bestaat niet of is gesloten.");
  planSave(version.definition, newResponse(responseId, version.flowMode), req.page, req.values);
  // No hash once the survey's IP hashing is closed. FOR SHARE: closing waits for this insert (or
  // this insert for the closing), so the closing's delete of the hashes sees every row.
  await pool().query(
    `INSERT INTO response (id, survey_id, version_id, secret_hash, flow_mode, wave, source, ip_hash, display_order, current_page)
     SELECT $1, s.id, $3, $4, $5, $6, $7, CASE WHEN s.ip_hashing_closed_at IS NULL THEN $8 END, $9, 'welcome'
       FROM survey s WHERE s.id = $2 FOR SHARE
     ON CONFLICT (id) DO NOTHING`,
    [
      responseId, version.surveyId, version.id, hashSecret(req.secret), version.flowMode, version.wave,
      req.source || null, await hashIp(ip), JSON.stringify(displayOrderFor(version.definition, responseId)),
    ],
  );
}

const COLUMN_NAMES = new Set(["function", "province", "sector", "part_choice", "extra_part", "p1_activity", "p2_activity"]);

/**
 * Saves one page: validated, idempotent per `seq`, atomic (one SQL statement). A raffle e-mail is
 * written apart, in its own transaction (lib/responses/raffle.ts).
 */
export async function savePage(slug: string, responseId: string, req: TSaveRequest, ip?: string): Promise<TSaveResult> {
  let owned = await loadOwned(slug, responseId, req.secret);
  if (!owned) {
    if (req.page !== "welcome") throw new ResponseError(404, "Dit antwoord bestaat niet (meer). Begin opnieuw.");
    await create(slug, responseId, req, ip);
    owned = await loadOwned(slug, responseId, req.secret);
    if (!owned) throw new Error("response vanished after insert");
  }
  const { row, version } = owned;
  const stored = toStored(row);
  const digest = saveDigest(req);
  if (req.seq <= stored.lastSeq) {
    if (req.seq === stored.lastSeq && row.last_save_digest === digest) {
      return { currentPage: stored.currentPage, seq: stored.lastSeq, isDuplicate: true, isFinished: stored.isFinished };
    }
    throw new ResponseError(409, "Deze antwoorden zijn al vervangen door nieuwere (andere tab of ander apparaat). Laad de pagina opnieuw.");
  }
  const plan = planSave(version.definition, stored, req.page, req.values);
  // Before the page save, so an acknowledged raffle page always has its entry.
  if (plan.raffleEmail) await enterRaffle(responseId, row.survey_id, plan.raffleEmail);

  const sets = ["last_seq = $2", "current_page = $3", "updated_at = now()", "last_save_digest = $5"];
  const params: unknown[] = [responseId, req.seq, plan.nextPage, stored.lastSeq, digest];
  for (const [col, value] of Object.entries(plan.columns)) {
    if (!COLUMN_NAMES.has(col)) throw new Error(`unexpected column ${col}`);
    params.push(value);
    sets.push(`"${col}" = $${params.length}`);
  }
  for (const part of plan.finishParts) sets.push(`${part}_finished_at = COALESCE(${part}_finished_at, now())`);
  if (plan.isFinishing) sets.push("finished_at = COALESCE(finished_at, now())");
  const p = (v: unknown) => (params.push(v), `$${params.length}`);
  const $ = {
    clear: p(plan.clearPages), vars: p(plan.rows.map((r) => r.variable)), nums: p(plan.rows.map((r) => r.num)),
    texts: p(plan.rows.map((r) => r.text)), page: p(req.page), duration: p(req.durationMs),
  };
  const sql = `WITH upd AS (
      UPDATE response SET ${sets.join(", ")} WHERE id = $1 AND last_seq = $4 RETURNING id
    ), del AS (
      DELETE FROM answer a USING upd WHERE a.response_id = upd.id AND a.page_id = ANY(${$.clear}::text[])
        AND NOT (a.variable = ANY(${$.vars}::text[]))
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
    // Another request changed the response in between; if it was this same save (a retry that
    // overlapped the original), it is stored and this one is its duplicate.
    const { rows: now } = await pool().query<TRow>(SELECT_RESPONSE, [responseId]);
    if (now[0]?.last_seq === req.seq && now[0].last_save_digest === digest) {
      return { currentPage: now[0].current_page, seq: req.seq, isDuplicate: true, isFinished: now[0].finished_at !== null };
    }
    throw new ResponseError(409, "Deze antwoorden zijn tegelijk op een andere plek opgeslagen. Laad de pagina opnieuw.");
  }
  return { currentPage: plan.nextPage, seq: req.seq, isDuplicate: false, isFinished: stored.isFinished || plan.isFinishing };
}

/** The saved state of one response, for its owner (proven by the secret). */
export async function getResumeState(slug: string, responseId: string, secret: string): Promise<TResumeState> {
  const owned = await loadOwned(slug, responseId, secret);
  if (!owned) throw new ResponseError(404, "Dit antwoord bestaat niet (meer). Begin opnieuw.");
  const { row, version } = owned;
  const stored = toStored(row);
  const { rows } = await pool().query<{ page_id: TPageId; variable: string; num: number | null; text: string | null }>(
    `SELECT page_id, variable, num, text FROM answer WHERE response_id = $1`,
    [responseId],
  );
  const pages = flowPages(version.definition, stored.flowMode, flowState(stored));
  const values: TResumeState["values"] = {};
  for (const page of new Set(rows.map((r) => r.page_id))) {
    values[page] = fromAnswerRows(version.definition, page, rows.filter((r) => r.page_id === page));
  }
  return {
    responseId, version: version.version, flowMode: stored.flowMode, currentPage: stored.currentPage, pages,
    seq: stored.lastSeq, isFinished: stored.isFinished, displayOrder: row.display_order, activities: stored.activities, values,
  };
}
