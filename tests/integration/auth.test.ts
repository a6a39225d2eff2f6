import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { changePassword, createAccount, listAccounts, removeAccount } from "@/lib/auth/accounts";
import { authorizeCredentials, SignInRefused } from "@/lib/auth/sign-in";
import { endSession, startSession } from "@/lib/auth/sessions";
import { findSessionUser, type TSessionUser } from "@/lib/auth/users";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { hashIpWithKey } from "@/lib/responses/ip";
import { query, resetDb } from "./db";

const PASSWORD = "juist-wachtwoord-1";
const fromIp = (ip: string) => new Headers({ [CLIENT_ADDRESS_HEADER]: ip });
const signIn = (email: string, password: string, ip = "203.0.113.1") => authorizeCredentials({ email, password }, fromIp(ip));

async function failuresFor(email: string) {
  return (await query<{ n: string }>(`SELECT count(*) AS n FROM login_failure WHERE email = $1`, [email]))[0].n;
}

/** Back-dates an account's failures, as if `minutes` had passed. */
async function age(email: string, minutes: number) {
  await ageSeconds(email, minutes * 60);
}
async function ageSeconds(email: string, seconds: number) {
  await query(`UPDATE login_failure SET at = at - make_interval(secs => $2) WHERE email = $1`, [email, seconds]);
}

describe("sign-in with rate limiting on the real database", () => {
  beforeEach(async () => {
    await resetDb();
    await createAccount({ email: "ria@example.org", name: "Ria", password: PASSWORD, role: "researcher" });
  });

  it("accepts the right password (e-mail case-insensitive) and refuses a wrong one", async () => {
    const user = await signIn(" Ria@Example.org", PASSWORD);
    expect(user).toMatchObject({ email: "ria@example.org", name: "Ria", role: "researcher" });
    expect(await signIn("ria@example.org", "fout-wachtwoord")).toBeNull();
    expect(await signIn("niemand@example.org", PASSWORD)).toBeNull();
  });

  it("records failures with a keyed hash of the client address, never the address", async () => {
    await signIn("ria@example.org", "fout", "198.51.100.7");
    const rows = await query<{ email: string; client_id: string }>(`SELECT email, client_id FROM login_failure`);
    expect(rows).toEqual([{ email: "ria@example.org", client_id: hashIpWithKey("198.51.100.7", process.env.IP_HASH_KEY!) }]);
    expect(JSON.stringify(rows)).not.toContain("198.51.100.7");
  });

  it("after 5 failures the account waits 5 s, doubling per failure; then the right password works from any client", async () => {
    for (let i = 0; i < 5; i++) expect(await signIn("ria@example.org", `fout-${i}`, `203.0.113.${i}`)).toBeNull();
    await expect(signIn("ria@example.org", PASSWORD, "192.0.2.50")).rejects.toThrow(SignInRefused);
    await expect(signIn("ria@example.org", PASSWORD, "192.0.2.50")).rejects.toThrow(/^RateLimited:[45]$/);
    // Refused attempts are not recorded, so the wait does not extend itself.
    expect(await failuresFor("ria@example.org")).toBe("5");
    await ageSeconds("ria@example.org", 5);
    expect(await signIn("ria@example.org", "fout-5", "192.0.2.50")).toBeNull();
    await expect(signIn("ria@example.org", PASSWORD, "192.0.2.50")).rejects.toThrow(/^RateLimited:(9|10)$/);
    await ageSeconds("ria@example.org", 10);
    expect(await signIn("ria@example.org", PASSWORD, "192.0.2.50")).toMatchObject({ email: "ria@example.org" });
  });

  it("five wrong passwords cannot lock the only admin out: they wait 5 s, not 15 minutes", async () => {
    await createAccount({ email: "beheer@example.org", name: "", password: PASSWORD, role: "admin" });
    for (let i = 0; i < 5; i++) await signIn("beheer@example.org", `raden-${i}`, "198.51.100.66");
    await expect(signIn("beheer@example.org", PASSWORD, "192.0.2.1")).rejects.toThrow(/^RateLimited:[45]$/);
    await ageSeconds("beheer@example.org", 5);
    expect(await signIn("beheer@example.org", PASSWORD, "192.0.2.1")).toMatchObject({ role: "admin" });
  });

  it("caps the wait at a minute, however many failures", async () => {
    for (let i = 0; i < 12; i++) {
      expect(await signIn("ria@example.org", `fout-${i}`)).toBeNull();
      await ageSeconds("ria@example.org", 60);
    }
    expect(await signIn("ria@example.org", "fout-12")).toBeNull();
    await expect(signIn("ria@example.org", PASSWORD)).rejects.toThrow(/^RateLimited:(59|60)$/);
  });

  it("checks at most 5 of 16 concurrent wrong passwords (check and record are atomic)", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 16 }, (_, i) => signIn("ria@example.org", `fout-${i}`, `203.0.113.${i}`)),
    );
    const refused = results.filter((r) => r.status === "rejected" && r.reason instanceof SignInRefused);
    expect(await failuresFor("ria@example.org")).toBe("5");
    expect(refused).toHaveLength(11);
  });

  it("forgets failures after the 15-minute window", async () => {
    for (let i = 0; i < 6; i++) await signIn("ria@example.org", "fout").catch(() => null);
    await age("ria@example.org", 16);
    for (let i = 0; i < 4; i++) expect(await signIn("ria@example.org", "fout")).toBeNull();
    expect(await signIn("ria@example.org", PASSWORD)).toMatchObject({ email: "ria@example.org" });
  });

  it("clears the account's failures after a successful sign-in", async () => {
    for (let i = 0; i < 4; i++) await signIn("ria@example.org", "fout");
    expect(await signIn("ria@example.org", PASSWORD)).not.toBeNull();
    expect(await failuresFor("ria@example.org")).toBe("0");
    for (let i = 0; i < 4; i++) await signIn("ria@example.org", "fout");
    expect(await signIn("ria@example.org", PASSWORD)).not.toBeNull();
  });

  it("locks a client after 20 failures across accounts, other clients still get in", async () => {
    for (let i = 0; i < 20; i++) await signIn(`raden-${i}@example.org`, "fout", "198.51.100.99");
    await expect(signIn("ria@example.org", PASSWORD, "198.51.100.99")).rejects.toThrow(/^RateLimited:/);
    expect(await signIn("ria@example.org", PASSWORD, "198.51.100.100")).not.toBeNull();
  });
});

