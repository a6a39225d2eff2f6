/**
 * The browser's Back and Forward buttons as "Vorige" and "Volgende": every page shown gets its own
 * history entry, whose state names the page and its position. Pure decisions here; the session
 * hook (components/survey/useSurveySession.ts) applies them.
 */
export type THistoryEntry = { sv: string; n: number };

export function isHistoryEntry(value: unknown): value is THistoryEntry {
  const e = value as Partial<THistoryEntry> | null;
  return !!e && typeof e.sv === "string" && typeof e.n === "number" && Number.isInteger(e.n) && e.n >= 0;
}

export type THistoryMove =
  | { kind: "back"; page: string }
  | { kind: "forward" }
  /** Not allowed here (the first or the end page): the browser is put back on the current entry. */
  | { kind: "refuse"; direction: "back" | "forward" }
  | { kind: "none" };

/**
 * What moving to `entry` means for a respondent on `current` (history position `at`) whose path
 * is `pages`. Back goes to the entry's page when it is still an earlier page of the path (a
 * long-press on Back can skip several), else one page back; Forward saves the page on screen,
 * as "Volgende" does.
 */
export function historyMove(pages: readonly string[], current: string, at: number, entry: unknown, canGoBack: boolean): THistoryMove {
  if (!isHistoryEntry(entry) || entry.n === at) return { kind: "none" };
  if (entry.n > at) return current === pages.at(-1) ? { kind: "refuse", direction: "forward" } : { kind: "forward" };
  if (!canGoBack) return { kind: "refuse", direction: "back" };
  const i = pages.indexOf(current);
  const j = pages.indexOf(entry.sv);
  if (j >= 0 && j < i) return { kind: "back", page: entry.sv };
  return i > 0 ? { kind: "back", page: pages[i - 1] } : { kind: "refuse", direction: "back" };
}

/** The entries to lay when a page is opened mid-way (resume): one per earlier page, so Back steps through them. */
export function seedEntries(pages: readonly string[], current: string): THistoryEntry[] {
  const i = Math.max(0, pages.indexOf(current));
  return pages.slice(0, i + 1).map((sv, n) => ({ sv, n }));
}
