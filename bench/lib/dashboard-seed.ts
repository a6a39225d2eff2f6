import { randomUUID } from "node:crypto";
import type pg from "pg";
import { readFileSync } from "node:fs";
import { path as flowPath } from "@/lib/survey/engine/flow";
import { convertLegacy } from "@/lib/survey/legacy/convert";
import { ZSurveyDefinition, type TPartId, type TSurveyDefinition } from "@/lib/survey/legacy/schema";

/**
 * Bulk synthetic responses for the dashboard benchmark, generated inside PostgreSQL
 * (generate_series + INSERT … SELECT) so 100,000 responses with their answers load in about a
 * minute. Shape: waves 2020 (imported, part 1 only) and 2023; sequential and choice flow; about a
 * quarter partial, stopping at a random page; answers follow each page's rules (one activity,
 * factor sliders 0–10, development 1–5 / 0–4 with n.v.t., exactly five top-5 picks, some other
 * activities), with popularity that differs by activity so the figures have shape. The data is laid
 * out after the Nuffic questionnaire as the first release stored it (tests/fixtures/legacy); its
 * pages come from the flow engine.
 */
export function benchDefinition(): TSurveyDefinition {
  return ZSurveyDefinition.parse(JSON.parse(readFileSync("tests/fixtures/legacy/internationale-competenties.v1.json", "utf8")));
}

const competences = (def: TSurveyDefinition, model: string) => def.models.find((m) => m.id === model)!.clusters.flatMap((c) => c.competences);
const getPart = (def: TSurveyDefinition, id: TPartId) => def.parts.find((p) => p.id === id)!;
type TPageId = string;
type TVarRow = { part: TPartId; page: TPageId; activity: string | null; variable: string; kind: string; lo: number; hi: number; rank: number };

function variables(def: TSurveyDefinition): TVarRow[] {
  const rows: TVarRow[] = [];
  for (const bg of def.background) {
    // background answers are text codes; the response row carries them too
    rows.push({ part: "p1", page: "bg", activity: null, variable: bg.id, kind: `bg:${bg.id}`, lo: 0, hi: 0, rank: 0 });
  }
  for (const part of def.parts) {
    const id = part.id;
    rows.push({ part: id, page: `${id}_activity`, activity: null, variable: part.activity.id, kind: "activity", lo: 0, hi: 0, rank: 0 });
    for (const [activity, items] of Object.entries(part.factors?.sets ?? {})) {
      items.forEach((it, i) =>
        rows.push({ part: id, page: `${id}_factors`, activity, variable: `${id}_factor_${activity}_${it.id}`, kind: "num", lo: 0, hi: 10, rank: i }),
      );
    }
    const scale = def.scales.find((s) => s.id === part.development.scale)!;
    competences(def, part.development.model).forEach((c, i) =>
      rows.push({ part: id, page: `${id}_dev`, activity: null, variable: `${id}_dev_${c.id}`, kind: "num", lo: scale.min, hi: scale.max, rank: i }),
    );
    competences(def, part.top5.model).forEach((c, i) =>
      rows.push({ part: id, page: `${id}_top5`, activity: null, variable: `${id}_top5_${c.id}`, kind: "top5", lo: 1, hi: 1, rank: i }),
    );
    part.other.options
      .filter((o) => !o.isOther && !o.isExclusive)
      .forEach((o, i) =>
        rows.push({ part: id, page: `${id}_other`, activity: o.hideIfActivity ?? null, variable: `${part.other.id}_${o.code}`, kind: "other", lo: 1, hi: 1, rank: i }),
      );
  }
  return rows;
}

