/** Tabs that share the dashboard's filters: the current selection goes along to these. */
const FILTERED = new Set(["monitoring", "results", "export", "share"]);
/** Only the results page splits its default summaries; the other tabs have no such parameter. */
const RESULTS_ONLY = ["groupBy"];

/** The query a tab's link carries: the current filters for the filtered tabs, nothing for the others. */
export function tabQuery(tab: string, search: URLSearchParams): string {
  if (!FILTERED.has(tab)) return "";
  const q = new URLSearchParams(search);
  if (tab !== "results" && tab !== "share") for (const key of RESULTS_ONLY) q.delete(key);
  const s = q.toString();
  return s ? `?${s}` : "";
}
