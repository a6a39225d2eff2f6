import { describe, expect, it } from "vitest";
import { ZSurveyConfig } from "@/lib/survey/config";

const base = { slug: "s", title: "S", versions: [{ file: "versions/1.json" }] };

describe("survey.json time zone", () => {
  it("defaults to Europe/Amsterdam and takes any IANA zone", () => {
    expect(ZSurveyConfig.parse(base).timeZone).toBe("Europe/Amsterdam");
    expect(ZSurveyConfig.parse({ ...base, timeZone: "America/New_York" }).timeZone).toBe("America/New_York");
  });
  it("refuses an unknown zone with a clear message", () => {
    const r = ZSurveyConfig.safeParse({ ...base, timeZone: "Europe/Amsterdamm" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ["timeZone"], message: "Onbekende tijdzone." });
  });
});
