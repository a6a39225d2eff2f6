import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { databaseNow, isUniqueViolation, withPrisma } from "@/lib/db/prisma";
import { query } from "./db";

/** lib/db/prisma.ts: the database's clock as Prisma writes it, and conflicts. */
const inTimeZone = (timeZone: string) => {
  const url = new URL(process.env.DATABASE_URL!);
  url.searchParams.set("options", `-c TimeZone=${timeZone}`);
  return url.toString();
};

describe("Prisma Client over the migrated database", () => {
  for (const timeZone of ["UTC", "America/New_York", "Asia/Kolkata"]) {
    it(`databaseNow writes what the columns' CURRENT_TIMESTAMP default writes (session time zone ${timeZone})`, async () => {
      const names = [`clock-default-${timeZone}`, `clock-prisma-${timeZone}`];
      try {
        const zone = await withPrisma(inTimeZone(timeZone), (db) =>
          db.$transaction(async (tx) => {
            await tx.$executeRaw`INSERT INTO app_secret (name, value) VALUES (${names[0]}, 'x')`;
            await tx.appSecret.create({ data: { name: names[1], value: "x", createdAt: await databaseNow(tx) } });
            return (await tx.$queryRaw<{ zone: string }[]>`SELECT current_setting('TimeZone') AS zone`)[0].zone;
          }),
        );
        expect(zone).toBe(timeZone);
        const rows = await query<{ created_at: string }>(`SELECT created_at::text FROM app_secret WHERE name = ANY($1) ORDER BY name`, [names]);
        expect(rows).toHaveLength(2);
        expect(rows[0].created_at).toBe(rows[1].created_at);
      } finally {
        await query(`DELETE FROM app_secret WHERE name = ANY($1)`, [names]);
      }
    });
  }

  it("tells a unique constraint's refusal from other errors", async () => {
    await withPrisma(process.env.DATABASE_URL!, async (db) => {
      const email = `uniek-${Date.now()}@example.org`;
      try {
        await db.user.create({ data: { email, passwordHash: "x" } });
        const duplicate = await db.user.create({ data: { email, passwordHash: "x" } }).catch((error: unknown) => error);
        expect(isUniqueViolation(duplicate)).toBe(true);
        const missing = await db.userSession
          .create({ data: { id: randomUUID(), userId: randomUUID(), expiresAt: new Date() } })
          .catch((error: unknown) => error);
        expect(missing).toBeInstanceOf(Error);
        expect(isUniqueViolation(missing)).toBe(false);
        expect(isUniqueViolation(new Error("P2002"))).toBe(false);
      } finally {
        await db.user.deleteMany({ where: { email } });
      }
    });
  });
});
