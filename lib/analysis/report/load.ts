import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { surveyConfigs } from "@/lib/survey/config";
import type { TStructure } from "@/lib/survey/engine/structure";
import { ZReport, type TReport, type TReportEntry } from "./schema";

/** The report definition in surveys/<folder>/report.json, validated; undefined when there is none. */
const cache = new Map<string, TReport | undefined>();

export function reportFile(slug: string): string | undefined {
  const hit = surveyConfigs().find(({ config }) => config.slug === slug || config.aliases.some((a) => a.slug === slug));
  return hit ? path.join(hit.folder, "report.json") : undefined;
}

export function parseReport(raw: unknown, where: string): TReport {
  const parsed = ZReport.safeParse(raw);
  if (!parsed.success) throw new Error(`${where}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}

export function loadReport(slug: string): TReport | undefined {
  if (cache.has(slug)) return cache.get(slug);
  const file = reportFile(slug);
  const report = file && existsSync(file) ? parseReport(JSON.parse(readFileSync(file, "utf8")), file) : undefined;
  cache.set(slug, report);
  return report;
}

/** Elements, filter variables and groupings the report names that a version does not have. */
export function reportProblems(report: TReport, s: TStructure, dimensionIds: string[]): string[] {
  const problems: string[] = [];
  const groupings = new Set(["total", "wave", "flow_mode", "version", ...dimensionIds]);
  const check = (e: Exclude<TReportEntry, { kind: "panel" }>) => {
    if (!s.elements.has(e.element)) problems.push(`${e.id}: element ${e.element} bestaat niet`);
    for (const v of Object.keys(e.filter ?? {})) if (s.ownerOf.get(v)?.type !== "single") problems.push(`${e.id}: filter op ${v} (geen enkelvoudige keuze)`);
    const g = e.kind === "figure" ? e.series : e.columns;
    if (!groupings.has(g)) problems.push(`${e.id}: onbekende groepering ${g}`);
  };
  for (const sec of report.sections) for (const e of sec.items) (e.kind === "panel" ? e.items : [e]).forEach(check);
  return problems;
}
