import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudit } from "@/lib/audit/log";
import { listAuditEvents } from "@/lib/audit/service";
import { changePassword, createAccount, removeAccount } from "@/lib/auth/accounts";
import { pool } from "@/lib/db/client";
import { exportResponse } from "@/lib/export/http";
import { ZImportOptions } from "@/lib/import/options";
import { analyseFile, importFile } from "@/lib/import/service";
import { createCollector, listCollectors, setCollectorOpen } from "@/lib/survey/collector-service";
import { setFieldwork } from "@/lib/survey/fieldwork-service";
import { query, resetDb } from "./db";
import { fixture, SLUG, withTolerantie } from "./import-helpers";

/**
 * Every researcher action the audit log promises, on the real database: who, when, what, with the
 * details a reviewer needs (an export's format and filters, an import's file and rows), and the
 * reading side (filters, newest first, paging). The table itself is append-only (share-links test).
 */
const PASSWORD = "een lang en sterk wachtwoord 42";
let surveyId: string;
let admin: { id: string; email: string; name: string | null; role: "admin" | "researcher" };

// The log outlives the tests' database resets (it refuses TRUNCATE): only this file's events count.
let since = 0n;
const fresh = async (where: Parameters<typeof listAuditEvents>[0] = {}) => (await listAuditEvents(where)).filter((e) => e.id > since);
const events = async () => (await fresh()).map((e) => ({ action: e.action, actorId: e.actorId, surveyId: e.surveyId, details: e.details }));

beforeAll(async () => {
  await resetDb();
  since = BigInt((await query<{ id: string }>(`SELECT coalesce(max(id), 0)::text AS id FROM audit_event`))[0].id);
  surveyId = (await query<{ id: string }>(`SELECT id FROM survey WHERE slug = $1`, [SLUG]))[0].id;
  admin = await createAccount({ email: "beheer-audit@example.org", name: "Beheer", password: PASSWORD, role: "admin" });
});

afterAll(() => pool().end());

describe("the audit log records", () => {
  it("account changes: created (by whom), password changed, removed", async () => {
    const ria = await createAccount({ email: "ria-audit@example.org", name: "Ria", password: PASSWORD, role: "researcher" }, admin.id);
    await changePassword({ ...ria, name: ria.name }, { currentPassword: PASSWORD, newPassword: `${PASSWORD}!`, confirmPassword: `${PASSWORD}!` }, new Headers());
    await removeAccount({ ...admin, name: admin.name }, ria.id);
    const mine = (await events()).filter((e) => (e.details as { userId?: string }).userId === ria.id || e.actorId === ria.id);
    expect(mine).toEqual([
      { action: "account.created", actorId: admin.id, surveyId: null, details: { userId: ria.id, email: "ria-audit@example.org", role: "researcher" } },
      { action: "account.password_changed", actorId: ria.id, surveyId: null, details: {} },
      { action: "account.removed", actorId: admin.id, surveyId: null, details: { userId: ria.id, email: "ria-audit@example.org", role: "researcher" } },
    ]);
  });

  it("an export with its format and filters, when the file starts; a refused export is not recorded", async () => {
    const ok = await exportResponse(SLUG, new URLSearchParams("format=csv-long&wave=2023&includePartial=true"), admin.id);
    expect(ok.status).toBe(200);
    await ok.body?.cancel();
    const bad = await exportResponse(SLUG, new URLSearchParams("format=pdf"), admin.id);
    expect(bad.status).toBe(400);
    const exports = (await fresh({ action: "export.downloaded" })).map((e) => ({ actorId: e.actorId, surveyId: e.surveyId, details: e.details }));
    expect(exports).toEqual([
      { actorId: admin.id, surveyId, details: { format: "csv-long", fileName: expect.stringMatching(/^internationale-competenties_2023_incl-onvolledig_\d{8}-\d{4}\.csv$/), filters: "wave=2023&includePartial=true" } },
    ]);
  });

  it("an import with its file, wave and rows, in the import's transaction", async () => {
    const options = ZImportOptions.parse({ wave: "2020" });
    const file = fixture("wave2020.csv");
    const result = await importFile(SLUG, file, withTolerantie(await analyseFile(SLUG, file, options)), options, admin.id);
    const [e] = await fresh({ action: "import.committed" });
    expect(e).toMatchObject({
      actorId: admin.id, surveyId,
      details: { batchId: result.batchId, fileName: "wave2020.csv", wave: "2020", version: result.version, rows: result.rowCount },
    });
  });

  it("fieldwork and collector changes", async () => {
    await setFieldwork(SLUG, { mode: "closed", opensAt: "", closesAt: "2026-06-30T17:00", responseLimit: 500 }, admin.id);
    await createCollector(surveyId, { name: "LinkedIn", code: "linkedin" }, admin.id);
    const [c] = await listCollectors(surveyId);
    await setCollectorOpen(surveyId, c.id, false, admin.id);
    await setCollectorOpen(surveyId, c.id, true, admin.id);
    const survey = (await events()).filter((e) => e.surveyId === surveyId && /^(fieldwork|collector)\./.test(e.action));
    expect(survey).toEqual([
      {
        action: "fieldwork.changed", actorId: admin.id, surveyId,
        details: { fieldworkMode: "closed", opensAt: null, closesAt: "2026-06-30T15:00:00.000Z", responseLimit: 500, timeZone: "Europe/Amsterdam" },
      },
      { action: "collector.created", actorId: admin.id, surveyId, details: { collectorId: c.id, code: "linkedin", name: "LinkedIn" } },
      { action: "collector.stopped", actorId: admin.id, surveyId, details: { collectorId: c.id } },
      { action: "collector.started", actorId: admin.id, surveyId, details: { collectorId: c.id } },
    ]);
  });
});

describe("reading the audit log", () => {
  it("newest first, by action and survey, in pages, with the actor's address", async () => {
    const all = await listAudit({});
    expect(all.map((r) => Number(r.id))).toEqual([...all.map((r) => Number(r.id))].sort((a, b) => b - a));
    const exports = (await listAudit({ action: "export.downloaded", survey: SLUG })).filter((r) => BigInt(r.id) > since);
    expect(exports).toHaveLength(1);
    expect(exports[0]).toMatchObject({ action: "export.downloaded", actorEmail: "beheer-audit@example.org", surveySlug: SLUG });
    const firstTwo = await listAudit({}, 2);
    const next = await listAudit({ before: BigInt(firstTwo[1].id) }, 2);
    expect(next[0].id).toBe(all[2].id);
    expect(await listAudit({ survey: "bestaat-niet" })).toEqual([]);
  });
});
