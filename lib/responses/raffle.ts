import "server-only";
import { pool } from "@/lib/db/client";

/**
 * Raffle entries must not be linkable to responses, not even by someone who reads every table:
 * - an entry holds only the survey and the e-mail address: no response id, no time;
 * - it is written in a transaction of its own, not in the page save's statement;
 * - every new entry rewrites all of the survey's entries in one statement, in random order, so
 *   they all carry the same transaction id (xmin) and command id, and neither their physical
 *   order (ctid) nor their ids follow the order in which respondents entered.
 * The response gets only a marker that it has entered, so it can enter once. A test response
 * (the survey's test link) never enters.
 * Cost: one rewrite of the survey's entries per new entry (a few thousand short rows).
 */
export async function enterRaffle(responseId: string, surveyId: string, email: string): Promise<void> {
  const client = await pool().connect();
  try {
    await client.query("BEGIN");
    // One rewrite at a time per survey, or two concurrent rewrites would each drop the other's entry.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('raffle_entry'), hashtext($1))`, [surveyId]);
    const { rowCount } = await client.query(
      `UPDATE response SET raffle_entered = true WHERE id = $1 AND survey_id = $2 AND NOT raffle_entered AND NOT is_test`,
      [responseId, surveyId],
    );
    if (!rowCount) {
      await client.query("ROLLBACK");
      return;
    }
    const { rows } = await client.query<{ email: string }>(`DELETE FROM raffle_entry WHERE survey_id = $1 RETURNING email`, [surveyId]);
    await client.query(
      `INSERT INTO raffle_entry (id, survey_id, email)
       SELECT gen_random_uuid(), $1, e.email FROM (SELECT DISTINCT unnest($2::text[]) AS email) e ORDER BY random()`,
      [surveyId, [...rows.map((r) => r.email), email]],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
