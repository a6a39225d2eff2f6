import { createHash } from "node:crypto";
import { z } from "zod";

/**
 * The raffle draw, reproducible by anyone who has the entries and the seed: every address gets
 * the score sha256(seed + "\n" + address) (hex), and the `count` lowest scores win. The order in
 * which entries are stored plays no part (entries are kept in random order on purpose:
 * lib/responses/raffle.ts). Pure, so the rule is tested as it is documented.
 */
export function pickWinners(emails: readonly string[], seed: string, count: number): string[] {
  const score = (email: string) => createHash("sha256").update(`${seed}\n${email}`).digest("hex");
  return [...new Set(emails)]
    .map((email) => ({ email, score: score(email) }))
    .sort((a, b) => (a.score < b.score ? -1 : a.score > b.score ? 1 : 0))
    .slice(0, count)
    .map((w) => w.email);
}

/** A fingerprint of the entries drawn from (sorted, one per line): shows later which list was used without keeping it. */
export function entriesHash(emails: readonly string[]): string {
  return createHash("sha256").update([...new Set(emails)].sort().join("\n")).digest("hex");
}

/** The draw form: how many winners, and optionally a seed chosen in advance (else one is generated). */
export const ZRaffleDrawForm = z.strictObject({
  winners: z.coerce.number({ error: "Aantal winnaars: een heel getal." }).int("Aantal winnaars: een heel getal.").min(1, "Minstens 1 winnaar.").max(1000, "Hoogstens 1.000 winnaars."),
  seed: z.string().trim().max(100, "Seed: hoogstens 100 tekens.").default(""),
});
export type TRaffleDrawForm = z.infer<typeof ZRaffleDrawForm>;
