import { describe, expect, it } from "vitest";
import { isTestToken, testLinkPath, testParam } from "@/lib/survey/test-link";
import { ZDeleteTestsForm } from "@/lib/responses/review";
import { ZSaveRequest } from "@/lib/responses/schema";

const TOKEN = "Qm9vZ2llV29vZ2llMTIzNDU2Nzg5MA-_";

describe("the test link", () => {
  it("takes ?test= only as one url-safe token; anything else names no token", () => {
    expect(testParam(TOKEN)).toBe(TOKEN);
    expect([testParam(undefined), testParam(null), testParam(""), testParam("kort"), testParam([TOKEN, TOKEN])]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(testParam(`${TOKEN}<script>`)).toBeUndefined();
    expect(testParam("a".repeat(101))).toBeUndefined();
  });

  it("matches only the survey's own token", () => {
    expect(isTestToken(TOKEN, TOKEN)).toBe(true);
    expect(isTestToken(TOKEN, `${TOKEN.slice(0, -1)}x`)).toBe(false);
    expect(isTestToken(TOKEN, TOKEN.slice(1))).toBe(false);
    expect(isTestToken(TOKEN, undefined)).toBe(false);
    expect(isTestToken(undefined, TOKEN)).toBe(false);
    expect(isTestToken("", "")).toBe(false);
  });

  it("is the survey link with the token", () => {
    expect(testLinkPath("mijn-survey", TOKEN)).toBe(`/s/mijn-survey?test=${TOKEN}`);
  });

  it("is carried by the first save, and deleting all test responses needs a tick", () => {
    const save = { secret: "s".repeat(32), seq: 1, page: "welcome", durationMs: 10, values: {} };
    expect(ZSaveRequest.parse({ ...save, test: TOKEN }).test).toBe(TOKEN);
    expect(ZSaveRequest.safeParse({ ...save, test: "x".repeat(101) }).success).toBe(false);
    expect(ZDeleteTestsForm.safeParse({ confirm: "on" }).success).toBe(true);
    expect(ZDeleteTestsForm.safeParse({}).error?.issues[0].message).toBe("Bevestig dat alle testantwoorden definitief worden verwijderd.");
  });
});
