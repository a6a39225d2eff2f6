import { z, ZodError } from "zod";
import type { TDimension } from "@/lib/survey/config";
import { DEFAULT_TIME_ZONE } from "@/lib/format/nl";
import { knownDimensions } from "./dimensions";
import { paramAdder } from "./db";

/**
 * The filters researchers set on the dashboard, shared by results, monitoring and exports:
 * wave, definition version, flow mode, partial responses, and one parameter per dimension of
 * the survey (surveys/<folder>/survey.json), named by its ID in camelCase (`regionGroup=north`, as
 * the dashboard's first URLs did) or as is (`region_group=north`). Parsed from URL search params.
 */
const list = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean));

export const ZResultFilters = z.strictObject({
  /** Fieldwork waves, e.g. ["2020", "2023"]; empty = all. */
  wave: list.pipe(z.array(z.string().regex(/^[\w-]{1,20}$/, "Ongeldige wave."))).default([]),
  /** Definition versions; empty = all. */
  version: list.pipe(z.array(z.string().regex(/^[1-9]\d{0,5}$/, "version: een versienummer.").transform(Number))).default([]),
  flowMode: z.enum(["sequential", "choice"], { error: "flowMode: sequential of choice." }).optional(),
  /**
   * false: finished responses only; true: partial responses count for the questions they
   * answered. Absent: the page's default (exports: false; results: true, see resultSettings).
   */
  includePartial: z
    .enum(["true", "false", "1", "0"], { error: "includePartial: true of false." })
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "true" || v === "1")),
  /**
   * Responses a researcher excluded (duplicates, response management) count only when true;
   * absent or false: left out, in figures, monitoring and exports alike.
   */
  includeExcluded: z
    .enum(["true", "false", "1", "0"], { error: "includeExcluded: true of false." })
    .transform((v) => v === "true" || v === "1")
    .optional(),
  /**
   * Test responses (the survey's test link) count only when true, and only in exports: results and
   * monitoring never count them (resultSettings drops it, monitoring leaves them out).
   */
  includeTest: z
    .enum(["true", "false", "1", "0"], { error: "includeTest: true of false." })
    .transform((v) => v === "true" || v === "1")
    .optional(),
  /** Results: the mean of a group of items (a list's group) as the mean of its item means ("items") or of all its ratings ("pooled"). */
  groupMean: z.enum(["items", "pooled"], { error: "groupMean: items of pooled." }).default("items"),
  /** Period: responses started from this day through `to` (days in the survey's time zone). */
  from: z.iso.date({ error: "from: een datum (JJJJ-MM-DD)." }).optional(),
  to: z.iso.date({ error: "to: een datum (JJJJ-MM-DD)." }).optional(),
  /** Dimension ID → chosen codes (a recode's group codes, or a variable's option codes). */
  dims: z.record(z.string(), z.array(z.string())).default({}),
});
export type TResultFilters = z.infer<typeof ZResultFilters>;

const FIXED = new Set(["wave", "version", "flowMode", "includePartial", "includeExcluded", "includeTest", "groupMean", "from", "to"]);
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
/** The URL parameter of a dimension: its ID in camelCase (`region_group` → `regionGroup`). */
export const filterParam = (id: string) => id.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const CODE = /^[a-z0-9_]{1,60}$/;
const orList = (codes: string[]) => (codes.length > 1 ? `${codes.slice(0, -1).join(", ")} of ${codes.at(-1)}` : codes.join(""));

function dimensionFilters(raw: Record<string, string>, dimensions: TDimension[]): Record<string, string[]> {
  const dims: Record<string, string[]> = {};
  const issues: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const dim = dimensions.find((d) => d.id === key || d.id === snake(key));
    if (!dim) {
      issues.push(`Onbekende filter: ${key}.`);
      continue;
    }
    const codes = value.split(",").map((s) => s.trim()).filter(Boolean);
    const allowed = "recode" in dim ? dim.recode.groups.map((g) => g.code) : undefined;
    if (codes.some((c) => !CODE.test(c) || (allowed && !allowed.includes(c)))) {
      issues.push(allowed ? `${key}: ${orList(allowed)}.` : `${key}: ongeldige code.`);
      continue;
    }
    if (codes.length) dims[dim.id] = [...new Set([...(dims[dim.id] ?? []), ...codes])];
  }
  if (issues.length) throw new ZodError(issues.map((message) => ({ code: "custom", path: [], message, input: raw })));
  return dims;
}

/**
 * Parses URLSearchParams (or a plain object) into filters; throws a ZodError on bad input. The
 * survey's dimensions decide which other parameters exist; without them, those of every survey.
 */
