import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { TTx } from "@/lib/db/prisma";
import type { TFlowMode } from "@/lib/survey/version/schema";

/**
 * Bulk write of imported responses (lib/import), inside the caller's transaction: response rows
 * with their dimension values and part finish times, and their answers. Imported responses get
 * a secret nobody holds, so they can never be resumed or changed from a browser. A bulk path:
 * hand-written SQL (column arrays through unnest, answers in chunks) on the transaction's
 * connection.
 */
export type TImportedResponse = {
  externalId: string | null;
  ipHash: string | null;
  currentPage: string;
  startedAt: Date | null;
  updatedAt: Date | null;
  finishedAt: Date | null;
  /** Part → ISO time it was finished. */
  partsFinished: Record<string, string>;
  /** Every single-choice answer, variable → code. */
  dims: Record<string, string>;
  answers: { variable: string; pageId: string; num: number | null; text: string | null }[];
};
export type TImportContext = { surveyId: string; versionId: string; batchId: string; flowMode: TFlowMode; wave: string; source: string };

const ANSWER_CHUNK = 20_000;

export async function insertImported(tx: TTx, ctx: TImportContext, responses: TImportedResponse[]): Promise<void> {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  const ids = responses.map(() => randomUUID());
  const col = <T,>(f: (r: TImportedResponse) => T) => responses.map(f);
  await tx.$executeRawUnsafe(
    `INSERT INTO response (id, survey_id, version_id, secret_hash, flow_mode, wave, source, ip_hash, display_order,
       current_page, dims, parts_finished, started_at, updated_at, finished_at, is_imported, external_id, import_batch_id)
     SELECT v.id, $1, $2, v.secret_hash, $3::"FlowMode", $4, $5, v.ip_hash, '{}'::jsonb,
       v.current_page, v.dims::jsonb, v.parts_finished::jsonb, COALESCE(v.started_at, v.updated_at, now()),
       COALESCE(v.updated_at, v.started_at, now()), v.finished_at, true, v.external_id, $6
     FROM unnest($7::uuid[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[],
       $13::timestamp(3)[], $14::timestamp(3)[], $15::timestamp(3)[], $16::text[])
       AS v(id, secret_hash, ip_hash, current_page, dims, parts_finished, started_at, updated_at, finished_at, external_id)`,
    ctx.surveyId, ctx.versionId, ctx.flowMode, ctx.wave, ctx.source, ctx.batchId,
    ids,
    col(() => createHash("sha256").update(randomBytes(32)).digest("hex")),
    col((r) => r.ipHash),
    col((r) => r.currentPage),
    col((r) => JSON.stringify(r.dims)),
    col((r) => JSON.stringify(r.partsFinished)),
    col((r) => iso(r.startedAt)),
    col((r) => iso(r.updatedAt)),
    col((r) => iso(r.finishedAt)),
    col((r) => r.externalId),
  );
  // Answers go in chunks of column arrays (no per-answer copies: a full file has millions).
  let chunk = { ids: [] as string[], vars: [] as string[], pages: [] as string[], nums: [] as (number | null)[], texts: [] as (string | null)[] };
  const flush = async () => {
    if (chunk.ids.length === 0) return;
    await tx.$executeRawUnsafe(
      `INSERT INTO answer (response_id, variable, page_id, num, text)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::text[])`,
      chunk.ids, chunk.vars, chunk.pages, chunk.nums, chunk.texts,
    );
    chunk = { ids: [], vars: [], pages: [], nums: [], texts: [] };
  };
  for (const [i, r] of responses.entries()) {
    for (const a of r.answers) {
      chunk.ids.push(ids[i]);
      chunk.vars.push(a.variable);
      chunk.pages.push(a.pageId);
      chunk.nums.push(a.num);
      chunk.texts.push(a.text);
    }
    if (chunk.ids.length >= ANSWER_CHUNK) await flush();
  }
  await flush();
}
