/**
 * Text matching for the suggested mapping: exported question texts rarely match the definition
 * byte for byte (other wave, edited wording, SurveyMonkey's own labels), so columns are matched
 * on normalised text with a similarity score.
 */
export function normalize(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

// Suggesting a mapping compares every column with every target: memoise per text.
const cache = new Map<string, { norm: string; grams: Map<string, number>; size: number }>();

function prepared(text: string) {
  let hit = cache.get(text);
  if (!hit) {
    const norm = normalize(text);
    const grams = bigrams(norm);
    let size = 0;
    for (const n of grams.values()) size += n;
    hit = { norm, grams, size };
    if (cache.size > 20_000) cache.clear();
    cache.set(text, hit);
  }
  return hit;
}

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  const t = ` ${s} `;
  for (let i = 0; i < t.length - 1; i++) {
    const g = t.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Sørensen–Dice over character bigrams of the normalised texts: 1 = same text, 0 = nothing shared. */
const pairs = new Map<string, number>();

export function similarity(a: string, b: string): number {
  const key = `${a}\u0001${b}`;
  let hit = pairs.get(key);
  if (hit === undefined) {
    hit = dice(a, b);
    if (pairs.size > 100_000) pairs.clear();
    pairs.set(key, hit);
  }
  return hit;
}

function dice(a: string, b: string): number {
  const x = prepared(a);
  const y = prepared(b);
  if (!x.norm || !y.norm) return 0;
  if (x.norm === y.norm) return 1;
  let shared = 0;
  for (const [g, n] of x.grams) shared += Math.min(n, y.grams.get(g) ?? 0);
  return (2 * shared) / (x.size + y.size);
}

const words = (text: string) => normalize(text).split(" ").filter(Boolean);

/**
 * An older, shorter wording of a text: every word of it appears in the longer text, in order
 * ("Stage" for "Stage in het buitenland", "Meertalig onderwijs" for "Meertalig/tweetalig
 * onderwijs"). 0 when not; otherwise 0.75 up to 1 as the short text covers more of the long one.
 */
export function shortFormFit(short: string, long: string): number {
  const s = words(short);
  const l = words(long);
  if (s.join("").length < 5 || s.length >= l.length) return 0;
  let at = 0;
  for (const w of s) {
    at = l.indexOf(w, at);
    if (at < 0) return 0;
    at++;
  }
  return 0.75 + 0.25 * (s.length / l.length);
}

/** How well a file's text fits a definition's text: the better of similarity and short form. */
export const textFit = (fileText: string, defText: string) =>
  Math.max(similarity(fileText, defText), shortFormFit(fileText, defText));