export function parseFilters(
  input: URLSearchParams | Record<string, string | string[] | undefined>,
  dimensions: TDimension[] = knownDimensions(),
): TResultFilters {
  const obj: Record<string, string> =
    input instanceof URLSearchParams
      ? Object.fromEntries([...new Set(input.keys())].map((k) => [k, input.getAll(k).join(",")]))
      : Object.fromEntries(
          Object.entries(input)
            .filter(([, v]) => v !== undefined && v !== "")
            .map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : (v as string)]),
        );
  const fixed = Object.fromEntries(Object.entries(obj).filter(([k]) => FIXED.has(k)));
  const rest = Object.fromEntries(Object.entries(obj).filter(([k, v]) => !FIXED.has(k) && v !== ""));
  return ZResultFilters.parse({ ...fixed, dims: dimensionFilters(rest, dimensions) });
}

/**
 * For pages: bad filters in the URL show a message and fall back to the defaults instead of
 * failing the page (APIs use parseFilters and answer 400).
 */
export function parseFiltersForPage(
  input: Record<string, string | string[] | undefined>,
  dimensions?: TDimension[],
): { filters: TResultFilters; filterError: string | null } {
  try {
    return { filters: parseFilters(input, dimensions), filterError: null };
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    return { filters: ZResultFilters.parse({}), filterError: error.issues.map((i) => i.message).join(" ") };
  }
}

/** The filters as a query string, with the same names as the dashboard's URL and the export API. */
export function filterQuery(f: TResultFilters): string {
  const q = new URLSearchParams();
  if (f.wave.length) q.set("wave", f.wave.join(","));
  if (f.version.length) q.set("version", f.version.join(","));
  for (const [id, codes] of Object.entries(f.dims)) if (codes.length) q.set(filterParam(id), codes.join(","));
  if (f.flowMode) q.set("flowMode", f.flowMode);
  if (f.includePartial !== undefined) q.set("includePartial", String(f.includePartial));
  if (f.includeExcluded) q.set("includeExcluded", "true");
  if (f.includeTest) q.set("includeTest", "true");
  if (f.groupMean !== "items") q.set("groupMean", f.groupMean);
  if (f.from) q.set("from", f.from);
  if (f.to) q.set("to", f.to);
  return q.toString();
}

/**
 * The results' settings with their defaults filled in: without a choice, a partial respondent
 * counts for every question they answered, as SurveyMonkey's question summaries (and the report's
 * per-figure N) count them. Exports keep finished responses as their default.
 */
export const RESULTS_INCLUDE_PARTIAL = true;
export const resultSettings = (f: TResultFilters): TResultFilters => ({
  ...f, includePartial: f.includePartial ?? RESULTS_INCLUDE_PARTIAL, includeTest: undefined,
});

/** The chosen dimension codes in order, e.g. for file names. */
export const filterCodes = (f: TResultFilters): string[] => Object.values(f.dims).flat();

/**
 * SQL conditions on the `response` table (alias `r`) for the filters. Parameters are appended to
 * `params` so the caller can combine them with its own. With `part`, "finished" means that part
 * was completed (a sequential respondent who completed part 1 and stopped in part 2 counts for
 * part 1 analyses). Excluded responses are left out unless `includeExcluded`, test responses
 * unless `includeTest`.
 */
export function filterSql(
  f: TResultFilters, params: unknown[], alias = "r", part?: string, dimensions: TDimension[] = knownDimensions(),
  timeZone = DEFAULT_TIME_ZONE,
): string {
  const p = paramAdder(params);
  const where: string[] = [];
  if (!f.includeExcluded) where.push(`NOT ${alias}.is_excluded`);
  if (!f.includeTest) where.push(`NOT ${alias}.is_test`);
  if (f.wave.length) where.push(`${alias}.wave = ANY(${p(f.wave)}::text[])`);
  if (f.version.length) {
    where.push(`${alias}.version_id IN (SELECT sv.id FROM survey_version sv WHERE sv.version = ANY(${p(f.version)}::int[]))`);
  }
  for (const [id, codes] of Object.entries(f.dims)) {
    const dim = dimensions.find((d) => d.id === id);
    if (!dim) throw new Error(`Onbekende dimensie ${id}`);
    if ("var" in dim) where.push(`${alias}.dims->>${p(dim.var)}::text = ANY(${p(codes)}::text[])`);
    else {
      const from = dim.recode.groups.filter((g) => codes.includes(g.code)).flatMap((g) => g.from);
      where.push(`${alias}.dims->>${p(dim.recode.var)}::text = ANY(${p(from)}::text[])`);
    }
  }
  if (f.flowMode) where.push(`${alias}.flow_mode = ${p(f.flowMode)}::"FlowMode"`);
  if (f.from) where.push(`${alias}.started_at >= (${p(f.from)}::date::timestamp AT TIME ZONE ${p(timeZone)})`);
  if (f.to) where.push(`${alias}.started_at < ((${p(f.to)}::date + 1)::timestamp AT TIME ZONE ${p(timeZone)})`);
  if (!f.includePartial) where.push(part ? `${alias}.parts_finished ? ${p(part)}::text` : `${alias}.finished_at IS NOT NULL`);
  return where.length ? where.join(" AND ") : "TRUE";
}
