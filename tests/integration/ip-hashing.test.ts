import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bootstrapDatabase } from "@/lib/db/bootstrap";
import { withPrisma } from "@/lib/db/prisma";
import { exportSql } from "@/lib/export/query";
import { ZImportOptions } from "@/lib/import/options";
import { analyseFile, importFile } from "@/lib/import/service";
import { closeIpHashing } from "@/lib/responses/ip-hashing";
import { seedSurveyFolders } from "@/lib/survey/seed-folders";
import { query, resetDb } from "./db";
import { fixture, withTolerantie } from "./import-helpers";
import { respondent } from "./respondents";
import { nuffic } from "../support/surveys";

const url = () => process.env.DATABASE_URL!;
const tempDir = () => mkdtempSync(path.join(os.tmpdir(), "enquete-key-"));
const OTHER = "voorbeeld-alle-elementen";

async function withClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe("the IP hash key", () => {
  beforeEach(resetDb);

  it("is kept in a 0600 file in the data folder, never in the database", async () => {
    const dataDir = tempDir();
    const first = await bootstrapDatabase(url(), { dataDir });
    const file = path.join(dataDir, "ip-hash.key");
    expect(readFileSync(file, "utf8").trim()).toBe(first.secrets.ipHashKey);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await query(`SELECT name FROM app_secret WHERE name LIKE 'ip%'`)).toEqual([]);
    expect(JSON.stringify(await query(`SELECT * FROM app_secret`))).not.toContain(first.secrets.ipHashKey);
    expect((await bootstrapDatabase(url(), { dataDir })).secrets.ipHashKey).toBe(first.secrets.ipHashKey);
  });

  it("moves out of the database when an earlier version stored it there", async () => {
    const dataDir = tempDir();
    await query(`INSERT INTO app_secret (name, value) VALUES ('ip_hash_key', 'oude-sleutel-uit-de-database') ON CONFLICT (name) DO UPDATE SET value = excluded.value`);
    const boot = await bootstrapDatabase(url(), { dataDir });
    expect(boot.secrets.ipHashKey).toBe("oude-sleutel-uit-de-database");
    expect(readFileSync(path.join(dataDir, "ip-hash.key"), "utf8").trim()).toBe("oude-sleutel-uit-de-database");
    expect(await query(`SELECT name FROM app_secret WHERE name = 'ip_hash_key'`)).toEqual([]);
  });

  it("comes from IP_HASH_KEY when configured, and then no file is written", async () => {
    const dataDir = tempDir();
    const boot = await bootstrapDatabase(url(), { dataDir, ipHashKey: "geconfigureerde-sleutel-123" });
    expect(boot.secrets.ipHashKey).toBe("geconfigureerde-sleutel-123");
    expect(existsSync(path.join(dataDir, "ip-hash.key"))).toBe(false);
  });
});

