import { createHash } from "node:crypto";

/**
 * Deterministic shuffle seeded by a string (the response ID and part): the same respondent always
 * sees the same order, on reload, on back navigation and on another device, and a retried create
 * computes the same order.
 */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  let state = createHash("sha256").update(seed).digest().readUInt32LE(0) || 1;
  const next = () => {
    // xorshift32
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x100000000;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
