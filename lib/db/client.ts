import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import type { PrismaClient } from "./generated/client";
import { prismaOver } from "./prisma";

/**
 * One pg pool per process, shared by Prisma (through its driver adapter) and by the few hot
 * paths that send hand-written SQL (docs/ARCHITECTURE.md, "Data access"). Kept on globalThis so
 * dev reloads do not leak pools.
 */
type TDb = { pool: pg.Pool; prisma: PrismaClient; replica: pg.Pool | null; analysis: pg.Pool };

/**
 * Connections for computing dashboard figures, apart from the main pool: after a change the
 * figures of every open view queue here (a 2-core database is saturated by a few at once) and
 * respondents' saves keep the main pool. A figure may wait its turn longer than a save would.
 */
const ANALYSIS_CONNECTIONS = 4;
/**
 * A figure is computed once for every tab and instance, so it may run longer than a request's
 * statement: at a million responses the funnel takes about 13 s on an idle 2-core machine.
 */
const ANALYSIS_TIMEOUTS = { connectionTimeoutMillis: 30_000, statement_timeout: 60_000, query_timeout: 65_000 };
const globalForDb = globalThis as unknown as { db?: TDb };

/**
 * A stalled or unreachable database must fail a request, not hang it: new connections give up
 * after `connectionTimeoutMillis`, the server cancels a statement after `statement_timeout`,
 * and `query_timeout` is the client's own limit for a server that no longer answers at all
 * (frozen host, dropped network), a little above the server's so a live server reports first.
 */
export const DB_TIMEOUTS = {
  connectionTimeoutMillis: 5_000,
  statement_timeout: 15_000,
  query_timeout: 20_000,
  idle_in_transaction_session_timeout: 60_000,
} as const;

export function createPool(
  connectionString: string, timeouts: Partial<Record<keyof typeof DB_TIMEOUTS, number>> = {}, max = 16,
): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, keepAlive: true, ...DB_TIMEOUTS, ...timeouts });
  // An idle pooled connection that the server closes (restart, crash, admin) is dropped by the
  // pool; without a listener its error would be an uncaught exception.
  pool.on("error", (error) => console.error(`Database connection lost: ${error.message}`));
  return pool;
}

function connect(): TDb {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start` or set it.");
  const pool = createPool(url);
  // An interactive transaction waits for a connection as long as pg's pool lets a query wait and
  // may run as long as one statement may (Prisma's defaults, 2 s and 5 s, are tighter than the
  // limits the same transactions had as hand-written SQL). Long ones pass their own limits.
  const prisma = prismaOver(pool, { maxWait: DB_TIMEOUTS.connectionTimeoutMillis, timeout: DB_TIMEOUTS.query_timeout });
  const replicaUrl = env().DATABASE_REPLICA_URL;
  return {
    pool,
    prisma,
    replica: replicaUrl ? createPool(replicaUrl, ANALYSIS_TIMEOUTS, ANALYSIS_CONNECTIONS) : null,
    analysis: createPool(url, ANALYSIS_TIMEOUTS, ANALYSIS_CONNECTIONS),
  };
}

export function db(): TDb {
  globalForDb.db ??= connect();
  return globalForDb.db;
}

export const prisma = () => db().prisma;
export const pool = () => db().pool;
/** The connections that compute dashboard figures (see ANALYSIS_CONNECTIONS). */
export const analysisPool = () => db().analysis;
/** The read replica for dashboard figures (DATABASE_REPLICA_URL), or null. */
export const replicaPool = () => db().replica;
