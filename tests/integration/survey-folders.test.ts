import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, migrate } from "@/lib/db/migrate";
import { withPrisma } from "@/lib/db/prisma";
import { surveyConfigs, surveyVersions } from "@/lib/survey/config";
import { seedSurveyFolders } from "@/lib/survey/seed-folders";

/**
 * A database as the first release left it (two surveys for the two flows, definitions in the first
 * format, questionnaire-specific response columns, an imported wave), brought up to date by the
 * migrations and the survey folders: nothing lost, both flows under one survey.
 */
const FIRST_GENERIC = "20261130100000_response_dims";
const legacy = (file: string) => readFileSync(path.join("tests/fixtures/legacy", file), "utf8");
const ids = {
  choice: "00000000-0000-4000-8000-000000000001", sequential: "00000000-0000-4000-8000-000000000002",
  vChoice: "00000000-0000-4000-8000-000000000011", vImport: "00000000-0000-4000-8000-000000000012", vSeq: "00000000-0000-4000-8000-000000000013",
  rChoice: "00000000-0000-4000-8000-000000000021", rSeq: "00000000-0000-4000-8000-000000000022",
};

let client: pg.Client;
let admin: pg.Client;
let dbUrl: string;
const dbName = `convert_${process.pid}`;

beforeAll(async () => {
  const url = new URL(process.env.DATABASE_URL!);
  admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName}`);
  await admin.query(`CREATE DATABASE ${dbName}`);
  url.pathname = `/${dbName}`;
  const before = mkdtempSync(path.join(os.tmpdir(), "migrations-"));
  for (const name of readdirSync(MIGRATIONS_DIR)) {
    if (name < FIRST_GENERIC) cpSync(path.join(MIGRATIONS_DIR, name), path.join(before, name), { recursive: true });
  }
  await migrate(url.toString(), before);
  dbUrl = url.toString();
  client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  await client.query(`INSERT INTO survey (id, slug, title) VALUES ($1, 'internationale-competenties', 'IC'), ($2, 'internationale-competenties-sequentieel', 'IC beide')`, [ids.choice, ids.sequential]);
  await client.query(
    `INSERT INTO survey_version (id, survey_id, version, definition, flow_mode, wave, is_active, is_imported) VALUES
       ($1, $4, 1, $6, 'choice', '2023', true, false), ($2, $4, 2, $6, 'choice', '2020', false, true), ($3, $5, 1, $7, 'sequential', '2023', true, false)`,
    [ids.vChoice, ids.vImport, ids.vSeq, ids.choice, ids.sequential, legacy("internationale-competenties.v1.json"), legacy("internationale-competenties-sequentieel.v1.json")],
  );
  const response = `INSERT INTO response (id, survey_id, version_id, secret_hash, flow_mode, wave, display_order, current_page,
      function, province, sector, part_choice, p1_activity, p2_activity, p1_finished_at, p2_finished_at, finished_at)
    VALUES ($1, $2, $3, 'h', $4, '2023', '{}', 'raffle', 'docent', 'utrecht', 'mbo', $5, 'stage', $6, $7, $8, $8)`;
  await client.query(response, [ids.rChoice, ids.choice, ids.vChoice, "choice", "p1", null, "2023-02-20T10:00:00Z", "2023-02-20T10:05:00Z"]);
  await client.query(response, [ids.rSeq, ids.sequential, ids.vSeq, "sequential", null, "congres", "2023-01-20T10:00:00Z", "2023-01-20T10:09:00Z"]);
  await client.query(`INSERT INTO answer (response_id, variable, page_id, num, text) VALUES ($1, 'p1_activity', 'p1_activity', NULL, 'stage'), ($2, 'p2_dev_open_minded', 'p2_dev', 3, NULL)`, [ids.rChoice, ids.rSeq]);
  await migrate(url.toString());
});

afterAll(async () => {
  await client?.end();
  await admin?.query(`DROP DATABASE IF EXISTS ${dbName}`);
  await admin?.end();
});

describe("a first-release database brought up to date", () => {
  it("keeps every response, with its dimension values and part finish times in the generic columns", async () => {
    const { rows } = await client.query(`SELECT id, dims, parts_finished FROM response ORDER BY id`);
    expect(rows).toEqual([
      { id: ids.rChoice, dims: { bg_function: "docent", bg_province: "utrecht", bg_sector: "mbo", part_choice: "p1", p1_activity: "stage" }, parts_finished: { p1: "2023-02-20T10:00:00.000Z", p2: "2023-02-20T10:05:00.000Z" } },
      { id: ids.rSeq, dims: { bg_function: "docent", bg_province: "utrecht", bg_sector: "mbo", p1_activity: "stage", p2_activity: "congres" }, parts_finished: { p1: "2023-01-20T10:00:00.000Z", p2: "2023-01-20T10:09:00.000Z" } },
    ]);
  });

  it("merges the second flow's survey into the first: its version becomes 2, the imported wave makes room", async () => {
    const results = await withPrisma(dbUrl, (db) => seedSurveyFolders(db));
    expect(results.filter((r) => r.slug === "internationale-competenties")).toEqual([
      { slug: "internationale-competenties", version: 1, status: "updated" },
      { slug: "internationale-competenties", version: 2, status: "updated" },
    ]);
    const { rows: surveys } = await client.query(`SELECT slug FROM survey ORDER BY slug`);
    expect(surveys.map((s) => s.slug)).not.toContain("internationale-competenties-sequentieel");
    const { rows: versions } = await client.query(
      `SELECT v.id, v.version, v.is_active, v.is_imported, v.definition->>'format' AS format FROM survey_version v JOIN survey s ON s.id = v.survey_id
        WHERE s.slug = 'internationale-competenties' ORDER BY v.version`,
    );
    expect(versions).toEqual([
      { id: ids.vChoice, version: 1, is_active: true, is_imported: false, format: "2" },
      { id: ids.vSeq, version: 2, is_active: true, is_imported: false, format: "2" },
      { id: ids.vImport, version: 3, is_active: false, is_imported: true, format: null },
    ]);
    const { rows: responses } = await client.query(`SELECT r.id, s.slug FROM response r JOIN survey s ON s.id = r.survey_id ORDER BY r.id`);
    expect(responses.map((r) => r.slug)).toEqual(["internationale-competenties", "internationale-competenties"]);
    const { rows: answers } = await client.query(`SELECT count(*)::int AS n FROM answer`);
    expect(answers[0].n).toBe(2);
  });

  it("stores the versions exactly as the folder has them, and a second run changes nothing", async () => {
    const { folder, config } = surveyConfigs().find((f) => f.config.slug === "internationale-competenties")!;
    const files = surveyVersions(folder, config);
    const { rows } = await client.query(
      `SELECT v.version, v.definition, v.active_from FROM survey_version v JOIN survey s ON s.id = v.survey_id
        WHERE s.slug = 'internationale-competenties' AND NOT v.is_imported ORDER BY v.version`,
    );
    expect(rows.map((r) => r.definition)).toEqual(files.map((f) => JSON.parse(JSON.stringify(f))));
    expect(rows.map((r) => (r.active_from as Date).toISOString())).toEqual(["2023-02-15T23:00:00.000Z", "2023-01-18T23:00:00.000Z"]);
    const again = await withPrisma(dbUrl, (db) => seedSurveyFolders(db));
    expect(again.every((r) => r.status === "unchanged")).toBe(true);
  });
});

describe("seeding a fresh database", () => {
  const freshName = `seed_${process.pid}`;
  let freshUrl: string;
  let fresh: pg.Client;

  beforeAll(async () => {
    const url = new URL(process.env.DATABASE_URL!);
    await admin.query(`DROP DATABASE IF EXISTS ${freshName}`);
    await admin.query(`CREATE DATABASE ${freshName}`);
    url.pathname = `/${freshName}`;
    freshUrl = url.toString();
    await migrate(freshUrl);
    fresh = new pg.Client({ connectionString: freshUrl });
    await fresh.connect();
  });

  afterAll(async () => {
    await fresh?.end();
    await admin?.query(`DROP DATABASE IF EXISTS ${freshName}`);
  });

  /** A survey folder of its own: the example survey's version under another slug. */
  function folder(dir: string, slug: string, extra: Record<string, unknown> = {}) {
    mkdirSync(path.join(dir, slug, "versions"), { recursive: true });
    const def = JSON.parse(readFileSync("surveys/voorbeeld-alle-elementen/versions/1.json", "utf8"));
    writeFileSync(path.join(dir, slug, "versions", "1.json"), JSON.stringify({ ...def, slug }));
    writeFileSync(path.join(dir, slug, "survey.json"), JSON.stringify({ slug, title: `Titel ${slug}`, versions: [{ file: "versions/1.json" }], ...extra }));
  }

  it("from two instances at once: each survey and version once, open as the folders say, dated by the database's clock", async () => {
    const [a, b] = await Promise.all([withPrisma(freshUrl, (db) => seedSurveyFolders(db)), withPrisma(freshUrl, (db) => seedSurveyFolders(db))]);
    const expected = surveyConfigs().flatMap(({ folder, config }) => surveyVersions(folder, config).map((v) => `${config.slug} v${v.version}`));
    for (const results of [a, b]) {
      expect(results.map((r) => `${r.slug} v${r.version}`)).toEqual(expected);
      expect(results.every((r) => r.status === "created" || r.status === "unchanged")).toBe(true);
    }
    const { rows } = await fresh.query(
      `SELECT s.slug, v.version, v.is_active, to_char(v.active_from, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS active_from,
              v.created_at = s.created_at AS is_same_transaction,
              s.created_at BETWEEN LOCALTIMESTAMP - interval '1 minute' AND LOCALTIMESTAMP AS is_database_time
         FROM survey_version v JOIN survey s ON s.id = v.survey_id ORDER BY s.slug, v.version`,
    );
    expect(rows.map((r) => `${r.slug} v${r.version}`)).toEqual([...expected].sort());
    expect(rows.map((r) => [r.slug, r.version, r.is_active, r.active_from])).toEqual([
      ["internationale-competenties", 1, true, "2023-02-15T23:00:00.000Z"],
      ["internationale-competenties", 2, true, "2023-01-18T23:00:00.000Z"],
      ["voorbeeld-alle-elementen", 1, true, null],
    ]);
    // One transaction per folder: its survey and versions carry that transaction's start time.
    expect(rows.every((r) => r.is_same_transaction && r.is_database_time)).toBe(true);
    const again = await withPrisma(freshUrl, (db) => seedSurveyFolders(db));
    expect(again.every((r) => r.status === "unchanged")).toBe(true);
  });

  it("a folder that fails leaves nothing of its own transaction, and earlier folders stay", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "folders-"));
    folder(path.join(dir, "one"), "enquete-een");
    expect(await withPrisma(freshUrl, (db) => seedSurveyFolders(db, path.join(dir, "one")))).toEqual([
      { slug: "enquete-een", version: 1, status: "created" },
    ]);
    // Merging enquete-een without naming its version 1 fails after the survey row was inserted.
    folder(path.join(dir, "two"), "enquete-twee", { aliases: [{ slug: "enquete-een", versions: {} }] });
    await expect(withPrisma(freshUrl, (db) => seedSurveyFolders(db, path.join(dir, "two")))).rejects.toThrow(
      'enquete-twee: enquete-een heeft versies die niet in "aliases" staan.',
    );
    const { rows } = await fresh.query(`SELECT s.slug, v.version FROM survey s LEFT JOIN survey_version v ON v.survey_id = s.id WHERE s.slug LIKE 'enquete-%'`);
    expect(rows).toEqual([{ slug: "enquete-een", version: 1 }]);
  });

  it("an alias taking a number that a live version has fails; an imported version makes room", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "folders-"));
    folder(path.join(dir, "one"), "oud-een");
    folder(path.join(dir, "one"), "nieuw-een");
    await withPrisma(freshUrl, (db) => seedSurveyFolders(db, path.join(dir, "one")));
    folder(path.join(dir, "two"), "nieuw-een", { aliases: [{ slug: "oud-een", versions: { 1: 1 } }] });
    await expect(withPrisma(freshUrl, (db) => seedSurveyFolders(db, path.join(dir, "two")))).rejects.toThrow(
      "nieuw-een: versie 1 bestaat al; kies een ander nummer voor oud-een v1.",
    );
    await fresh.query(`UPDATE survey_version v SET is_imported = true FROM survey s WHERE s.id = v.survey_id AND s.slug = 'nieuw-een'`);
    const oldVersion = (await fresh.query(`SELECT v.id FROM survey_version v JOIN survey s ON s.id = v.survey_id WHERE s.slug = 'oud-een'`)).rows[0].id;
    // The moved version takes the file's content: the same questions under the survey's own slug.
    expect(await withPrisma(freshUrl, (db) => seedSurveyFolders(db, path.join(dir, "two")))).toEqual([
      { slug: "nieuw-een", version: 1, status: "updated" },
    ]);
    const { rows } = await fresh.query(
      `SELECT s.slug, v.id = $1 AS is_moved, v.version, v.is_imported, v.is_active FROM survey_version v JOIN survey s ON s.id = v.survey_id
        WHERE s.slug IN ('oud-een', 'nieuw-een') ORDER BY v.version`,
      [oldVersion],
    );
    expect(rows).toEqual([
      { slug: "nieuw-een", is_moved: true, version: 1, is_imported: false, is_active: true },
      { slug: "nieuw-een", is_moved: false, version: 2, is_imported: true, is_active: false },
    ]);
    expect((await fresh.query(`SELECT 1 FROM survey WHERE slug = 'oud-een'`)).rows).toEqual([]);
  });
});
