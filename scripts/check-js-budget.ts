/**
 * `npm run check:js-budget`: the JavaScript a respondent's phone loads for each survey route
 * (/s/…), read from the production build (NEXT_DIST_DIR or .next; builds nothing). Prints every
 * file raw and gzipped (as `npm start` and the proxy send it) and fails when a route's total
 * passes the budget or a survey route carries the charting library.
 *
 * What a route loads is Next.js's own list (diagnostics/route-bundle-stats.json: the framework's
 * files and the route's entry chunks); chunks imported later, after the first screen, are not in
 * it. The legacy polyfill file is left out: modern browsers do not load it (nomodule).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const BUDGET_GZIP_BYTES = 150 * 1024;
/** Survey routes: what respondents open. */
const isSurveyRoute = (route: string) => route === "/s" || route.startsWith("/s/");

export type TRouteFile = { file: string; raw: number; gzip: number };
export type TRouteJs = { route: string; files: TRouteFile[]; raw: number; gzip: number; hasCharts: boolean };

type TBundleStats = { route: string; firstLoadChunkPaths: string[] }[];

export function distDir(root = process.cwd()): string {
  return path.resolve(root, process.env.NEXT_DIST_DIR || ".next");
}

/** The first-load JS files of every survey route in a build, relative to the project root. */
export function surveyRouteChunks(dist: string): Map<string, string[]> {
  const stats = path.join(dist, "diagnostics", "route-bundle-stats.json");
  if (!existsSync(stats)) throw new Error(`No build output at ${dist} (${path.relative(process.cwd(), stats)} is missing): run \`npm run build\` first.`);
  const routes = JSON.parse(readFileSync(stats, "utf8")) as TBundleStats;
  // Paths are relative to the project, under the build folder's name.
  const prefix = `${path.relative(process.cwd(), dist)}/`;
  const inDist = (p: string) => path.join(dist, p.startsWith(prefix) ? p.slice(prefix.length) : p.replace(/^[^/]+\//, ""));
  return new Map(routes.filter((r) => isSurveyRoute(r.route)).map((r) => [r.route, r.firstLoadChunkPaths.map(inDist)]));
}

export function measureRoutes(dist = distDir()): TRouteJs[] {
  return [...surveyRouteChunks(dist)].map(([route, chunks]) => {
    let hasCharts = false;
    const files = chunks.map((file) => {
      const content = readFileSync(file);
      // recharts' own class names ("recharts-wrapper", "recharts-surface") survive minification.
      if (content.includes("recharts-")) hasCharts = true;
      return { file: path.relative(dist, file), raw: content.length, gzip: gzipSync(content).length };
    });
    return { route, files, raw: sum(files.map((f) => f.raw)), gzip: sum(files.map((f) => f.gzip)), hasCharts };
  });
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);

function main() {
  const dist = distDir();
  const routes = measureRoutes(dist);
  if (!routes.length) throw new Error(`No survey route (/s/…) in the build at ${dist}.`);
  let isOver = false;
  for (const r of routes) {
    console.log(`${r.route}: JavaScript loaded for the first screen (1 KB = 1024 bytes)`);
    console.log(`${"raw".padStart(9)} ${"gzipped".padStart(9)}  file`);
    for (const f of r.files) console.log(`${kb(f.raw)} ${kb(f.gzip)}  ${f.file}`);
    const isRouteOver = r.gzip > BUDGET_GZIP_BYTES;
    console.log(`${kb(r.raw)} ${kb(r.gzip)}  total; budget ${kb(BUDGET_GZIP_BYTES).trim()} gzipped: ${isRouteOver ? "OVER" : "ok"}`);
    if (r.hasCharts) console.log("  the charting library (recharts) is in this route's JavaScript: it belongs to the dashboard only");
    console.log("");
    isOver ||= isRouteOver || r.hasCharts;
  }
  if (isOver) {
    console.error("✖ A survey route is over its JavaScript budget.");
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`✖ ${(error as Error).message}`);
    process.exit(1);
  }
}
