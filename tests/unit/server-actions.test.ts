import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every server action must check the session itself (`await requireResearcher()`,
 * `await requireAdmin()`, or for one survey `await requireSurveyArea(slug, area)`, which checks the
 * session and the survey role): an action is a public POST endpoint whatever page it was written for.
 * The app has none today; this guards the first one. The finder is tested on samples below, so a
 * finder that finds nothing cannot pass for a clean tree.
 */
const CHECK = /\bawait\s+(?:require(?:Researcher|Admin)\(\)|requireSurveyArea\()/;
const TOP_DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;
const EXPORT = /export\s+(?:default\s+)?(?:async\s+)?function\s*(\w*)|export\s+(?:const|let)\s+(\w+)\s*=/g;

/** The body from just after an inline directive to its function's closing brace. */
function enclosingBody(source: string, from: number): string {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    if (source[i] === "{") depth++;
    else if (source[i] === "}" && depth-- === 0) return source.slice(from, i);
  }
  return source.slice(from);
}

/** Names of server actions in `source` that do not check the session. */
function uncheckedServerActions(source: string): string[] {
  if (TOP_DIRECTIVE.test(source)) {
    const exports = [...source.matchAll(EXPORT)];
    return exports
      .filter((m, i) => !CHECK.test(source.slice(m.index, exports[i + 1]?.index ?? source.length)))
      .map((m) => m[1] || m[2] || "default");
  }
  const problems: string[] = [];
  for (const m of source.matchAll(/["']use server["']/g)) {
    if (CHECK.test(enclosingBody(source, m.index + m[0].length))) continue;
    const before = source.slice(Math.max(0, m.index - 300), m.index);
    const names = [...before.matchAll(/function\s+(\w+)|(?:const|let)\s+(\w+)\s*=/g)];
    const last = names.at(-1);
    problems.push(last ? last[1] || last[2] : "(anonymous)");
  }
  return problems;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

describe("server actions check the session and role", () => {
  it("finds unchecked exports of a 'use server' file, functions and arrow functions alike", () => {
    const source = `// actions\n"use server";\nimport { requireAdmin } from "@/lib/auth/guard";
export async function removeUser(id: string) { await requireAdmin(); return id; }
export async function renameUser(id: string) { return id; }
export const resetAll = async () => { return 1; };
export const resetSome = async () => { await requireResearcher(); return 1; };
export async function publish(form: FormData) { const { user } = await requireSurveyArea(String(form.get("slug")), "versions"); return user; }`;
    expect(uncheckedServerActions(source)).toEqual(["renameUser", "resetAll"]);
  });

  it("finds an unchecked inline server action in a component", () => {
    const source = `export default function Page() {
  async function save(form: FormData) { "use server"; await db.save(form); }
  async function checked(form: FormData) { "use server"; await requireResearcher(); await db.save(form); }
  return <form action={save} />;
}`;
    expect(uncheckedServerActions(source)).toEqual(["save"]);
  });

  it("ignores modules without server actions", () => {
    expect(uncheckedServerActions(`"use client";\nexport function Button() { return null; }`)).toEqual([]);
  });

  it("no server action in app/, lib/ or components/ skips the check", () => {
    const files = ["app", "lib", "components"]
      .flatMap((dir) => walk(path.join(process.cwd(), dir)))
      .filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes(`${path.sep}generated${path.sep}`));
    expect(files.length).toBeGreaterThan(50);
    const problems = files.flatMap((file) =>
      uncheckedServerActions(readFileSync(file, "utf8")).map((name) => `${path.relative(process.cwd(), file)}: ${name}`),
    );
    expect(problems, "server actions without await requireResearcher()/requireAdmin()").toEqual([]);
  });
});
