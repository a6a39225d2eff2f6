import { randomBytes } from "node:crypto";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { env } from "@/lib/env";
import { ensureIpHashKey } from "@/lib/responses/ip-key";
import { seedSurveyFolders, type TSeedResult } from "@/lib/survey/seed-folders";
import { migrate } from "./migrate";
import { databaseNow, type TDb, withPrisma } from "./prisma";

/**
 * Everything a database needs before the app serves: migrations, bundled survey definitions,
 * generated secrets (the IP hash key in a file, not in the database) and the first admin. Safe to
 * run on every start and from several instances.
 */
export type TBootstrapResult = {
  migrationsApplied: string[];
  seeded: TSeedResult[];
  secrets: { ipHashKey: string; authSecret: string };
  createdAdmin?: { email: string; password?: string };
};

async function secret(db: TDb, name: string, configured?: string): Promise<string> {
  if (configured) return configured;
  // ON CONFLICT DO NOTHING: of several instances starting at once, the first one's value holds.
  await db.appSecret.createMany({
    data: [{ name, value: randomBytes(32).toString("base64url"), createdAt: await databaseNow(db) }],
    skipDuplicates: true,
  });
  return (await db.appSecret.findUniqueOrThrow({ where: { name }, select: { value: true } })).value;
}

export async function bootstrapDatabase(
  databaseUrl: string,
  config: { ipHashKey?: string; dataDir?: string; authSecret?: string; adminEmail?: string; adminPassword?: string },
): Promise<TBootstrapResult> {
  const { applied } = await migrate(databaseUrl);
  return withPrisma(databaseUrl, async (db) => {
    const seeded = await seedSurveyFolders(db);
    // Figures shaped by an earlier build are not served (lib/analysis/cache.ts).
    await db.figureCache.deleteMany();
    const secrets = {
      // Never in the database: see lib/responses/ip-key.ts.
      ipHashKey: await ensureIpHashKey(db, { configured: config.ipHashKey, dataDir: config.dataDir ?? env().DATA_DIR }),
      authSecret: await secret(db, "auth_secret", config.authSecret),
    };
    const createdAdmin = await ensureAdmin(db, config.adminEmail, config.adminPassword);
    return { migrationsApplied: applied, seeded, secrets, createdAdmin };
  });
}

/** Inserts the admin unless the address is taken (ON CONFLICT DO NOTHING); true when it was inserted. */
async function insertAdmin(db: TDb, email: string, password: string): Promise<boolean> {
  const { count } = await db.user.createMany({
    data: [{ email, passwordHash: await hashPassword(password), role: "admin", createdAt: await databaseNow(db) }],
    skipDuplicates: true,
  });
  return count > 0;
}

async function ensureAdmin(db: TDb, email?: string, password?: string) {
  if (email && password) return (await insertAdmin(db, email.toLowerCase(), password)) ? { email } : undefined;
  if (await db.user.findFirst({ where: { role: "admin" }, select: { id: true } })) return undefined;
  const generated = { email: "admin@localhost", password: generatePassword() };
  return (await insertAdmin(db, generated.email, generated.password)) ? generated : undefined;
}
