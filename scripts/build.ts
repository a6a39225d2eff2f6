/**
 * `npm run build`: builds Next.js when the sources changed since the last successful build, and
 * records when that build started, so that `npm start` (and a Docker image built with this)
 * does not build again.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const distDir = path.join(root, process.env.NEXT_DIST_DIR || ".next");
// When the last successful build STARTED: files saved during a build are not in it.
const buildStamp = path.join(distDir, "build-started-at");
const SOURCES = ["app", "components", "lib", "proxy.ts", "instrumentation.ts", "next.config.js", "package-lock.json"];

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

export function needsBuild(): boolean {
  if (!existsSync(path.join(distDir, "BUILD_ID")) || !existsSync(buildStamp)) return true;
  const builtFrom = Number(readFileSync(buildStamp, "utf8"));
  return SOURCES.map((p) => path.join(root, p)).some((p) => {
    if (!existsSync(p)) return false;
    return (statSync(p).isDirectory() ? newestMtime(p) : statSync(p).mtimeMs) > builtFrom;
  });
}

/** Builds when needed; false when the build failed (its output is on the console). */
export function buildIfNeeded(): boolean {
  if (!needsBuild()) return true;
  console.log("Building the app (first start or changed sources) …");
  const startedAt = Date.now();
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (build.status !== 0) return false;
  writeFileSync(buildStamp, String(startedAt));
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  if (!buildIfNeeded()) {
    console.error("✖ The build failed; see the output above.");
    process.exit(1);
  }
}
