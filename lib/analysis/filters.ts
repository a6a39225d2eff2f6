import { z, ZodError } from "zod";

/**
 * The filters researchers set on the dashboard, shared by results, monitoring and exports.
 * Parsed from URL search params (strings), so every field accepts its string form.
 */
export const SECTOR_GROUPS = { po_vo: ["po", "vo"], mbo: ["mbo"], ho: ["hbo", "wo"] } as const;
export type TSectorGroup = keyof typeof SECTOR_GROUPS;

const list = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean));

export const ZResultFilters = z.strictObject({
  /** Fieldwork waves, e.g. ["2020", "2023"]; empty = all. */
  wave: list.pipe(z.array(z.string().regex(/^[\w-]{1,20}$/, "Ongeldige wave."))).default([]),
  sectorGroup: z.enum(["po_vo", "mbo", "ho"], { error: "sectorGroup: po_vo, mbo of ho." }).optional(),
  flowMode: z.enum(["sequential", "choice"], { error: "flowMode: sequential of choice." }).optional(),
  /** false: finished responses only; true: partial responses count for the items they answered. */
  includePartial: z
    .enum(["true", "false", "1", "0"], { error: "includePartial: true of false." })
    .default("false")
    .transform((v) => v === "true" || v === "1"),
});
export type TResultFilters = z.infer<typeof ZResultFilters>;

/** Parses URLSearchParams (or a plain object) into filters; throws a ZodError on bad input. */
export function parseFilters(input: URLSearchParams | Record<string, string | string[] | undefined>): TResultFilters {
  const obj =
    input instanceof URLSearchParams
      ? Object.fromEntries([...new Set(input.keys())].map((k) => [k, input.getAll(k).join(",")]))
      : Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== ""));
  return ZResultFilters.parse(obj);
}

/**
 * For pages: bad filters in the URL show a message and fall back to the defaults instead of
 * failing the page (APIs use parseFilters and answer 400).
 */
export function parseFiltersForPage(input: Record<string, string | string[] | undefined>): {
  filters: TResultFilters;
  filterError: string | null;
} {
  try {
    return { filters: parseFilters(input), filterError: null };
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    return { filters: ZResultFilters.parse({}), filterError: error.issues.map((i) => i.message).join(" ") };
  }
}

/** The filters as a query string, with the same names as the dashboard's URL and the export API. */
export function filterQuery(f: TResultFilters): string {
  const q = new URLSearchParams();
  if (f.wave.length) q.set("wave", f.wave.join(","));
  if (f.sectorGroup) q.set("sectorGroup", f.sectorGroup);
  if (f.flowMode) q.set("flowMode", f.flowMode);
  if (f.includePartial) q.set("includePartial", "true");
  return q.toString();
}

/**
 * SQL conditions on the `response` table (alias `r`) for the filters. Parameters are appended to
 * `params` so the caller can combine them with its own. With `part`, "finished" means that part
 * was completed (a sequential respondent who completed part 1 and stopped in part 2 counts for
 * part 1 analyses).
 */
export function filterSql(f: TResultFilters, params: unknown[], alias = "r", part?: "p1" | "p2"): string {
  const p = (v: unknown) => (params.push(v), `$${params.length}`);
  const where: string[] = [];
  if (f.wave.length) where.push(`${alias}.wave = ANY(${p(f.wave)}::text[])`);
  if (f.sectorGroup) where.push(`${alias}.sector = ANY(${p([...SECTOR_GROUPS[f.sectorGroup]])}::text[])`);
  if (f.flowMode) where.push(`${alias}.flow_mode = ${p(f.flowMode)}::"FlowMode"`);
  if (!f.includePartial) where.push(part ? `${alias}.${part}_finished_at IS NOT NULL` : `${alias}.finished_at IS NOT NULL`);
  return where.length ? where.join(" AND ") : "TRUE";
}
