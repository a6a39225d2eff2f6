import { describe, expect, it } from "vitest";
import { pickEntry } from "@/lib/survey/service";

/** Which open version a new respondent on the survey link gets. */
const at = (iso: string) => Date.parse(iso);
const entries = [
  { id: "keuze", version: 1, activeFrom: at("2023-02-16T00:00:00+01:00") },
  { id: "beide", version: 2, activeFrom: at("2023-01-19T00:00:00+01:00") },
];

describe("ways in", () => {
  it("serves the open version whose start passed last", () => {
    expect(pickEntry(entries, at("2023-02-01T12:00:00Z"))?.id).toBe("beide");
    expect(pickEntry(entries, at("2023-03-01T12:00:00Z"))?.id).toBe("keuze");
  });

  it("none before the first start; a version without a date is always open, and loses to any that started", () => {
    expect(pickEntry(entries, at("2023-01-01T00:00:00Z"))).toBeUndefined();
    const always = { id: "altijd", version: 3, activeFrom: null };
    expect(pickEntry([always], at("2000-01-01T00:00:00Z"))?.id).toBe("altijd");
    expect(pickEntry([...entries, always], at("2023-03-01T12:00:00Z"))?.id).toBe("keuze");
  });

  it("enters an asked-for version only while it is open", () => {
    expect(pickEntry(entries, at("2023-03-01T12:00:00Z"), 2)?.id).toBe("beide");
    expect(pickEntry(entries, at("2023-03-01T12:00:00Z"), 7)).toBeUndefined();
  });
});
