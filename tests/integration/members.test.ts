import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listMembers, removeMember, setMember } from "@/lib/auth/members";
import { surveyAccess, surveyRoles } from "@/lib/auth/survey-access";
import { pool } from "@/lib/db/client";
import { query, resetDb } from "./db";

/** Per-survey roles on the real database: who may do what, and the rules for managing members. */
const SLUG = "voorbeeld-alle-elementen";
const user = (n: number, role: "admin" | "researcher" = "researcher") => ({
  id: `00000000-0000-4000-8000-00000000010${n}`, email: `lid${n}@example.org`, name: null, role,
});
const [owner, analyst, outsider, admin] = [user(1), user(2), user(3), user(4, "admin")];
let surveyId: string;
let firstEvent = 0;

beforeAll(async () => {
  await resetDb();
  for (const u of [owner, analyst, outsider, admin]) {
    await query(`INSERT INTO app_user (id, email, password_hash, role) VALUES ($1, $2, 'x', $3)`, [u.id, u.email, u.role]);
  }
  surveyId = (await query<{ id: string }>(`SELECT id FROM survey WHERE slug = $1`, [SLUG]))[0].id;
  firstEvent = (await query<{ id: number }>(`SELECT coalesce(max(id), 0)::int AS id FROM audit_event`))[0].id;
});
afterAll(async () => {
  await resetDb();
  await pool().end();
});

describe("survey members", () => {
  it("without members every researcher is owner", async () => {
    expect(await surveyAccess(outsider, SLUG)).toEqual({ surveyId, role: "owner" });
    expect((await surveyRoles(outsider)).get(SLUG)).toBe("owner");
  });

  it("the first member added by a researcher makes that researcher owner; then only members and admins get in", async () => {
    expect(await setMember(surveyId, { email: "bestaat-niet@example.org", role: "viewer" }, owner.id)).toMatchObject({ ok: false, field: "email" });
    expect(await setMember(surveyId, { email: analyst.email, role: "analyst" }, owner.id)).toEqual({ ok: true });
    expect((await listMembers(surveyId)).map((m) => [m.email, m.role])).toEqual([[owner.email, "owner"], [analyst.email, "analyst"]]);
    expect((await surveyAccess(analyst, SLUG))?.role).toBe("analyst");
    expect((await surveyAccess(outsider, SLUG))?.role).toBeNull();
    expect((await surveyRoles(outsider)).has(SLUG)).toBe(false);
    expect((await surveyAccess(admin, SLUG))?.role).toBe("owner");
    expect(await surveyAccess(owner, "bestaat-niet")).toBeUndefined();
  });

  it("the last owner stays: not demoted, not removed while others are members", async () => {
    expect(await setMember(surveyId, { email: owner.email, role: "editor" }, owner.id)).toMatchObject({ ok: false, field: "role" });
    expect(await removeMember(surveyId, owner.id, owner.id)).toMatchObject({ ok: false });
    expect(await setMember(surveyId, { email: analyst.email, role: "owner" }, owner.id)).toEqual({ ok: true });
    expect(await setMember(surveyId, { email: owner.email, role: "viewer" }, analyst.id)).toEqual({ ok: true });
    expect((await surveyAccess(owner, SLUG))?.role).toBe("viewer");
    expect(await removeMember(surveyId, owner.id, analyst.id)).toEqual({ ok: true });
    expect((await surveyAccess(owner, SLUG))?.role).toBeNull();
  });

  it("role changes are audit-logged", async () => {
    const events = await query<{ action: string; details: Record<string, unknown> }>(
      `SELECT action, details FROM audit_event WHERE id > $1 AND survey_id = $2 ORDER BY id`, [firstEvent, surveyId],
    );
    expect(events.map((e) => e.action)).toEqual(["member.added", "member.added", "member.role_changed", "member.role_changed", "member.removed"]);
    expect(events[3].details).toEqual({ userId: owner.id, role: "viewer", from: "owner" });
  });
});
