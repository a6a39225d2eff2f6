import { beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents, recordAudit } from "@/lib/audit/service";
import { prisma } from "@/lib/db/client";
import { createShareLink, listShareLinks, openShareLink, revokeShareLink, ShareLinkError } from "@/lib/share/service";
import { hashShareToken } from "@/lib/share/token";
import { query, resetDb } from "./db";

/** Share links and the audit log on the migrated database: hashes stored, revocation, expiry, events. */
const SLUG = "internationale-competenties";
let surveyId: string;
let ria: string;

const eventsOf = async (linkId: string) =>
  (await listAuditEvents({ surveyId })).filter((e) => (e.details as { linkId?: string }).linkId === linkId);

describe("share links", () => {
  beforeAll(async () => {
    await resetDb();
    [{ id: surveyId }] = await query<{ id: string }>(`SELECT id FROM survey WHERE slug = $1`, [SLUG]);
    [{ id: ria }] = await query<{ id: string }>(
      `INSERT INTO app_user (id, email, name, password_hash, role) VALUES (gen_random_uuid(), 'ria@example.org', 'Ria', 'x', 'researcher') RETURNING id`);
  });

  it("store the token's SHA-256, never the token, and record the creation", async () => {
    const { id, token } = await createShareLink({ surveyId, label: "Bestuur", expiresOn: null, query: "wave=2023" }, ria);
    const [row] = await query<Record<string, unknown>>(`SELECT * FROM share_link WHERE id = $1`, [id]);
    expect(row.token_hash).toBe(hashShareToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const events = await eventsOf(id);
    expect(events.map((e) => [e.action, e.actorId])).toEqual([["share_link.created", ria]]);
    expect(events[0].details).toEqual({ linkId: id, label: "Bestuur", query: "wave=2023", expiresAt: null });
    const all = await query<{ details: unknown }>(`SELECT details FROM audit_event`);
    expect(JSON.stringify(all)).not.toContain(token);
    expect(JSON.stringify(all)).not.toContain(hashShareToken(token));
  });

  it("open while active, recording each use; refuse after revocation, recording the refusal", async () => {
    const { id, token } = await createShareLink({ surveyId, label: null, expiresOn: null, query: null }, ria);
    const opened = await openShareLink(token);
    expect(opened).toMatchObject({ status: "active", link: { id, surveyId, slug: SLUG, query: null } });
    expect((await listShareLinks(surveyId)).find((l) => l.id === id)).toMatchObject({ status: "active", createdBy: "Ria" });
    expect((await listShareLinks(surveyId)).find((l) => l.id === id)?.lastUsedAt).toBeInstanceOf(Date);

    expect(await revokeShareLink(surveyId, id, ria)).toBe(true);
    expect(await revokeShareLink(surveyId, id, ria)).toBe(false); // once
    expect(await openShareLink(token)).toEqual({ status: "revoked" });
    expect((await listShareLinks(surveyId)).find((l) => l.id === id)?.status).toBe("revoked");
    const events = await eventsOf(id);
    expect(events.map((e) => e.action)).toEqual(["share_link.created", "share_link.used", "share_link.revoked", "share_link.refused"]);
    expect(events.map((e) => e.actorId)).toEqual([ria, null, ria, null]);
    expect(events[3].details).toEqual({ linkId: id, reason: "revoked" });
  });

  it("cannot be revoked through another survey", async () => {
    const { id, token } = await createShareLink({ surveyId, label: null, expiresOn: null, query: null }, ria);
    const [other] = await query<{ id: string }>(`SELECT id FROM survey WHERE slug <> $1 LIMIT 1`, [SLUG]);
    expect(await revokeShareLink(other.id, id, ria)).toBe(false);
    expect((await openShareLink(token)).status).toBe("active");
  });

  it("expire after their last day, and an end day in the past is refused", async () => {
    const { id, token } = await createShareLink({ surveyId, label: "Tot 31 dec", expiresOn: "2026-12-31", query: null }, ria, new Date("2026-12-01T10:00:00Z"));
    expect((await openShareLink(token, new Date("2026-12-31T22:59:59Z"))).status).toBe("active");
    expect(await openShareLink(token, new Date("2026-12-31T23:00:00Z"))).toEqual({ status: "expired" });
    expect((await listShareLinks(surveyId, new Date("2027-01-02T00:00:00Z"))).find((l) => l.id === id)?.status).toBe("expired");
    expect((await eventsOf(id)).at(-1)).toMatchObject({ action: "share_link.refused", details: { linkId: id, reason: "expired" } });

    const before = await query(`SELECT id FROM share_link`);
    await expect(createShareLink({ surveyId, label: null, expiresOn: "2026-11-30", query: null }, ria, new Date("2026-12-01T10:00:00Z")))
      .rejects.toThrow(new ShareLinkError("De einddatum ligt in het verleden."));
    expect(await query(`SELECT id FROM share_link`)).toHaveLength(before.length);
  });

  it("unknown or malformed tokens open nothing and are not recorded", async () => {
    const count = async () => Number((await query<{ n: string }>(`SELECT count(*) AS n FROM audit_event`))[0].n);
    const before = await count();
    expect(await openShareLink("A".repeat(43))).toEqual({ status: "unknown" });
    expect(await openShareLink("kort")).toEqual({ status: "unknown" });
    expect(await count()).toBe(before);
  });
});

describe("the audit log", () => {
  it("is append-only: UPDATE, DELETE and TRUNCATE are refused by the database", async () => {
    await recordAudit({ action: "share_link.revoked", actorId: null, surveyId: null, details: { test: "append-only" } });
    const [row] = await query<{ id: string }>(`SELECT id FROM audit_event WHERE details->>'test' = 'append-only' ORDER BY id DESC LIMIT 1`);
    await expect(query(`UPDATE audit_event SET action = 'x' WHERE id = $1`, [row.id])).rejects.toThrow(/append-only: UPDATE/);
    await expect(query(`DELETE FROM audit_event WHERE id = $1`, [row.id])).rejects.toThrow(/append-only: DELETE/);
    await expect(query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only: TRUNCATE/);
    expect(await query(`SELECT action FROM audit_event WHERE id = $1`, [row.id])).toEqual([{ action: "share_link.revoked" }]);
  });

  it("outlives the accounts and surveys it names (no foreign keys to cascade)", async () => {
    const [{ id: gone }] = await query<{ id: string }>(
      `INSERT INTO app_user (id, email, name, password_hash, role) VALUES (gen_random_uuid(), 'weg@example.org', 'Weg', 'x', 'researcher') RETURNING id`);
    const { id } = await createShareLink({ surveyId, label: null, expiresOn: null, query: null }, gone);
    await query(`DELETE FROM app_user WHERE id = $1`, [gone]);
    expect((await eventsOf(id)).map((e) => e.actorId)).toEqual([gone]);
    expect((await listShareLinks(surveyId)).find((l) => l.id === id)?.createdBy).toBeNull();
  });

  it("commits or rolls back with the change it records", async () => {
    const before = await query(`SELECT id FROM audit_event`);
    await expect(prisma().$transaction(async (tx) => {
      await recordAudit({ action: "share_link.created", actorId: null, surveyId, details: { test: "rollback" } }, tx);
      throw new Error("de wijziging mislukt");
    })).rejects.toThrow("de wijziging mislukt");
    expect(await query(`SELECT id FROM audit_event`)).toHaveLength(before.length);
  });

  it("refuses an action it does not know and details that are not an object", async () => {
    await expect(recordAudit({ action: "iets" as never, actorId: null, surveyId: null })).rejects.toThrow();
    await expect(recordAudit({ action: "share_link.used", actorId: "geen-uuid", surveyId: null })).rejects.toThrow();
  });
});
