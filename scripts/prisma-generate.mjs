// Generates the Prisma client into lib/db/generated. `prisma generate` runs on WebAssembly but the
// CLI first tries to download its native schema engine, which fails on machines that cannot reach
// Prisma's binary host. Where no engine binary is installed, point the CLI at an existing file so
// it skips that download; the engine is never executed by `generate`.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

const enginesDir = path.join("node_modules", "@prisma", "engines");
const hasEngine =
  existsSync(enginesDir) && readdirSync(enginesDir).some((f) => f.startsWith("schema-engine"));
const env = { ...process.env };
if (!hasEngine && !env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;

const prismaBin = path.join("node_modules", "prisma", "build", "index.js");
const result = spawnSync(process.execPath, [prismaBin, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
