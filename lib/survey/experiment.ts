import { createHash } from "node:crypto";
import { z } from "zod";

/**
 * Flow experiments: new respondents are assigned at random to arms (open versions of the survey,
 * e.g. both parts in a row against a choice of part), by the researcher's weights and balanced.
 *
 * The rule is a permuted block design. Weights are reduced by their greatest common divisor
 * (50/50 → 1:1, 70/30 → 7:3) and a block holds every arm `weight × m` times, m the smallest
 * multiple that makes the block at least MIN_BLOCK long (1:1 → blocks of 10, five of each). Each
 * block's order is a Fisher–Yates shuffle driven by sha256(seed, block): the n-th respondent
 * (n from 0, numbered by one counter per experiment, taken atomically in SQL) gets place n mod B
 * of block ⌊n / B⌋. So after every complete block each arm has exactly its share; in between an
 * arm is at most one block's share ahead or behind; the next arm cannot be predicted without the
 * secret seed, and the whole sequence can be recomputed from it.
 */
export const MIN_BLOCK = 10;
export const MAX_ARMS = 6;

export const ZExperimentArm = z.strictObject({
  versionId: z.uuid("Onbekende versie."),
  weight: z.coerce
    .number({ error: "Gewicht: een heel getal van 1 tot 100." })
    .int("Gewicht: een heel getal van 1 tot 100.")
    .min(1, "Gewicht: een heel getal van 1 tot 100.")
    .max(100, "Gewicht: een heel getal van 1 tot 100."),
});

export const ZExperimentForm = z.strictObject({
  arms: z
    .array(ZExperimentArm)
    .min(2, "Kies minstens twee versies om te vergelijken.")
    .max(MAX_ARMS, `Hoogstens ${MAX_ARMS} armen.`)
    .refine((arms) => new Set(arms.map((a) => a.versionId)).size === arms.length, "Elke versie kan maar één arm zijn."),
});
export type TExperimentForm = z.infer<typeof ZExperimentForm>;

/** The form's fields: a checkbox `arm:<versionId>` and a weight `weight:<versionId>` per open version. */
export function experimentFormInput(entries: Iterable<[string, unknown]>): { arms: { versionId: string; weight: unknown }[] } {
  const all = [...entries];
  const weight = (id: string) => all.find(([k]) => k === `weight:${id}`)?.[1] ?? "";
  const arms = all.filter(([k]) => k.startsWith("arm:")).map(([k]) => ({ versionId: k.slice(4), weight: weight(k.slice(4)) }));
  return { arms };
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Weights divided by their greatest common divisor. */
export function reduceWeights(weights: number[]): number[] {
  const d = weights.reduce(gcd);
  return weights.map((w) => w / d);
}

/** The block length for these weights: the reduced weights' sum times the smallest m that reaches MIN_BLOCK. */
export function blockSizeFor(weights: number[]): number {
  const total = reduceWeights(weights).reduce((a, w) => a + w, 0);
  return total * Math.ceil(MIN_BLOCK / total);
}

/** Uniform integers below `n` from sha256(seed, block, counter): 48 bits each, bias below 1e-12. */
function* uniforms(seed: string, block: number): Generator<number, never, number> {
  let n = yield 0;
  for (let counter = 0; ; counter++) {
    const hash = createHash("sha256").update(`${seed}:${block}:${counter}`).digest();
    for (let i = 0; i + 6 <= hash.length; i += 6) n = yield Math.floor((hash.readUIntBE(i, 6) / 2 ** 48) * n);
  }
}

/** The arms (by position) in the order block `block` assigns them. */
export function blockOrder(seed: string, block: number, weights: number[]): number[] {
  const size = blockSizeFor(weights);
  const reduced = reduceWeights(weights);
  const m = size / reduced.reduce((a, w) => a + w, 0);
  const order = reduced.flatMap((w, arm) => Array<number>(w * m).fill(arm));
  const rnd = uniforms(seed, block);
  rnd.next();
  for (let i = order.length - 1; i > 0; i--) {
    const j = rnd.next(i + 1).value;
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** The arm (position) of the n-th assignment (n from 0). */
export function armAt(seed: string, weights: number[], n: number): number {
  const size = blockSizeFor(weights);
  return blockOrder(seed, Math.floor(n / size), weights)[n % size];
}

/** The shares the weights ask for (sum 1). */
export function targetShares(weights: number[]): number[] {
  const total = weights.reduce((a, w) => a + w, 0);
  return weights.map((w) => w / total);
}

/** "70 / 30": the weights as percentages of their sum, rounded. */
export function weightLabel(weights: number[]): string {
  return targetShares(weights).map((s) => `${Math.round(s * 100)}%`).join(" / ");
}
