import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * CPU time of processes from /proc (Linux), for benchmarks on a shared machine: what a piece of
 * work cost in CPU says more than wall time when other jobs run beside it.
 */
const TICKS_PER_SECOND = 100;

type TStat = { ppid: number; cpuSec: number };

function stat(pid: number | string): TStat | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return { ppid: Number(fields[1]), cpuSec: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND };
  } catch {
    return null; // the process ended meanwhile, or no /proc
  }
}

/** CPU seconds per process for the children of `parent` (PostgreSQL: the postmaster's backends). */
export function childrenCpu(parent: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const s = stat(entry);
    if (s && s.ppid === parent) out.set(Number(entry), s.cpuSec);
  }
  return out;
}

/**
 * CPU seconds used so far by the PostgreSQL server processes (children of the postmaster of the
 * data folder `dataDir`); null where that is not available.
 */
export function dbCpuByPid(dataDir: string): Map<number, number> | null {
  try {
    const postmaster = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    return childrenCpu(postmaster);
  } catch {
    return null;
  }
}

/** CPU seconds a process tree used between two readings (processes that ended in between are lost). */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  return [...after].reduce((sum, [pid, cpu]) => sum + cpu - (before.get(pid) ?? 0), 0);
}

/** A process and all its descendants: CPU seconds per pid. */
export function treeCpu(root: number): Map<number, number> {
  const all = new Map<number, TStat>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const s = stat(entry);
    if (s) all.set(Number(entry), s);
  }
  const out = new Map<number, number>();
  const visit = (pid: number) => {
    const s = all.get(pid);
    if (!s || out.has(pid)) return;
    out.set(pid, s.cpuSec);
    for (const [child, cs] of all) if (cs.ppid === pid) visit(child);
  };
  visit(root);
  return out;
}