describe("closing a survey's IP hashing", () => {
  beforeEach(resetDb);

  it("deletes the survey's hashes, keeps the duplicate flags, and gives later responses no hash", async () => {
    const first = respondent();
    const again = respondent();
    const other = respondent(OTHER);
    await first.save("welcome", { consent: true }, { ip: "198.51.100.1" });
    await again.save("welcome", { consent: true }, { ip: "198.51.100.1" });
    await other.save("welkom", { toestemming: true }, { ip: "198.51.100.1" });
    const surveyId = (await query<{ id: string }>(`SELECT id FROM survey WHERE slug = 'internationale-competenties'`))[0].id;
    const duplicates = async () => {
      const { text, values } = exportSql(surveyId, { wave: [], version: [], includePartial: true, groupMean: "items", dims: {} });
      return (await query<{ id: string; is_duplicate: boolean }>(text, values)).map((r) => [r.id, r.is_duplicate]);
    };
    const before = await duplicates();
    expect(before).toEqual([[first.id, false], [again.id, true]]);

    const result = await withClient((c) => closeIpHashing(c, "internationale-competenties"));
    expect(result).toMatchObject({ clearedHashes: 2, openSurveys: [OTHER] });
    expect(await query(`SELECT ip_hash FROM response WHERE survey_id = $1`, [surveyId])).toEqual([{ ip_hash: null }, { ip_hash: null }]);
    expect(await duplicates()).toEqual(before);
    expect((await query<{ ip_hash: string }>(`SELECT ip_hash FROM response WHERE id = $1`, [other.id]))[0].ip_hash).toMatch(/^[0-9a-f]{64}$/);

    const late = respondent();
    await late.save("welcome", { consent: true }, { ip: "198.51.100.1" });
    expect(await query(`SELECT ip_hash FROM response WHERE id = $1`, [late.id])).toEqual([{ ip_hash: null }]);
    expect(await withClient((c) => closeIpHashing(c, "bestaat-niet"))).toBeUndefined();
  });

  it("also keeps hashes out of a later import into the survey", async () => {
    await withClient((c) => closeIpHashing(c, "internationale-competenties"));
    const options = ZImportOptions.parse({ wave: "2020" });
    const file = fixture("wave2020.csv");
    await importFile("internationale-competenties", file, withTolerantie(await analyseFile("internationale-competenties", file, options)), options, null);
    const rows = await query<{ ip_hash: string | null }>(`SELECT ip_hash FROM response WHERE is_imported`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.ip_hash !== null)).toEqual([]);
  });

  it("npm run survey:close-ip-hashing deletes the key file once no survey hashes any more", () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, "ip-hash.key");
    writeFileSync(file, "een-sleutel-van-het-veldwerk\n", { mode: 0o600 });
    const run = (slug: string) =>
      spawnSync(process.execPath, ["--import", "tsx", "scripts/close-ip-hashing.ts", slug], {
        env: { ...process.env, DATABASE_URL: url(), DATA_DIR: dataDir, IP_HASH_KEY: "" }, encoding: "utf8",
      });
    const first = run("internationale-competenties");
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain("still in use for voorbeeld-alle-elementen");
    expect(existsSync(file)).toBe(true);
    const last = run(OTHER);
    expect(last.status, last.stderr).toBe(0);
    expect(last.stdout).toContain("key file");
    expect(existsSync(file)).toBe(false);
    expect(run("bestaat-niet").status).toBe(1);
  });
});

describe("the texts of an existing version", () => {
  beforeEach(resetDb);
  // Stored versions survive resetDb (as in production): put back what the folder has.
  afterEach(() =>
    query(`UPDATE survey_version v SET definition = $2 FROM survey s WHERE s.id = v.survey_id AND s.slug = $1 AND v.version = 1`, [
      "internationale-competenties", JSON.stringify(nuffic(1)),
    ]),
  );
  const slug = "internationale-competenties";
  const at = (path: string) =>
    query<{ value: unknown }>(
      `SELECT v.definition #> $3::text[] AS value FROM survey_version v JOIN survey s ON s.id = v.survey_id WHERE s.slug = $1 AND v.version = $2`,
      [slug, 1, path.split(".")],
    );

  it("follow the file where only information texts differ (the privacy statement)", async () => {
    const privacy = "pages.0.elements.1.paragraphs.0";
    const [file] = await at(privacy);
    await query(
      `UPDATE survey_version v SET definition = jsonb_set(definition, '{pages,0,elements,1,paragraphs,0}', '"oude belofte"')
        FROM survey s WHERE s.id = v.survey_id AND s.slug = $1 AND v.version = 1`, [slug],
    );
    const results = await withPrisma(url(), (db) => seedSurveyFolders(db));
    expect(results.find((r) => r.slug === slug && r.version === 1)?.status).toBe("updated");
    expect(await at(privacy)).toEqual([file]);
  });

  it("are left alone when a question differs (a conflict)", async () => {
    await query(
      `UPDATE survey_version v SET definition = jsonb_set(definition, '{pages,1,elements,0,text}', '"Andere vraag?"')
        FROM survey s WHERE s.id = v.survey_id AND s.slug = $1 AND v.version = 1`, [slug],
    );
    const results = await withPrisma(url(), (db) => seedSurveyFolders(db));
    expect(results.find((r) => r.slug === slug && r.version === 1)?.status).toBe("conflict");
    expect(await at("pages.1.elements.0.text")).toEqual([{ value: "Andere vraag?" }]);
  });
});
