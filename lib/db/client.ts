import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { env } from "@/lib/env";
import { PrismaClient } from "./generated/client";

/**
 * One pg pool per process, shared by Prisma (through its driver adapter) and by the few hot
 * paths that send hand-written SQL. Kept on globalThis so dev reloads do not leak pools.
 */
type TDb = { pool: pg.Pool; prisma: PrismaClient };
const globalForDb = globalThis as unknown as { db?: TDb };

function connect(): TDb {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start` or set it.");
  const pool = new pg.Pool({ connectionString: url, max: 16 });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return { pool, prisma };
}

export function db(): TDb {
  globalForDb.db ??= connect();
  return globalForDb.db;
}

export const prisma = () => db().prisma;
export const pool = () => db().pool;
