import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Prisma, PrismaClient } from "./generated/client";

/**
 * Prisma Client over a pg pool, for the app (lib/db/client.ts) and for plain Node scripts and
 * tests (start-up, seeding), which must not import the server-only client module.
 */
export type TDb = PrismaClient;
/** A Prisma client or the client of an interactive transaction. */
export type TTx = Prisma.TransactionClient;

export type TTransactionOptions = { maxWait: number; timeout: number };

/**
 * Start-up seeding and imports had no limit of their own (each statement still has the
 * server's): they may take minutes, on a large file or behind another instance's seeding.
 */
export const LONG_TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 15 * 60_000 } as const;

export function prismaOver(pool: pg.Pool, transactionOptions?: TTransactionOptions): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions });
}

/** A client with a small pool of its own for `fn`, closed afterwards (start-up, scripts, tests). */
export async function withPrisma<T>(databaseUrl: string, fn: (db: PrismaClient) => Promise<T>): Promise<T> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  pool.on("error", (error) => console.error(`Database connection lost: ${error.message}`));
  const db = prismaOver(pool);
  try {
    return await fn(db);
  } finally {
    await db.$disconnect();
    await pool.end();
  }
}

/**
 * The database's clock as a timestamp column holds it: what `CURRENT_TIMESTAMP` (the start of
 * the current transaction) stores in a `timestamp(3)` column, read back the way Prisma reads such
 * a column. Prisma fills `@default(now())` from the app's clock, in UTC; rows written here keep
 * the database's clock and time zone, like the columns' own default and the hand-written SQL that
 * writes and compares the same tables (created_at orders lists, session expiry is compared).
 */
export async function databaseNow(db: TTx): Promise<Date> {
  const [{ now }] = await db.$queryRaw<{ now: Date }[]>`SELECT LOCALTIMESTAMP(3) AS now`;
  return now;
}

/**
 * A value for a Json column as `JSON.stringify` writes it (undefined members dropped), the way
 * the hand-written SQL stored it; also what lets typed objects with optional members through.
 */
export function asJson(value: object): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonObject;
}

/** A unique constraint refused the row (what `ON CONFLICT DO NOTHING` skipped before). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
