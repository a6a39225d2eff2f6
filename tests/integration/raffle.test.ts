import { beforeEach, describe, expect, it } from "vitest";
import { query, resetDb } from "./db";
import { part1, respondent } from "./respondents";

/**
 * The raffle promise: e-mail addresses cannot be linked to answers, not even by someone who can
 * read every table. These tests try the joins that would do it.
 */
async function entrants(n: number) {
  const truth = new Map<string, string>(); // e-mail -> response id
  for (let i = 0; i < n; i++) {
    const r = respondent();
    await part1(r);
    const email = `deelnemer${i}@example.org`;
    await r.save("raffle", { email });
    truth.set(email, r.id);
  }
  return truth;
}

const raffleVisits = () =>
  query<{ response_id: string; xid: string }>(
    `SELECT response_id, xmin::text AS xid FROM page_visit WHERE page_id = 'raffle' ORDER BY submitted_at, xmin::text::bigint`,
  );

describe("raffle entries", () => {
  beforeEach(resetDb);

  it("carry no response id and no time", async () => {
    await entrants(1);
    const entries = await query(`SELECT * FROM raffle_entry`);
    expect(Object.keys(entries[0]).sort()).toEqual(["email", "id", "survey_id"]);
  });

  it("cannot be linked to their responses through transaction ids (xmin)", async () => {
    const truth = await entrants(6);
    const exact = await query<{ email: string; response_id: string }>(
      `SELECT e.email, v.response_id FROM raffle_entry e JOIN page_visit v ON v.xmin = e.xmin
       UNION SELECT e.email, r.id FROM raffle_entry e JOIN response r ON r.xmin = e.xmin`,
    );
    expect(exact.filter((l) => truth.get(l.email) === l.response_id)).toEqual([]);

    // Nearest transaction: each entry goes with the raffle visit whose xmin is closest to its own.
    const visits = await raffleVisits();
    const entries = await query<{ email: string; xid: string }>(`SELECT email, xmin::text AS xid FROM raffle_entry`);
    const linked = entries.filter((e) => {
      const nearest = visits.reduce((a, b) => (Math.abs(+b.xid - +e.xid) < Math.abs(+a.xid - +e.xid) ? b : a));
      return truth.get(e.email) === nearest.response_id;
    });
    expect(entries).toHaveLength(6);
    // All entries carry one and the same xmin, so at most one guess can be right, by chance.
    expect(new Set(entries.map((e) => e.xid)).size).toBe(1);
    expect(linked.length).toBeLessThanOrEqual(1);
  });

  it("cannot be linked to their responses by their order", async () => {
    const n = 16;
    const truth = await entrants(n);
    const visits = await raffleVisits();
    for (const order of ["ctid", "id", "xmin::text::bigint, ctid"]) {
      const entries = await query<{ email: string }>(`SELECT email FROM raffle_entry ORDER BY ${order}`);
      expect(entries).toHaveLength(n);
      const linked = entries.filter((e, i) => truth.get(e.email) === visits[i].response_id);
      // A random order matches about one pair by chance (half or more: p < 1e-5); the order of entering matched all.
      expect(linked.length, `order by ${order}`).toBeLessThan(n / 2);
    }
  });

  it("enter each response once, whatever the raffle page is saved with later", async () => {
    const r = respondent();
    await part1(r);
    await r.save("raffle", { email: "eerste@example.org" });
    await r.save("raffle", { email: "tweede@example.org" });
    await r.save("raffle", { email: "derde@example.org" });
    await r.save("raffle", {});
    expect(await query(`SELECT email FROM raffle_entry`)).toEqual([{ email: "eerste@example.org" }]);
    const other = respondent();
    await part1(other);
    await other.save("raffle", { email: "EERSTE@example.org" });
    expect(await query(`SELECT email FROM raffle_entry`)).toHaveLength(1);
    const marks = await query<{ raffle_entered: boolean }>(`SELECT raffle_entered FROM response ORDER BY raffle_entered`);
    expect(marks.map((m) => m.raffle_entered)).toEqual([true, true]);
  });

  it("a response that skips the raffle is not marked as entered", async () => {
    const r = respondent();
    await part1(r);
    await r.save("raffle", { email: "" });
    expect(await query(`SELECT 1 FROM raffle_entry`)).toEqual([]);
    expect(await query(`SELECT raffle_entered FROM response`)).toEqual([{ raffle_entered: false }]);
  });
});
