import { describe, expect, it } from "vitest";
import { closedMessage, fieldworkLabel, fieldworkState, toDateTimeLocal, ZFieldworkForm, type TFieldworkSettings } from "@/lib/survey/fieldwork";

const at = (iso: string) => new Date(iso);
const auto = (s: Partial<TFieldworkSettings> = {}): TFieldworkSettings => ({ mode: "auto", opensAt: null, closesAt: null, responseLimit: null, ...s });
const NOW = at("2026-03-10T12:00:00Z");

describe("fieldwork state", () => {
  it("is open without settings, and until the closing moment", () => {
    expect(fieldworkState(auto(), 0, NOW)).toMatchObject({ isOpen: true, reason: "open" });
    expect(fieldworkState(auto({ closesAt: at("2026-03-10T12:00:01Z") }), 0, NOW)).toMatchObject({ isOpen: true });
    expect(fieldworkState(auto({ closesAt: NOW }), 0, NOW)).toMatchObject({ isOpen: false, reason: "closed-by-date" });
  });
  it("is not yet open before the opening moment, and open from it", () => {
    expect(fieldworkState(auto({ opensAt: at("2026-03-10T12:00:01Z") }), 0, NOW)).toMatchObject({ isOpen: false, reason: "not-yet-open" });
    expect(fieldworkState(auto({ opensAt: NOW }), 0, NOW)).toMatchObject({ isOpen: true });
  });
  it("closes when the limit of started responses is reached", () => {
    expect(fieldworkState(auto({ responseLimit: 3 }), 2, NOW)).toMatchObject({ isOpen: true });
    expect(fieldworkState(auto({ responseLimit: 3 }), 3, NOW)).toMatchObject({ isOpen: false, reason: "full", limit: 3 });
  });
  it("by hand overrides dates and limit", () => {
    const past = auto({ closesAt: at("2026-01-01T00:00:00Z"), responseLimit: 1 });
    expect(fieldworkState({ ...past, mode: "open" }, 5, NOW)).toMatchObject({ isOpen: true, reason: "open-by-hand" });
    expect(fieldworkState({ ...auto(), mode: "closed" }, 0, NOW)).toMatchObject({ isOpen: false, reason: "closed-by-hand" });
  });
  it("says in Dutch what a new respondent and a researcher read, in the survey's zone", () => {
    const notYet = fieldworkState(auto({ opensAt: at("2026-03-11T08:00:00Z") }), 0, NOW);
    expect(closedMessage(notYet, "Europe/Amsterdam")).toMatch(/nog niet geopend\. Je kunt meedoen vanaf 11 mrt 2026, 09:00\./);
    expect(closedMessage(fieldworkState(auto(), 0, NOW))).toBeUndefined();
    expect(fieldworkLabel(fieldworkState(auto({ responseLimit: 2 }), 2, NOW))).toBe("Gesloten: limiet van 2 deelnemers bereikt");
    expect(fieldworkLabel(fieldworkState(auto({ responseLimit: 2 }), 2, NOW), undefined, "en")).toBe("Closed: limit of 2 participants reached");
  });
});

describe("the fieldwork form", () => {
  it("takes datetime-local values, an empty or positive whole limit", () => {
    expect(ZFieldworkForm.parse({ mode: "auto", opensAt: "2026-03-01T09:00", responseLimit: "150" })).toEqual({
      mode: "auto", opensAt: "2026-03-01T09:00", closesAt: "", responseLimit: 150,
    });
  });
  it("refuses bad input with a message at the field", () => {
    const issues = (v: object) => ZFieldworkForm.safeParse(v).error?.issues.map((i) => [i.path[0], i.message]);
    expect(issues({ mode: "dicht" })).toEqual([["mode", "Kies automatisch, open of gesloten."]]);
    expect(issues({ mode: "auto", responseLimit: "0" })).toEqual([["responseLimit", "Limiet: minstens 1."]]);
    expect(issues({ mode: "auto", responseLimit: "tien" })).toEqual([["responseLimit", "Limiet: een heel getal."]]);
    expect(issues({ mode: "auto", opensAt: "morgen" })).toEqual([["opensAt", "Openen: een datum en tijd."]]);
    expect(issues({ mode: "auto", opensAt: "2026-03-02T09:00", closesAt: "2026-03-01T09:00" })).toEqual([["closesAt", "Sluiten moet na openen liggen."]]);
  });
  it("shows a stored moment as the survey zone's wall clock (winter and summer time)", () => {
    expect(toDateTimeLocal(at("2026-03-01T08:00:00Z"), "Europe/Amsterdam")).toBe("2026-03-01T09:00");
    expect(toDateTimeLocal(at("2026-07-01T07:30:00Z"), "Europe/Amsterdam")).toBe("2026-07-01T09:30");
    expect(toDateTimeLocal(null, "Europe/Amsterdam")).toBe("");
  });
});
