import { parseCsv } from "../support/csv";

/**
 * Differences between a recorded golden file and a fresh output, as readable lines
 * ("results.(default).results.development[0].clusters.rows[2].values.mean: 2.62 → 2.7"), so a
 * failing test names every changed figure, variable or cell instead of dumping two huge objects.
 */
const MAX_LINES = Number(process.env.GOLDEN_MAX_LINES ?? 60);

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

type TFigureNumbers = Record<string, unknown>;

/** Every figure (rows) or ranking table (ranks) inside a value, by id, reduced to its numbers. */
function collectFigures(value: unknown, out: Record<string, TFigureNumbers>) {
  if (Array.isArray(value)) return value.forEach((v) => collectFigures(v, out));
  if (value === null || typeof value !== "object") return;
  const o = value as Record<string, unknown>;
  // The first figure of an id counts (the first stats shape also built an unshown part-2 Tabel 4).
  if (typeof o.id === "string" && o.id in out) return;
  if (typeof o.id === "string" && Array.isArray(o.rows) && Array.isArray(o.series)) {
    const rows = o.rows as { code: string; values: unknown; ns: unknown }[];
    out[o.id] = {
      title: o.title,
      series: Object.fromEntries((o.series as { key: string; n: number }[]).map((x) => [x.key, x.n])),
      order: rows.map((r) => r.code).join(" "),
      rows: Object.fromEntries(rows.map((r) => [r.code, { values: r.values, ns: r.ns }])),
    };
    return;
  }
  if (typeof o.id === "string" && Array.isArray(o.ranks) && Array.isArray(o.columns)) {
    out[o.id] = {
      title: o.title,
      columns: Object.fromEntries((o.columns as { key: string; n: number }[]).map((x) => [x.key, x.n])),
      ranks: (o.ranks as ({ code: string; n: number; pct: number | null } | null)[][]).map((row) => row.map((c) => (c ? `${c.code} ${c.n} ${c.pct}` : null))),
    };
    return;
  }
  Object.values(o).forEach((v) => collectFigures(v, out));
}

/**
 * A stats file as numbers per figure id (title, N per series, value and n per row code, row
 * order; ranking tables cell by cell) for each filter combination, so the JSON shape around the
 * figures may change while every number is still compared. Monitoring is compared as it is.
 */
export function statsNumbers(stats: { monitoring: unknown; results: Record<string, { filters: unknown; results: unknown }> }) {
  const figures: Record<string, Record<string, TFigureNumbers>> = {};
  for (const [query, r] of Object.entries(stats.results)) collectFigures(r.results, (figures[query] = {}));
  return { monitoring: stats.monitoring, figures };
}

/** Differences of a recorded file and a fresh one, by file type. */
export function fileDifferences(name: string, expected: string, actual: string): string[] {
  if (name.endsWith(".stats.json")) return differences(statsNumbers(JSON.parse(expected)), statsNumbers(JSON.parse(actual)));
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
