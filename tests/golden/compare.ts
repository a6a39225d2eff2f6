import { parseCsv } from "../support/csv";

/**
 * Differences between a recorded golden file and a fresh output, as readable lines
 * ("results.(default).results.development[0].clusters.rows[2].values.mean: 2.62 → 2.7"), so a
 * failing test names every changed figure, variable or cell instead of dumping two huge objects.
 */
const MAX_LINES = 60;

/** Floats from SQL aggregates compare on 12 significant digits (last-bit noise is no change). */
const same = (a: unknown, b: unknown) =>
  a === b || (typeof a === "number" && typeof b === "number" && Number(a.toPrecision(12)) === Number(b.toPrecision(12)));

/** Array items are also named by their id, code, key, name or page, when they have one. */
function tag(item: unknown): string {
  if (item === null || typeof item !== "object") return "";
  const o = item as Record<string, unknown>;
  const name = o.id ?? o.code ?? o.key ?? o.name ?? o.page;
  return typeof name === "string" ? ` ${name}` : "";
}

const show = (v: unknown) => (v === undefined ? "(absent)" : JSON.stringify(v));

function walk(expected: unknown, actual: unknown, path: string, out: string[]) {
  if (out.length >= MAX_LINES) return;
  const isObj = (v: unknown) => v !== null && typeof v === "object";
  if (!isObj(expected) || !isObj(actual) || Array.isArray(expected) !== Array.isArray(actual)) {
    if (!same(expected, actual)) out.push(`${path || "(root)"}: ${show(expected)} → ${show(actual)}`);
    return;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) out.push(`${path}: length ${expected.length} → ${actual.length}`);
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) walk(expected[i], actual[i], `${path}[${i}${tag(expected[i] ?? actual[i])}]`, out);
    return;
  }
  const e = expected as Record<string, unknown>;
  const a = actual as Record<string, unknown>;
  for (const key of new Set([...Object.keys(e), ...Object.keys(a)])) walk(e[key], a[key], path ? `${path}.${key}` : key, out);
}

export function differences(expected: unknown, actual: unknown): string[] {
  const out: string[] = [];
  walk(expected, actual, "", out);
  if (out.length >= MAX_LINES) out.push(`… (first ${MAX_LINES} differences shown)`);
  return out;
}

/** A wide CSV as its variable names (in order) and its rows keyed by response_id, then variable. */
export function csvShape(text: string): { variables: string[]; rows: Record<string, Record<string, string>> } {
  const [variables, ...rows] = parseCsv(text);
  const id = variables.indexOf("response_id");
  return {
    variables,
    rows: Object.fromEntries(rows.map((r) => [r[id], Object.fromEntries(variables.map((v, i) => [v, r[i]]))])),
  };
}

/** Differences of a recorded file and a fresh one, by file type. */
export function fileDifferences(name: string, expected: string, actual: string): string[] {
  if (name.endsWith(".json")) return differences(JSON.parse(expected), JSON.parse(actual));
  const [before, after] = [csvShape(expected), csvShape(actual)];
  if (before.variables.join() !== after.variables.join()) {
    const removed = before.variables.filter((v) => !after.variables.includes(v));
    const added = after.variables.filter((v) => !before.variables.includes(v));
    return [
      `variables removed: ${removed.join(", ") || "none"}`,
      `variables added: ${added.join(", ") || "none"}`,
      ...(removed.length || added.length ? [] : ["same variables in another order"]),
      "(rows are compared once the variables match)",
    ];
  }
  const shape = differences(before, after);
  if (shape.length) return shape;
  // Same variables and values: the bytes (BOM, quoting, line ends, row order) must match too.
  return expected === actual ? [] : ["same values, different bytes (BOM, quoting, line ends or row order)"];
}
