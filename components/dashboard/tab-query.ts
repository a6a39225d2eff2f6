/** Tabs that share the dashboard's filters: the current selection goes along to these. */
const FILTERED = new Set(["monitoring", "results", "questions", "export", "share"]);
/** Only the results page splits its default summaries and compares (a share link takes them too); the other tabs have no such parameters. */
const RESULTS_ONLY = ["groupBy", "vergelijk", "vraag"];
/** The open answers' search and page number stay on their own page. */
const ANSWERS_ONLY = ["q", "pagina"];

/** The query a tab's link carries: the current filters for the filtered tabs, nothing for the others. */
export function tabQuery(tab: string, search: URLSearchParams): string {
  if (!FILTERED.has(tab)) return "";
  const q = new URLSearchParams(search);
  if (tab !== "results" && tab !== "share") for (const key of RESULTS_ONLY) q.delete(key);
  for (const key of ANSWERS_ONLY) q.delete(key);
  const s = q.toString();
  return s ? `?${s}` : "";
}
