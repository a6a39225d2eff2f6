import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { parseFilters } from "@/lib/analysis/filters";
import { exportFile } from "@/lib/export/service";
import { ZImportOptions } from "@/lib/import/options";
import { analyseFile, importFile } from "@/lib/import/service";
import { savePage } from "@/lib/responses/service";
import { query, resetDb } from "./db";
import { SLUG } from "./import-helpers";
import { legacyDefinitions } from "../support/surveys";

/**
 * Export → import round trip: responses saved through the live save service, exported as CSV
 * wide by lib/export, imported again through the importer's second layout (header = variable
 * names). Every stored answer and every response field the export carries must come back.
 */
const def = legacyDefinitions[0];
const [p1, p2] = def.parts;
let seed = 7;
const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
const pickN = <T,>(items: readonly T[], n: number) => [...items].sort(() => rnd() - 0.5).slice(0, n);
const TRICKY = 'Docent, "coördinator" én\nmentor; 50% ‘anders’';

function respondent(ip: string) {
  const id = randomUUID();
  const secret = randomBytes(24).toString("base64url");
  let seq = 0;
  const save = (page: string, values: Record<string, unknown>) =>
    savePage(SLUG, id, { secret, seq: ++seq, page, durationMs: 1200, values }, ip);
  return { id, save };
}

type TStop = "bg" | "p1_dev" | "p1" | "p1+p2" | "p2";

async function seedRespondent(i: number, stop: TStop) {
  const r = respondent(`198.51.100.${i + 1}`);
  await r.save("welcome", { consent: true });
  const fn = def.background[0].options[i % def.background[0].options.length].code;
  await r.save("bg", {
    bg_function: fn,
    ...(fn === "anders" ? { bg_function_other: TRICKY } : {}),
    bg_province: def.background[1].options[int(0, 11)].code,
    bg_sector: def.background[2].options[int(0, 4)].code,
  });
  if (stop === "bg") return;
  const first = stop === "p2" ? p2 : p1;
  await r.save("choice", { part_choice: first.id });
  await fillPart(r.save, first, i, stop === "p1_dev" ? "dev" : "all");
  if (stop === "p1_dev") return;
  await r.save("raffle", { email: "" });
  if (stop !== "p1+p2") return;
  await r.save("done", { extra_part: "p2" });
  await fillPart(r.save, p2, i + 1, "all");
}

async function fillPart(save: ReturnType<typeof respondent>["save"], part: typeof p1, i: number, until: "dev" | "all") {
  const activity = part.activity.options[i % part.activity.options.length].code;
  await save(`${part.id}_activity`, { [part.activity.id]: activity });
  if (part.factors) {
    const items = part.factors.sets[activity];
    // One slider left untouched (null) to check that "not answered" stays empty.
    await save(`${part.id}_factors`, Object.fromEntries(items.map((it, j) => [`${part.id}_factor_${activity}_${it.id}`, j === 2 ? null : int(0, 10)])));
  }
  const scale = def.scales.find((s) => s.id === part.development.scale)!;
  const comps = def.models.find((m) => m.id === part.development.model)!.clusters.flatMap((c) => c.competences.map((x) => x.id));
  await save(`${part.id}_dev`, Object.fromEntries(comps.map((c, j) => [`${part.id}_dev_${c}`, j % 7 === 3 ? null : int(scale.min, scale.max)])));
  if (until === "dev") return;
  await save(`${part.id}_top5`, { [`${part.id}_top5`]: pickN(comps, 5) });
  const options = part.other.options.filter((o) => o.hideIfActivity !== activity && !o.isExclusive && !o.isOther).map((o) => o.code);
  const chosen = i % 4 === 0 ? ["geen"] : [...pickN(options, int(1, 3)), ...(i % 2 ? ["anders"] : [])];
  await save(`${part.id}_other`, { [part.other.id]: chosen, ...(chosen.includes("anders") ? { [part.other.otherTextId!]: `${TRICKY} ${i}` } : {}) });
}

