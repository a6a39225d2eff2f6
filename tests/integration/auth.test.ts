import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { changePassword, createAccount, listAccounts, removeAccount } from "@/lib/auth/accounts";
import { authorizeCredentials, SignInRefused } from "@/lib/auth/sign-in";
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
  await query(`UPDATE login_failure SET at = at - make_interval(mins => $2) WHERE email = $1`, [email, minutes]);
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

  it("locks the account after 5 failures, even for the right password and from another client", async () => {
    for (let i = 0; i < 5; i++) expect(await signIn("ria@example.org", `fout-${i}`, `203.0.113.${i}`)).toBeNull();
    await expect(signIn("ria@example.org", PASSWORD, "192.0.2.50")).rejects.toThrow(SignInRefused);
    await expect(signIn("ria@example.org", PASSWORD, "192.0.2.50")).rejects.toThrow(/^RateLimited:1[45]$/);
    // Refused attempts while locked are not recorded, so the lock does not extend itself.
    expect(await failuresFor("ria@example.org")).toBe("5");
  });

  it("lets the lock expire after the 15-minute window", async () => {
    for (let i = 0; i < 5; i++) await signIn("ria@example.org", "fout");
    await age("ria@example.org", 14);
    await expect(signIn("ria@example.org", PASSWORD)).rejects.toThrow(/^RateLimited:1$/);
    await age("ria@example.org", 2);
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
    await expect(createAccount({ email: "ria@example.org", name: "", password: PASSWORD, role: "admin" })).rejects.toMatchObject({ status: 409 });
    expect((await listAccounts()).map((u) => u.email)).toEqual(["beheer@example.org", "ria@example.org"]);
  });

  it("removes a researcher, whose session user then no longer resolves", async () => {
    const ria = await createAccount({ email: "ria@example.org", name: "", password: PASSWORD, role: "researcher" });
    expect(await findSessionUser(ria.id)).toMatchObject({ role: "researcher" });
    await removeAccount(admin, ria.id);
    expect(await findSessionUser(ria.id)).toBeNull();
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
      const removal = removeAccount(admin, other.id).catch((error: unknown) => error);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await concurrent.query("COMMIT");
      expect(await removal).toMatchObject({ status: 409, message: /laatste beheerder/ });
    } finally {
      await concurrent.end();
    }
    expect((await listAccounts()).map((u) => u.email)).toEqual(["tweede@example.org"]);
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

  it("counts wrong current passwords towards the account's sign-in limit", async () => {
    for (let i = 0; i < 5; i++) await expect(change(`fout-${i}`)).rejects.toMatchObject({ status: 400 });
    await expect(change(PASSWORD)).rejects.toMatchObject({ status: 403, message: /Te veel mislukte pogingen/ });
    await expect(signIn("ria@example.org", PASSWORD)).rejects.toThrow(/RateLimited/);
  });
});
