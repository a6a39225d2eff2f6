import "server-only";
import { pool, prisma } from "@/lib/db/client";
import { rowFields, toRow, type TResponseRow } from "./manage";
import { NEAR_IDENTICAL_MIN_ANSWERS } from "./review";

/**
 * The duplicates view: groups of a survey's responses that may be one person twice.
 * - by IP: responses sharing an IP hash (HMAC of the address; a school network shares one too,
 *   so a group is a signal to review, not proof). Only while the survey still hashes: once its
 *   IP hashes are deleted, the responses flagged then (is_ip_duplicate: an earlier response came
 *   from the same address) are listed instead.
 * - by answers: responses to the same version whose coded answers are identical, with at least
 *   NEAR_IDENTICAL_MIN_ANSWERS of them (lib/responses/review.ts says why).
 * Excluded responses stay in their group, so a decision can be seen and undone. Test responses
 * (the survey's test link) are in no group.
 */
export type TDuplicateGroup = { key: string; members: TResponseRow[] };
export type TDuplicates = { byIp: TDuplicateGroup[]; byAnswers: TDuplicateGroup[]; ipHashingClosedAt: Date | null; flagged: TResponseRow[] };

/** Groups of response IDs (oldest first) sharing an IP hash. */
export const IP_GROUPS_SQL = `SELECT md5(ip_hash) AS key, array_agg(id::text ORDER BY started_at, id) AS ids
  FROM response WHERE survey_id = $1 AND ip_hash IS NOT NULL AND NOT is_test
  GROUP BY ip_hash HAVING count(*) > 1 ORDER BY min(started_at), md5(ip_hash) LIMIT $2`;

/** Groups of response IDs (oldest first) with identical coded answers to the same version. */
export const ANSWER_GROUPS_SQL = `WITH v AS (
    SELECT r.id, r.version_id, r.started_at,
      string_agg(a.variable || '=' || a.num::text, ',' ORDER BY a.variable) AS vector, count(*) AS n
    FROM response r JOIN answer a ON a.response_id = r.id AND a.num IS NOT NULL
    WHERE r.survey_id = $1 AND NOT r.is_test GROUP BY r.id
  )
  SELECT md5(version_id::text || ':' || vector) AS key, array_agg(id::text ORDER BY started_at, id) AS ids
  FROM v WHERE n >= $3 GROUP BY version_id, vector HAVING count(*) > 1 ORDER BY min(started_at), 1 LIMIT $2`;

export const MAX_GROUPS = 200;

async function withMembers(groups: { key: string; ids: string[] }[]): Promise<TDuplicateGroup[]> {
  const rows = await prisma().response.findMany({ where: { id: { in: groups.flatMap((g) => g.ids) } }, select: rowFields });
  const byId = new Map(rows.map((r) => [r.id, toRow(r)]));
  return groups.map((g) => ({ key: g.key, members: g.ids.flatMap((id) => byId.get(id) ?? []) }));
}

export async function findDuplicates(surveyId: string, minAnswers = NEAR_IDENTICAL_MIN_ANSWERS): Promise<TDuplicates> {
  const [survey, ip, answers, flagged] = await Promise.all([
    prisma().survey.findUnique({ where: { id: surveyId }, select: { ipHashingClosedAt: true } }),
    pool().query<{ key: string; ids: string[] }>(IP_GROUPS_SQL, [surveyId, MAX_GROUPS]),
    pool().query<{ key: string; ids: string[] }>(ANSWER_GROUPS_SQL, [surveyId, MAX_GROUPS, minAnswers]),
    prisma().response.findMany({ where: { surveyId, isIpDuplicate: true }, select: rowFields, orderBy: { startedAt: "asc" }, take: 500 }),
  ]);
  return {
    byIp: await withMembers(ip.rows), byAnswers: await withMembers(answers.rows),
    ipHashingClosedAt: survey?.ipHashingClosedAt ?? null, flagged: flagged.map(toRow),
  };
}