async function text(body: AsyncIterable<string | Buffer> | Iterable<string | Buffer>): Promise<string> {
  let out = "";
  for await (const chunk of body) out += typeof chunk === "string" ? chunk : chunk.toString("utf8");
  return out;
}

// Part finish times to the second: the export writes seconds.
const RESPONSE_FIELDS = `dims, current_page, flow_mode,
  (SELECT coalesce(jsonb_object_agg(k, left(v, 19)), '{}') FROM jsonb_each_text(parts_finished) AS e(k, v)) AS parts_finished,
  to_char(started_at, 'YYYY-MM-DD HH24:MI:SS') AS started_at, to_char(updated_at, 'YYYY-MM-DD HH24:MI:SS') AS updated_at,
  to_char(finished_at, 'YYYY-MM-DD HH24:MI:SS') AS finished_at, ip_hash`;

describe("export → import round trip", () => {
  const stops: TStop[] = ["p1", "p1+p2", "p2", "bg", "p1_dev", "p1", "p1+p2", "p1", "p2", "p1", "p1+p2", "p1"];
  let csv = "";

  beforeAll(async () => {
    await resetDb();
    for (const [i, stop] of stops.entries()) await seedRespondent(i, stop);
    const file = await exportFile(SLUG, "csv-wide", parseFilters({ includePartial: "true" }));
    csv = await text(file.body);
  });

  it("the export has one row per saved response", () => {
    expect(csv.trim().split("\n").length).toBeGreaterThan(stops.length);
    expect(csv).toContain("p1_factor_stage_taal");
  });

  it("re-imports every answer and response field unchanged", async () => {
    const upload = { name: "export-breed.csv", data: new TextEncoder().encode(csv) };
    const options = ZImportOptions.parse({ wave: "rt" });
    const analysis = await analyseFile(SLUG, upload, options);
    expect(analysis.layout).toBe("wide");
    expect(analysis.report.errorCount).toBe(0);
    const result = await importFile(SLUG, upload, analysis.mapping, options, null);
    expect(result.rowCount).toBe(stops.length);

    const originals = await query<{ id: string }>(`SELECT id FROM response WHERE NOT is_imported ORDER BY id`);
    expect(originals).toHaveLength(stops.length);
    const answers = (where: string, id: string) =>
      query<{ variable: string; page_id: string; num: number | null; text: string | null }>(
        `SELECT a.variable, a.page_id, a.num, a.text FROM answer a JOIN response r ON r.id = a.response_id
         WHERE ${where} ORDER BY a.variable`,
        [id],
      );
    let compared = 0;
    for (const { id } of originals) {
      const before = await answers("r.id = $1", id);
      const after = await answers("r.external_id = $1 AND r.is_imported", id);
      expect(after, `answers of ${id}`).toEqual(before);
      compared += before.length;
      const [a] = await query(`SELECT ${RESPONSE_FIELDS} FROM response WHERE id = $1`, [id]);
      const [b] = await query(`SELECT ${RESPONSE_FIELDS} FROM response WHERE external_id = $1 AND is_imported`, [id]);
      // The export carries no IP address (only its hash is stored, and not exported).
      expect({ ...b, ip_hash: undefined }, `response ${id}`).toEqual({ ...a, ip_hash: undefined });
      expect(b.ip_hash).toBeNull();
      expect(Object.keys(a.dims as object).length, `dims of ${id}`).toBeGreaterThan(0);
    }
    // Enough answers compared to mean something: every seeded respondent answered bg at least.
    expect(compared).toBeGreaterThan(stops.length * 20);
    const texts = await query<{ text: string }>(`SELECT text FROM answer a JOIN response r ON r.id = a.response_id WHERE r.is_imported AND a.text LIKE '%coördinator%'`);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((t) => t.text.startsWith(TRICKY))).toBe(true);
  });
});
