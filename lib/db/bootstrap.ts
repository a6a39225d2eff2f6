import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { env } from "@/lib/env";
import { ensureIpHashKey } from "@/lib/responses/ip-key";
import { seedSurveyFolders, type TSeedResult } from "@/lib/survey/seed-folders";
import { migrate } from "./migrate";

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

async function secret(client: pg.ClientBase, name: string, configured?: string): Promise<string> {
  if (configured) return configured;
  await client.query(`INSERT INTO app_secret (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [
    name,
    randomBytes(32).toString("base64url"),
  ]);
  const { rows } = await client.query<{ value: string }>(`SELECT value FROM app_secret WHERE name = $1`, [name]);
  return rows[0].value;
}

export async function bootstrapDatabase(
  databaseUrl: string,
  config: { ipHashKey?: string; dataDir?: string; authSecret?: string; adminEmail?: string; adminPassword?: string },
): Promise<TBootstrapResult> {
  const { applied } = await migrate(databaseUrl);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const seeded = await seedSurveyFolders(client);
    // Figures shaped by an earlier build are not served (lib/analysis/cache.ts).
    await client.query(`DELETE FROM figure_cache`);
    const secrets = {
      // Never in the database: see lib/responses/ip-key.ts.
      ipHashKey: await ensureIpHashKey(client, { configured: config.ipHashKey, dataDir: config.dataDir ?? env().DATA_DIR }),
      authSecret: await secret(client, "auth_secret", config.authSecret),
    };
    const createdAdmin = await ensureAdmin(client, config.adminEmail, config.adminPassword);
    return { migrationsApplied: applied, seeded, secrets, createdAdmin };
  } finally {
    await client.end();
  }
}

async function ensureAdmin(client: pg.ClientBase, email?: string, password?: string) {
  if (email && password) {
    const { rowCount } = await client.query(
      `INSERT INTO app_user (id, email, password_hash, role) VALUES ($1, $2, $3, 'admin') ON CONFLICT (email) DO NOTHING`,
      [randomUUID(), email.toLowerCase(), await hashPassword(password)],
    );
    return rowCount ? { email } : undefined;
  }
  const { rows } = await client.query(`SELECT 1 FROM app_user WHERE role = 'admin' LIMIT 1`);
  if (rows.length) return undefined;
  const generated = { email: "admin@localhost", password: generatePassword() };
  const { rowCount } = await client.query(
    `INSERT INTO app_user (id, email, password_hash, role) VALUES ($1, $2, $3, 'admin') ON CONFLICT (email) DO NOTHING`,
    [randomUUID(), generated.email, await hashPassword(generated.password)],
  );
  return rowCount ? generated : undefined;
}