async function backendsWaitingForLock(): Promise<number> {
  const rows = await query<{ n: string }>(
    `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
  );
  return Number(rows[0].n);
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("adding and removing accounts", () => {
  let admin: TSessionUser;
  beforeEach(async () => {
    await resetDb();
    admin = await createAccount({ email: "beheer@example.org", name: "Beheer", password: PASSWORD, role: "admin" });
  });

  it("adds an account with a scrypt hash and refuses a duplicate e-mail address", async () => {
    await createAccount({ email: "ria@example.org", name: "", password: PASSWORD, role: "researcher" });
    const [row] = await query<{ password_hash: string; name: string | null }>(`SELECT password_hash, name FROM app_user WHERE email = 'ria@example.org'`);
    expect(row.password_hash).toMatch(/^scrypt\$/);
    expect(row.name).toBeNull();
    await expect(createAccount({ email: "ria@example.org", name: "", password: PASSWORD, role: "admin" })).rejects.toMatchObject({
      status: 409,
      message: "Er bestaat al een account met dit e-mailadres.",
      fields: { email: "Dit e-mailadres is al in gebruik." },
    });
    expect((await listAccounts()).map((u) => u.email)).toEqual(["beheer@example.org", "ria@example.org"]);
  });

  it("returns the new account as the list shows it, dated by the database's clock", async () => {
    const ria = await createAccount({ email: "ria@example.org", name: "Ria", password: PASSWORD, role: "researcher" });
    expect(ria).toEqual({ id: expect.any(String), email: "ria@example.org", name: "Ria", role: "researcher", createdAt: expect.any(String) });
    expect((await listAccounts()).find((u) => u.id === ria.id)).toEqual(ria);
    const [row] = await query<{ created_at: string; age: string }>(
      `SELECT to_char(created_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at, EXTRACT(EPOCH FROM LOCALTIMESTAMP - created_at) AS age FROM app_user WHERE id = $1`,
      [ria.id],
    );
    expect(row.created_at).toBe(ria.createdAt);
    expect(Number(row.age)).toBeGreaterThanOrEqual(0);
    expect(Number(row.age)).toBeLessThan(60);
  });

  it("removes a researcher, whose session user then no longer resolves", async () => {
    const ria = await createAccount({ email: "ria@example.org", name: "", password: PASSWORD, role: "researcher" });
    const session = await startSession(ria.id, 3600);
    expect(await findSessionUser(ria.id, session)).toMatchObject({ role: "researcher" });
    await removeAccount(admin, ria.id);
    expect(await findSessionUser(ria.id, session)).toBeNull();
    expect(await signIn("ria@example.org", PASSWORD)).toBeNull();
  });

  it("never removes your own account or the last admin, and reports unknown ids", async () => {
    await expect(removeAccount(admin, admin.id)).rejects.toMatchObject({ status: 409, message: /eigen account/ });
    const other = await createAccount({ email: "tweede@example.org", name: "", password: PASSWORD, role: "admin" });
    await removeAccount(other, admin.id);
    const researcherActor = { ...admin, id: "00000000-0000-4000-8000-000000000000" };
    await expect(removeAccount(researcherActor, other.id)).rejects.toMatchObject({ status: 409, message: /laatste beheerder/ });
    await expect(removeAccount(other, admin.id)).rejects.toMatchObject({ status: 404 });
  });

  it("keeps one admin when two admins remove each other at the same moment", async () => {
    const other = await createAccount({ email: "tweede@example.org", name: "", password: PASSWORD, role: "admin" });
    // `other` removing `admin`, caught between its delete and its commit (deterministic interleaving).
    const concurrent = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await concurrent.connect();
    try {
      await concurrent.query("BEGIN");
      await concurrent.query(`DELETE FROM app_user WHERE id = $1`, [admin.id]);
      let isSettled = false;
      const removal = removeAccount(admin, other.id).then(
        () => "removed",
        (error: unknown) => error,
      ).finally(() => (isSettled = true));
      // Commit only once the removal waits for the row lock, or has finished without waiting (as it
      // would without the lock): no timing assumption.
      await waitUntil(async () => isSettled || (await backendsWaitingForLock()) > 0);
      await concurrent.query("COMMIT");
      expect(await removal).toMatchObject({ status: 409, message: /laatste beheerder/ });
    } finally {
      await concurrent.end();
    }
    expect((await listAccounts()).map((u) => u.email)).toEqual(["tweede@example.org"]);
  });
});

describe("server-side sessions", () => {
  let ria: TSessionUser;
  beforeEach(async () => {
    await resetDb();
    ria = await createAccount({ email: "ria@example.org", name: "", password: PASSWORD, role: "researcher" });
  });

  it("a session resolves until it is ended (signing out); a cookie without a session id never does", async () => {
    const session = await startSession(ria.id, 3600);
    expect(await findSessionUser(ria.id, session)).toEqual({ id: ria.id, email: ria.email, name: null, role: "researcher", sessionId: session });
    await endSession(session);
    expect(await findSessionUser(ria.id, session)).toBeNull();
    expect(await findSessionUser(ria.id, undefined)).toBeNull();
    expect(await findSessionUser(ria.id, "geen-uuid")).toBeNull();
  });

  it("expires by the database's clock; starting a session removes expired ones", async () => {
    const session = await startSession(ria.id, 3600);
    const [row] = await query<{ lifetime: string; age: string }>(
      `SELECT EXTRACT(EPOCH FROM expires_at - created_at) AS lifetime, EXTRACT(EPOCH FROM LOCALTIMESTAMP - created_at) AS age FROM user_session WHERE id = $1`,
      [session],
    );
    expect(Number(row.lifetime)).toBe(3600);
    expect(Number(row.age)).toBeGreaterThanOrEqual(0);
    expect(Number(row.age)).toBeLessThan(60);
    const [expired, valid] = [await startSession(ria.id, 3600), await startSession(ria.id, 3600)];
    await query(`UPDATE user_session SET expires_at = LOCALTIMESTAMP - interval '1 second' WHERE id = $1`, [expired]);
    await query(`UPDATE user_session SET expires_at = LOCALTIMESTAMP + interval '1 minute' WHERE id = $1`, [valid]);
    const next = await startSession(ria.id, 3600);
    const left = await query<{ id: string }>(`SELECT id FROM user_session`);
    expect(left.map((r) => r.id).sort()).toEqual([session, valid, next].sort());
  });

  it("ending a session that is gone, or with a cookie that names none, changes nothing", async () => {
    const session = await startSession(ria.id, 3600);
    await endSession("00000000-0000-4000-8000-000000000000");
    await endSession(undefined);
    await endSession("geen-uuid");
    expect(await findSessionUser(ria.id, session)).not.toBeNull();
    await endSession(session);
    await endSession(session);
    expect(await query(`SELECT id FROM user_session`)).toEqual([]);
  });

  it("a session id only works for the account it was started for", async () => {
    const other = await createAccount({ email: "ander@example.org", name: "", password: PASSWORD, role: "admin" });
    const session = await startSession(ria.id, 3600);
    expect(await findSessionUser(other.id, session)).toBeNull();
  });
});

describe("changing your own password", () => {
  let ria: TSessionUser;
  beforeEach(async () => {
    await resetDb();
    ria = await createAccount({ email: "ria@example.org", name: "", password: PASSWORD, role: "researcher" });
  });
  const change = (currentPassword: string, newPassword = "nieuw-wachtwoord-1") =>
    changePassword(ria, { currentPassword, newPassword, confirmPassword: newPassword }, fromIp("203.0.113.9"));

  it("needs the current password, then only the new one signs in", async () => {
    await expect(change("fout")).rejects.toMatchObject({ status: 400, fields: { currentPassword: expect.any(String) } });
    await change(PASSWORD);
    expect(await signIn("ria@example.org", PASSWORD)).toBeNull();
    expect(await signIn("ria@example.org", "nieuw-wachtwoord-1")).toMatchObject({ id: ria.id });
  });

  it("ends the account's other sessions, keeps the one the change came from", async () => {
    const [here, laptop, stolen] = [await startSession(ria.id, 3600), await startSession(ria.id, 3600), await startSession(ria.id, 3600)];
    await changePassword({ ...ria, sessionId: here }, { currentPassword: PASSWORD, newPassword: "nieuw-wachtwoord-1", confirmPassword: "nieuw-wachtwoord-1" }, fromIp("203.0.113.9"));
    expect(await findSessionUser(ria.id, here)).toMatchObject({ id: ria.id });
    expect(await findSessionUser(ria.id, laptop)).toBeNull();
    expect(await findSessionUser(ria.id, stolen)).toBeNull();
  });

  it("from a request without a session (no session id) ends every session of the account, and no other account's", async () => {
    const other = await createAccount({ email: "ander@example.org", name: "", password: PASSWORD, role: "admin" });
    const [laptop, phone, others] = [await startSession(ria.id, 3600), await startSession(ria.id, 3600), await startSession(other.id, 3600)];
    await change(PASSWORD);
    expect(await findSessionUser(ria.id, laptop)).toBeNull();
    expect(await findSessionUser(ria.id, phone)).toBeNull();
    expect(await findSessionUser(other.id, others)).not.toBeNull();
    expect(await signIn("ander@example.org", PASSWORD)).not.toBeNull();
  });

  it("a wrong current password ends no session", async () => {
    const laptop = await startSession(ria.id, 3600);
    await expect(change("fout")).rejects.toMatchObject({ status: 400 });
    expect(await findSessionUser(ria.id, laptop)).not.toBeNull();
  });

  it("counts wrong current passwords towards the account's sign-in limit", async () => {
    for (let i = 0; i < 5; i++) await expect(change(`fout-${i}`)).rejects.toMatchObject({ status: 400 });
    await expect(change(PASSWORD)).rejects.toMatchObject({ status: 403, message: /Te veel mislukte pogingen/ });
    await expect(signIn("ria@example.org", PASSWORD)).rejects.toThrow(/RateLimited/);
  });
});
