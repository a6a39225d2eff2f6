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
});
