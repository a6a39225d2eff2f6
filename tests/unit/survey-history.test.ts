import { describe, expect, it } from "vitest";
import { historyMove, isHistoryEntry, seedEntries } from "@/lib/survey/client/history";

const pages = ["welcome", "bg", "choice", "p1_activity", "p1_factors", "end"];

describe("the browser's Back and Forward as Vorige and Volgende", () => {
  it("Back goes to the entry's page, or one page back when that page left the path", () => {
    expect(historyMove(pages, "p1_factors", 4, { sv: "p1_activity", n: 3 }, true)).toEqual({ kind: "back", page: "p1_activity" });
    // A long-press on Back skips several entries.
    expect(historyMove(pages, "p1_factors", 4, { sv: "bg", n: 1 }, true)).toEqual({ kind: "back", page: "bg" });
    // The entry names a page of another flow (the part was changed since).
    expect(historyMove(pages, "p1_factors", 4, { sv: "p2_activity", n: 3 }, true)).toEqual({ kind: "back", page: "p1_activity" });
  });

  it("Forward saves the page on screen; none past the end page", () => {
    expect(historyMove(pages, "bg", 1, { sv: "choice", n: 2 }, true)).toEqual({ kind: "forward" });
    expect(historyMove(pages, "end", 5, { sv: "x", n: 6 }, false)).toEqual({ kind: "refuse", direction: "forward" });
  });

  it("no Back from the end page; entries that are not the questionnaire's are no move", () => {
    expect(historyMove(pages, "end", 5, { sv: "p1_factors", n: 4 }, false)).toEqual({ kind: "refuse", direction: "back" });
    expect(historyMove(pages, "bg", 1, null, true)).toEqual({ kind: "none" });
    expect(historyMove(pages, "bg", 1, { sv: "bg", n: 1 }, true)).toEqual({ kind: "none" });
    expect(isHistoryEntry({ sv: "bg", n: -1 })).toBe(false);
    expect(isHistoryEntry({ sv: 3, n: 1 })).toBe(false);
  });

  it("a resumed page gets an entry per earlier page", () => {
    expect(seedEntries(pages, "choice")).toEqual([{ sv: "welcome", n: 0 }, { sv: "bg", n: 1 }, { sv: "choice", n: 2 }]);
    expect(seedEntries(pages, "welcome")).toEqual([{ sv: "welcome", n: 0 }]);
    expect(seedEntries(pages, "elders")).toEqual([{ sv: "welcome", n: 0 }]);
  });
});