export async function seedDashboardData(client: pg.ClientBase, def: TSurveyDefinition, total: number): Promise<void> {
  const { rows: [survey] } = await client.query<{ id: string; version_id: string }>(
    `SELECT s.id, v.id AS version_id FROM survey s JOIN survey_version v ON v.survey_id = s.id WHERE s.slug = $1 AND v.version = $2`,
    [def.slug, def.version],
  );
  const seqVersion = randomUUID();
  const importVersion = randomUUID();
  await client.query(
    `INSERT INTO survey_version (id, survey_id, version, definition, flow_mode, wave, is_imported) VALUES
     ($1, $3, 1001, $4, 'sequential', '2023', false), ($2, $3, 1002, $4, 'sequential', '2020', true)`,
    [seqVersion, importVersion, survey.id, JSON.stringify({ ...def, flowMode: "sequential" })],
  );

  const choice = convertLegacy(def);
  const sequential = convertLegacy({ ...def, flowMode: "sequential" });
  const variants: Record<string, TPageId[]> = {
    seq: flowPath(sequential, {}),
    p1: flowPath(choice, { part_choice: "p1" }),
    p2: flowPath(choice, { part_choice: "p2" }),
  };
  await client.query(`CREATE TEMP TABLE bench_flow (variant text, idx int, page_id text, part text)`);
  for (const [variant, pages] of Object.entries(variants)) {
    await client.query(
      `INSERT INTO bench_flow SELECT $1, i - 1, p, substring(p from '^(p[12])_') FROM unnest($2::text[]) WITH ORDINALITY AS t(p, i)`,
      [variant, pages],
    );
  }
  const vars = variables(def);
  await client.query(`CREATE TEMP TABLE bench_var (part text, page_id text, activity text, variable text, kind text, lo int, hi int, rank int)`);
  await client.query(
    `INSERT INTO bench_var SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[])`,
    [vars.map((v) => v.part), vars.map((v) => v.page), vars.map((v) => v.activity), vars.map((v) => v.variable),
      vars.map((v) => v.kind), vars.map((v) => v.lo), vars.map((v) => v.hi), vars.map((v) => v.rank)],
  );
  const codes = (q: { options: { code: string; isOther?: boolean }[] }) => q.options.filter((o) => !o.isOther).map((o) => o.code);
  const bgFunction = codes(def.background.find((q) => q.id === "bg_function")!);
  const bgProvince = codes(def.background.find((q) => q.id === "bg_province")!);
  const bgSector = codes(def.background.find((q) => q.id === "bg_sector")!);
  const p1Acts = codes(getPart(def, "p1").activity);
  const p2Acts = codes(getPart(def, "p2").activity);

  // One row per response with all random draws, then responses, visits and answers from it.
  await client.query(
    `CREATE TEMP TABLE bench_r AS
     SELECT i, gen_random_uuid() AS id, w.wave, w.variant, w.is_imported,
       CASE WHEN w.is_imported THEN $2::uuid WHEN w.variant = 'seq' THEN $3::uuid ELSE $4::uuid END AS version_id,
       (ARRAY['linkedin', 'nieuwsbrief_po', 'nieuwsbrief_vo', 'facebook', NULL])[1 + floor(random() * 5)::int] AS source,
       ($5::text[])[1 + floor(random() ^ 1.6 * cardinality($5::text[]))::int] AS function,
       ($6::text[])[1 + floor(random() * cardinality($6::text[]))::int] AS province,
       ($7::text[])[1 + floor(random() * cardinality($7::text[]))::int] AS sector,
       ($8::text[])[1 + floor(random() ^ 1.3 * cardinality($8::text[]))::int] AS p1_activity,
       ($9::text[])[1 + floor(random() * cardinality($9::text[]))::int] AS p2_activity,
       random() < 0.25 AND NOT w.is_imported AS is_partial,
       timestamp '2023-01-19 08:00' + random() * interval '71 days' AS started_at,
       (60 + random() * 1500)::int AS seconds
     FROM (SELECT i, random() AS u FROM generate_series(1, $1::int) i) x
     CROSS JOIN LATERAL (SELECT
       CASE WHEN x.u < 0.2 THEN '2020' ELSE '2023' END AS wave,
       CASE WHEN x.u < 0.2 THEN 'p1' WHEN x.u < 0.55 THEN 'seq' WHEN x.u < 0.8 THEN 'p1' ELSE 'p2' END AS variant,
       x.u < 0.2 AS is_imported) w`,
    [total, importVersion, seqVersion, survey.version_id, bgFunction, bgProvince, bgSector, p1Acts, p2Acts],
  );
  // stop = index of the current page; finished responses stand on the raffle/done page.
  await client.query(`ALTER TABLE bench_r ADD COLUMN stop int`);
  await client.query(
    `UPDATE bench_r b SET stop = CASE WHEN b.is_partial THEN 1 + floor(random() * (f.n - 3))::int ELSE f.n - 1 END
     FROM (SELECT variant, count(*)::int AS n FROM bench_flow GROUP BY variant) f WHERE f.variant = b.variant`,
  );
  // dims = every single-choice answer given (background, chosen part, activities) and
  // parts_finished = finish time per part, as the save writes them.
  const iso = (t: string) => `to_char(${t}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  const reached = (page: string) => `EXISTS (SELECT 1 FROM bench_flow f WHERE f.variant = b.variant AND f.idx < b.stop AND f.page_id = '${page}')`;
  const [fnVar, provinceVar, sectorVar] = ["bg_function", "bg_province", "bg_sector"].map((id) => def.background.find((q) => q.id === id)!.id);
  await client.query(
    `INSERT INTO response (id, survey_id, version_id, secret_hash, flow_mode, wave, source, display_order, current_page,
       dims, parts_finished, started_at, updated_at, finished_at, is_imported, last_seq)
     SELECT b.id, $1, b.version_id, md5(b.id::text), CASE b.variant WHEN 'seq' THEN 'sequential' ELSE 'choice' END::"FlowMode",
       b.wave, b.source, '{}'::jsonb, cur.page_id,
       jsonb_strip_nulls(jsonb_build_object(
         $2::text, CASE WHEN b.stop > 1 THEN b.function END, $3::text, CASE WHEN b.stop > 1 THEN b.province END,
         $4::text, CASE WHEN b.stop > 1 THEN b.sector END,
         'part_choice', CASE WHEN b.variant IN ('p1', 'p2') AND b.stop > 2 THEN b.variant END,
         $5::text, CASE WHEN ${reached("p1_activity")} THEN b.p1_activity END,
         $6::text, CASE WHEN ${reached("p2_activity")} THEN b.p2_activity END)),
       jsonb_strip_nulls(jsonb_build_object(
         'p1', CASE WHEN ${reached("p1_other")} THEN ${iso("b.started_at + make_interval(secs => b.seconds * 0.6)")} END,
         'p2', CASE WHEN ${reached("p2_other")} THEN ${iso("b.started_at + make_interval(secs => b.seconds)")} END)),
       b.started_at, b.started_at + make_interval(secs => b.seconds),
       CASE WHEN NOT b.is_partial THEN b.started_at + make_interval(secs => b.seconds) END, b.is_imported, b.stop
     FROM bench_r b JOIN bench_flow cur ON cur.variant = b.variant AND cur.idx = b.stop`,
    [survey.id, fnVar, provinceVar, sectorVar, getPart(def, "p1").activity.id, getPart(def, "p2").activity.id],
  );
  await client.query(
    `INSERT INTO page_visit (response_id, page_id, entered_at, submitted_at, duration_ms)
     SELECT b.id, f.page_id, b.started_at, b.started_at, (2000 + random() * random() * 240000)::int
     FROM bench_r b JOIN bench_flow f ON f.variant = b.variant AND f.idx < b.stop
     WHERE NOT b.is_imported`,
  );
  // Secondary indexes of `answer` are rebuilt after the load (much faster than row by row);
  // the definitions are read from the catalog, so the benchmark runs on the migrated indexes.
  const { rows: indexes } = await client.query<{ name: string; def: string }>(
    `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
     WHERE i.tablename = 'answer' AND i.indexname NOT IN (SELECT conname FROM pg_constraint)`,
  );
  for (const ix of indexes) await client.query(`DROP INDEX "${ix.name}"`);
  // Answers for every submitted page. Top-5: the five best of a noisy score whose mean depends
  // on the competence and the activity, so shares differ between activities.
  await client.query(
    `INSERT INTO answer (response_id, variable, page_id, num, text)
     SELECT b.id, v.variable, v.page_id, NULL,
       CASE v.kind WHEN 'activity' THEN CASE v.part WHEN 'p1' THEN b.p1_activity ELSE b.p2_activity END
         WHEN 'bg:bg_function' THEN b.function WHEN 'bg:bg_province' THEN b.province ELSE b.sector END
     FROM bench_r b JOIN bench_flow f ON f.variant = b.variant AND f.idx < b.stop
     JOIN bench_var v ON v.page_id = f.page_id AND (v.kind = 'activity' OR v.kind LIKE 'bg:%')`,
  );
  await client.query(
    `INSERT INTO answer (response_id, variable, page_id, num)
     SELECT b.id, v.variable, v.page_id,
       least(v.hi, greatest(v.lo, round(v.lo + (v.hi - v.lo) * (0.45 + 0.35 * sin(v.rank + length(coalesce(b.p1_activity, '')) + length(b.p2_activity)) * 0.5 + (random() - 0.5) * 0.6))))::int
     FROM bench_r b JOIN bench_flow f ON f.variant = b.variant AND f.idx < b.stop
     JOIN bench_var v ON v.page_id = f.page_id AND v.kind = 'num'
       AND (v.activity IS NULL OR v.activity = b.p1_activity)
     WHERE random() < 0.97`,
  );
  await client.query(
    `INSERT INTO answer (response_id, variable, page_id, num)
     SELECT id, variable, page_id, 1 FROM (
       SELECT b.id, v.variable, v.page_id, row_number() OVER (PARTITION BY b.id, v.part
         ORDER BY random() + 0.8 * cos(v.rank * 1.7 + length(CASE v.part WHEN 'p1' THEN b.p1_activity ELSE b.p2_activity END))) AS rn
       FROM bench_r b JOIN bench_flow f ON f.variant = b.variant AND f.idx < b.stop
       JOIN bench_var v ON v.page_id = f.page_id AND v.kind = 'top5'
     ) t WHERE rn <= 5`,
  );
  await client.query(
    `INSERT INTO answer (response_id, variable, page_id, num)
     SELECT b.id, v.variable, v.page_id, 1
     FROM bench_r b JOIN bench_flow f ON f.variant = b.variant AND f.idx < b.stop
     JOIN bench_var v ON v.page_id = f.page_id AND v.kind = 'other'
       AND (v.activity IS NULL OR v.activity IS DISTINCT FROM CASE v.part WHEN 'p1' THEN b.p1_activity ELSE b.p2_activity END)
     WHERE random() < 0.5 / (1 + v.rank * 0.25)`,
  );
  for (const ix of indexes) await client.query(ix.def);
  await client.query(`DROP TABLE bench_r, bench_flow, bench_var`);
}
