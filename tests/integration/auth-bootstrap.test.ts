import { beforeEach, describe, expect, it } from "vitest";
import { authorizeCredentials } from "@/lib/auth/sign-in";
import { bootstrapDatabase } from "@/lib/db/bootstrap";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { query, resetDb } from "./db";

const headers = new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.5" });
const url = () => process.env.DATABASE_URL!;

describe("the first admin", () => {
  beforeEach(resetDb);

  it("is generated once when none is configured, and can sign in with the printed password", async () => {
    const first = await bootstrapDatabase(url(), {});
    expect(first.createdAdmin).toEqual({ email: "admin@localhost", password: expect.any(String) });
    const user = await authorizeCredentials({ email: "admin@localhost", password: first.createdAdmin!.password! }, headers);
    expect(user).toMatchObject({ email: "admin@localhost", role: "admin" });

    const second = await bootstrapDatabase(url(), {});
    expect(second.createdAdmin).toBeUndefined();
    expect(await query(`SELECT email FROM app_user`)).toEqual([{ email: "admin@localhost" }]);
  });

  it("comes from ADMIN_EMAIL/ADMIN_PASSWORD when configured", async () => {
    const boot = await bootstrapDatabase(url(), { adminEmail: "Hoofd@Example.org", adminPassword: "geconfigureerd-1" });
    expect(boot.createdAdmin?.password).toBeUndefined();
    const user = await authorizeCredentials({ email: "hoofd@example.org", password: "geconfigureerd-1" }, headers);
    expect(user).toMatchObject({ email: "hoofd@example.org", role: "admin" });
    expect(await authorizeCredentials({ email: "hoofd@example.org", password: "iets-anders-1" }, headers)).toBeNull();
  });

  it("leaves an existing account with the configured address as it is", async () => {
    await query(`INSERT INTO app_user (id, email, password_hash, role) VALUES (gen_random_uuid(), 'hoofd@example.org', 'x', 'researcher')`);
    const boot = await bootstrapDatabase(url(), { adminEmail: "hoofd@example.org", adminPassword: "geconfigureerd-1" });
    expect(boot.createdAdmin).toBeUndefined();
    expect(await query(`SELECT email, role, password_hash FROM app_user`)).toEqual([{ email: "hoofd@example.org", role: "researcher", password_hash: "x" }]);
  });

  it("is created once when several instances start at the same moment", async () => {
    const boots = await Promise.all([bootstrapDatabase(url(), {}), bootstrapDatabase(url(), {}), bootstrapDatabase(url(), {})]);
    expect(boots.filter((b) => b.createdAdmin).length).toBe(1);
    expect(await query(`SELECT email, role FROM app_user`)).toEqual([{ email: "admin@localhost", role: "admin" }]);
    expect(new Set(boots.map((b) => b.secrets.authSecret)).size).toBe(1);
  });
});

describe("the session secret", () => {
  beforeEach(async () => {
    await resetDb();
    await query(`DELETE FROM app_secret WHERE name = 'auth_secret'`);
  });

  it("is generated once, stored, and the same on every later start", async () => {
    const first = await bootstrapDatabase(url(), {});
    expect(first.secrets.authSecret).toMatch(/^[\w-]{43}$/);
    expect(await query(`SELECT value FROM app_secret WHERE name = 'auth_secret'`)).toEqual([{ value: first.secrets.authSecret }]);
    expect((await bootstrapDatabase(url(), {})).secrets.authSecret).toBe(first.secrets.authSecret);
  });

  it("comes from NEXTAUTH_SECRET when configured, and is then not stored", async () => {
    const boot = await bootstrapDatabase(url(), { authSecret: "geconfigureerd-geheim" });
    expect(boot.secrets.authSecret).toBe("geconfigureerd-geheim");
    expect(await query(`SELECT value FROM app_secret WHERE name = 'auth_secret'`)).toEqual([]);
  });
});
