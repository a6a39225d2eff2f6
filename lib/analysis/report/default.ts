import type { TStructure } from "@/lib/survey/engine/structure";
import { aggregateOf } from "../aggregates";
import type { TReport, TReportEntry } from "./schema";

/**
 * The report of a survey without report.json: per page, every question element summarised by
 * its type's aggregate, grouped by `groupBy` ("total" = not grouped). Needs no code per survey.
 */
export function defaultReport(s: TStructure, groupBy = "total"): TReport {
  const sections = s.pages
    .map((page) => ({
      id: `pagina-${page.id}`.replace(/_/g, "-"),
      title: page.title ?? page.id,
      items: page.elements
        .filter((el) => aggregateOf(el) !== undefined)
        .map((el): TReportEntry => {
          const q = el as { id: string; label?: string; text?: string };
          return {
            kind: "figure", id: el.id.replace(/_/g, "-"), title: q.label ?? s.lookup.plain(q.text ?? el.id), element: el.id,
            series: groupBy, rows: "options", sort: "definition", hideEmpty: false, exclude: [],
          };
        }),
    }))
    .filter((sec) => sec.items.length > 0);
  return { sections };
}
