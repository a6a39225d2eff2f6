import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/audit/service";
import { pool } from "@/lib/db/client";
import { ResponseError } from "@/lib/responses/errors";
import { deleteWinners, drawRaffle, listDraws, raffleEntryCount, winnersForExport } from "@/lib/responses/raffle-draw";
import { entriesHash, pickWinners } from "@/lib/responses/raffle-pick";
import { query, resetDb } from "./db";
import { SLUG } from "./export-fixture";

/** The draw on the real database: reproducible winners, entries gone after, the audit log without addresses. */
let surveyId: string;
const EMAILS = Array.from({ length: 12 }, (_, i) => `deelnemer${i}@example.org`);

beforeEach(async () => {
  await resetDb();
  surveyId = (await query<{ id: string }>(`SELECT id FROM survey WHERE slug = $1`, [SLUG]))[0].id;
  await query(`INSERT INTO raffle_entry (id, survey_id, email) SELECT gen_random_uuid(), $1, unnest($2::text[]) ORDER BY random()`, [surveyId, EMAILS]);
});

afterAll(() => pool().end());

describe("drawing the raffle", () => {
  it("picks by the seed, keeps seed and fingerprint, deletes every entry, and logs no address", async () => {
    const draw = await drawRaffle(surveyId, { winners: 3, seed: "veldwerk-2026" }, null);
    expect(draw).toMatchObject({ seed: "veldwerk-2026", entryCount: 12, winnerCount: 3, entriesHash: entriesHash(EMAILS) });
    expect(draw.winners).toEqual(pickWinners(EMAILS, "veldwerk-2026", 3));
    expect(await raffleEntryCount(surveyId)).toBe(0);
    const [event] = (await listAuditEvents({ action: "raffle.drawn", surveyId })).slice(-1);
    expect(event.details).toMatchObject({ drawId: draw.id, seed: "veldwerk-2026", entries: 12, winners: 3, entriesHash: entriesHash(EMAILS) });
    expect(JSON.stringify(event.details)).not.toContain("@");
  });

  it("generates a seed when none is given; a draw without entries is refused and changes nothing", async () => {
    const draw = await drawRaffle(surveyId, { winners: 1, seed: "" }, null);
    expect(draw.seed).toMatch(/^[0-9a-f]{32}$/);
    const error = await drawRaffle(surveyId, { winners: 1, seed: "" }, null).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error).toMatchObject({ status: 409, message: "Er zijn (nog) geen deelnemers aan de verloting." });
    expect(await listDraws(surveyId)).toHaveLength(1);
  });

  it("exports the winners (logged), then deletes their addresses on request", async () => {
    const draw = await drawRaffle(surveyId, { winners: 2, seed: "s" }, null);
    expect(await winnersForExport(surveyId, draw.id, null)).toEqual(draw.winners);
    expect(await deleteWinners(surveyId, draw.id, null)).toBe(true);
    expect((await listDraws(surveyId))[0]).toMatchObject({ winners: [], winnerCount: 2, seed: "s" });
    await expect(winnersForExport(surveyId, draw.id, null)).rejects.toMatchObject({ status: 409 });
    const actions = (await listAuditEvents({ surveyId })).map((e) => e.action).filter((a) => a.startsWith("raffle."));
    expect(actions.slice(-3)).toEqual(["raffle.drawn", "raffle.winners_exported", "raffle.winners_deleted"]);
  });
});
