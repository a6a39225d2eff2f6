import type pg from "pg";

/**
 * Closing a survey's IP hashing (at the end of its fieldwork): its responses' IP hashes are
 * deleted and responses that still come in get none. Each response keeps the duplicate check's
 * outcome (is_ip_duplicate): that an earlier response came from the same address, not which one.
 * Used by `npm run survey:close-ip-hashing`.
 */
export type TCloseResult = { slug: string; clearedHashes: number; closedAt: Date; openSurveys: string[] };

export async function closeIpHashing(client: pg.ClientBase, slug: string): Promise<TCloseResult | undefined> {
  await client.query("BEGIN");
  try {
    // Row lock first: a response being created waits for it (see the INSERT in service.ts), so no
    // hash slips in between the two statements.
    const { rows } = await client.query<{ id: string; closed_at: Date }>(
      `UPDATE survey SET ip_hashing_closed_at = COALESCE(ip_hashing_closed_at, now()) WHERE slug = $1
       RETURNING id, ip_hashing_closed_at AS closed_at`,
      [slug],
    );
    if (!rows.length) {
      await client.query("ROLLBACK");
      return undefined;
    }
    // The export's duplicate rule (same wave and hash, not the first), kept as a flag.
    const { rowCount } = await client.query(
      `UPDATE response r SET ip_hash = NULL, is_ip_duplicate = d.is_duplicate
         FROM (SELECT id, row_number() OVER (PARTITION BY wave, ip_hash ORDER BY started_at, id) > 1 AS is_duplicate
                 FROM response WHERE survey_id = $1 AND ip_hash IS NOT NULL) d
        WHERE r.id = d.id`,
      [rows[0].id],
    );
    await client.query("COMMIT");
    return { slug, clearedHashes: rowCount ?? 0, closedAt: rows[0].closed_at, openSurveys: await surveysStillHashing(client) };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

/** Slugs of the surveys whose responses still get an IP hash. */
export async function surveysStillHashing(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ slug: string }>(`SELECT slug FROM survey WHERE ip_hashing_closed_at IS NULL ORDER BY slug`);
  return rows.map((r) => r.slug);
}
