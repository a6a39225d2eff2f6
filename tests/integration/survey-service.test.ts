import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getActiveVersion, getVersion, listSurveys } from "@/lib/survey/service";
import { query, resetDb } from "./db";

/** Survey versions as the respondent path reads them (Prisma Client), with their caches. */
const SLUG = "internationale-competenties";
const OTHER = "voorbeeld-alle-elementen";

type TStored = { id: string; version: number };
const versionsOf = (slug: string) =>
  query<TStored>(`SELECT v.id, v.version FROM survey_version v JOIN survey s ON s.id = v.survey_id WHERE s.slug = $1 ORDER BY v.version`, [slug]);
/** Sets a version's activeFrom (UTC, as the seeding stores it) and whether it is open. */
const open = (slug: string, version: number, activeFrom: Date | null, isActive = true) =>
  query(
    `UPDATE survey_version v SET is_active = $3, active_from = $4::timestamptz AT TIME ZONE 'UTC' FROM survey s
      WHERE s.id = v.survey_id AND s.slug = $1 AND v.version = $2`,
    [slug, version, isActive, activeFrom?.toISOString() ?? null],
  );

describe("survey versions through the survey service", () => {
  beforeAll(resetDb);
  afterEach(async () => {
    vi.useRealTimers();
    await resetDb();
  });

  it("reads a version with its survey's slug and definition, and keeps it (versions are immutable)", async () => {
    const [v1, v2] = await versionsOf(SLUG);
    const version = await getVersion(v1.id);
    expect(version).toMatchObject({ id: v1.id, slug: SLUG, version: 1, flowMode: "choice", wave: "2023", isImported: false });
    expect(version!.def).toMatchObject({ slug: SLUG, version: 1 });
    expect(version!.surveyId).toBe((await query<{ id: string }>(`SELECT id FROM survey WHERE slug = $1`, [SLUG]))[0].id);
    expect(await getVersion(v2.id)).toMatchObject({ version: 2, flowMode: "sequential" });
    // Cached by id: a later change to the row (never made in production) is not read again.
    await query(`UPDATE survey_version SET wave = 'anders' WHERE id = $1`, [v1.id]);
    expect((await getVersion(v1.id))!.wave).toBe("2023");
    expect(await getVersion(randomUUID())).toBeUndefined();
  });

  it("gives new respondents the open version whose activeFrom passed last, or the one asked for", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2030-01-01T12:00:00Z") });
    await open(SLUG, 1, new Date("2030-01-01T11:00:00Z"));
    await open(SLUG, 2, new Date("2030-01-01T11:59:00Z"));
    expect((await getActiveVersion(SLUG))?.version).toBe(2);
    expect((await getActiveVersion(SLUG, 1))?.version).toBe(1);
    expect(await getActiveVersion(SLUG, 7)).toBeUndefined();
    expect(await getActiveVersion("bestaat-niet")).toBeUndefined();
    expect((await getActiveVersion(OTHER))?.slug).toBe(OTHER);
  });

  it("reads activeFrom as the instant the folder gives (stored in UTC), to the minute", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2031-06-01T12:00:00Z") });
    await open(SLUG, 1, new Date("2031-06-01T11:00:00Z"));
    await open(SLUG, 2, new Date("2031-06-01T12:01:00Z"));
    // Version 2 opens a minute from now: a reading off by a time-zone offset would pick it already.
    expect((await getActiveVersion(SLUG))?.version).toBe(1);
    vi.setSystemTime(new Date("2031-06-01T12:02:00Z"));
    expect((await getActiveVersion(SLUG))?.version).toBe(2);
  });

  it("keeps the open versions of a survey for 10 s, then reads them again", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2032-01-01T12:00:00Z") });
    await open(SLUG, 1, null);
    await open(SLUG, 2, null, false);
    expect((await getActiveVersion(SLUG))?.version).toBe(1);
    await open(SLUG, 1, null, false);
    expect((await getActiveVersion(SLUG))?.version).toBe(1);
    vi.setSystemTime(new Date("2032-01-01T12:00:11Z"));
    expect(await getActiveVersion(SLUG)).toBeUndefined();
  });

  it("lists the surveys with their titles in the order they were created", async () => {
    const surveys = await query<{ slug: string; title: string; created_at: string }>(`SELECT slug, title, created_at::text FROM survey`);
    const entry = (slug: string) => ({ slug, title: surveys.find((s) => s.slug === slug)!.title });
    const first = (slug: string) => query(`UPDATE survey SET created_at = CASE slug WHEN $1 THEN timestamp '2020-01-01' ELSE timestamp '2020-01-02' END`, [slug]);
    try {
      await first(OTHER);
      expect(await listSurveys()).toEqual([entry(OTHER), entry(SLUG)]);
      await first(SLUG);
      expect(await listSurveys()).toEqual([entry(SLUG), entry(OTHER)]);
    } finally {
      for (const s of surveys) await query(`UPDATE survey SET created_at = $2::timestamp WHERE slug = $1`, [s.slug, s.created_at]);
    }
  });
});
