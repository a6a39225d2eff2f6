import { appendFileSync, chmodSync, chownSync, copyFileSync, cpSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { postgresAccount, startEmbeddedPostgres, type TEmbeddedDb } from "@/lib/db/embedded";

/**
 * A streaming read replica of an embedded PostgreSQL, for tests of the read-replica setting. Made
 * the way a physical standby is made without pg_basebackup (which the embedded packages do not
 * ship): a replication slot that keeps the log, the low-level backup API around a file copy of
 * the running primary, then `standby.signal` and `primary_conninfo` in the copy.
 */
const SKIP = new Set(["postmaster.pid", "postmaster.opts", "pg_stat_tmp", "pgsql_tmp"]);

function chownTree(dir: string, account: { uid: number; gid: number }) {
  chownSync(dir, account.uid, account.gid);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(p, account);
    else chownSync(p, account.uid, account.gid);
  }
}

export async function startStandby(primary: TEmbeddedDb & { dir: string }, dir: string, database: string): Promise<TEmbeddedDb> {
  const client = new pg.Client({ connectionString: primary.url });
  await client.connect();
  try {
    await client.query(`SELECT pg_create_physical_replication_slot('test_standby', true)`);
    await client.query(`SELECT pg_backup_start('test standby', true)`);
    cpSync(primary.dir, dir, {
      recursive: true,
      // WAL and slots come from the primary by streaming; the primary's lock files stay its own.
      filter: (src) => {
        const rel = path.relative(primary.dir, src).split(path.sep);
        return !SKIP.has(rel.at(-1)!) && !(rel.length > 1 && (rel[0] === "pg_wal" || rel[0] === "pg_replslot"));
      },
    });
    const { rows } = await client.query<{ labelfile: string }>(`SELECT labelfile FROM pg_backup_stop(false)`);
    writeFileSync(path.join(dir, "backup_label"), rows[0].labelfile);
  } finally {
    await client.end();
  }
  const url = new URL(primary.url);
  const password = decodeURIComponent(url.password);
  writeFileSync(path.join(dir, "standby.signal"), "");
  appendFileSync(
    path.join(dir, "postgresql.auto.conf"),
    `primary_conninfo = 'host=127.0.0.1 port=${url.port} user=${url.username} password=${password}'\nprimary_slot_name = 'test_standby'\nhot_standby_feedback = on\n`,
  );
  copyFileSync(`${primary.dir}.password`, `${dir}.password`);
  const account = postgresAccount();
  if (account) chownTree(dir, account);
  chmodSync(dir, 0o700); // PostgreSQL refuses a data folder others can read
  return startEmbeddedPostgres({ dir, isPersistent: false, database });
}
