import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { entriesHash, pickWinners, ZRaffleDrawForm } from "@/lib/responses/raffle-pick";

const emails = ["a@example.org", "b@example.org", "c@example.org", "d@example.org", "e@example.org"];
/** The documented rule, written out here independently of the module. */
const byRule = (list: string[], seed: string, n: number) =>
  [...list].sort((x, y) => {
    const sx = createHash("sha256").update(`${seed}\n${x}`).digest("hex");
    const sy = createHash("sha256").update(`${seed}\n${y}`).digest("hex");
    return sx < sy ? -1 : 1;
  }).slice(0, n);

describe("the raffle draw", () => {
  it("follows the documented rule and is the same for the same seed, whatever the stored order", () => {
    expect(pickWinners(emails, "open dag 2026", 2)).toEqual(byRule(emails, "open dag 2026", 2));
    expect(pickWinners([...emails].reverse(), "open dag 2026", 2)).toEqual(pickWinners(emails, "open dag 2026", 2));
    expect(pickWinners(emails, "een andere seed", 5)).toHaveLength(5);
  });
  it("never picks an address twice, and gives everyone when there are fewer entries than winners", () => {
    expect(pickWinners([...emails, "a@example.org"], "s", 10).sort()).toEqual(emails);
  });
  it("fingerprints the list regardless of order", () => {
    expect(entriesHash(emails)).toBe(entriesHash([...emails].reverse()));
    expect(entriesHash(emails)).toBe(createHash("sha256").update(emails.join("\n")).digest("hex"));
  });
  it("the form: 1 to 1,000 winners, an optional seed", () => {
    expect(ZRaffleDrawForm.parse({ winners: "3" })).toEqual({ winners: 3, seed: "" });
    expect(ZRaffleDrawForm.safeParse({ winners: "0" }).error?.issues[0].message).toBe("Minstens 1 winnaar.");
    expect(ZRaffleDrawForm.safeParse({ winners: "2", seed: "x".repeat(101) }).error?.issues[0].message).toBe("Seed: hoogstens 100 tekens.");
  });
});
