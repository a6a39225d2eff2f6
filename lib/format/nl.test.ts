import { describe, expect, it } from "vitest";
import { formatCount, formatDate, formatDateTime, formatDay, formatMean, formatNumber, formatPct } from "./nl";

describe("Dutch formatting", () => {
  it("uses a decimal comma and a thousands dot", () => {
    expect(formatMean(1.75)).toBe("1,75");
    expect(formatMean(2)).toBe("2,00");
    expect(formatCount(12345)).toBe("12.345");
    expect(formatPct(18.666)).toBe("18,7%");
    expect(formatNumber(3.14159, { maxDigits: 1 })).toBe("3,1");
    expect(formatNumber(null)).toBe("–");
    expect(formatPct(Number.NaN)).toBe("–");
  });
  it("shows dates in Europe/Amsterdam, not UTC", () => {
    // 23:30 UTC on 30 Nov is 00:30 on 1 Dec in Amsterdam (CET, UTC+1).
    expect(formatDate(new Date("2026-11-30T23:30:00Z"))).toBe("1 dec 2026");
    expect(formatDateTime("2026-06-30T22:15:00Z")).toBe("1 jul 2026, 00:15");
    expect(formatDay("2023-03-07")).toBe("7 mrt 2023");
  });
});
