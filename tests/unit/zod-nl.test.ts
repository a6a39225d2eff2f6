import { describe, expect, it } from "vitest";
import "@/lib/zod-nl";
import { ZSaveRequest } from "@/lib/responses/schema";

const valid = { secret: "a".repeat(32), seq: 1, page: "welcome", durationMs: 10, values: {} };
const messages = (input: unknown) => ZSaveRequest.safeParse(input).error?.issues.map((i) => i.message) ?? [];

describe("zod's own messages are Dutch", () => {
  it("names an unknown field", () => {
    expect(messages({ ...valid, extra: 1 })).toEqual(['Onbekend veld: "extra".']);
    expect(messages({ ...valid, a: 1, b: 2 })).toEqual(['Onbekende velden: "a", "b".']);
  });

  it("has no English default left for sizes and types", () => {
    const all = [...messages({ ...valid, page: "x".repeat(41) }), ...messages({ ...valid, seq: "1" }), ...messages({ ...valid, durationMs: -1 })];
    expect(all).toHaveLength(3);
    for (const m of all) expect(m).not.toMatch(/Too|Invalid|expected|Unrecognized/);
  });
});
