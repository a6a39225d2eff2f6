import type { TTarget } from "./targets";
import { normalize, similarity } from "./text";

/**
 * One cell of a file → the value a live response would have stored. Pure and memoised per
 * column: a column repeats a handful of values over thousands of rows.
 */
function toCode(raw: string, t: Extract<TTarget, { kind: "single" }>, values: Record<string, string> | undefined) {
  const opts = t.choice.options;
  const mapped = values?.[raw];
  if (mapped !== undefined) return opts.some((o) => o.code === mapped) ? mapped : undefined;
  if (opts.some((o) => o.code === raw)) return raw;
  // Numeric answers are option positions, 1-based (SurveyMonkey's "numerical values", our export).
  if (/^\d+$/.test(raw)) return opts[Number(raw) - 1]?.code;
  const n = normalize(raw);
  return opts.find((o) => normalize(o.label) === n)?.code;
}

function toScale(raw: string, t: Extract<TTarget, { kind: "scale" }>): number | undefined {
  const { min, max, labels } = t.scale;
  if (/^-?\d+(\.0+)?$/.test(raw)) {
    const v = Number(raw);
    return v >= min && v <= max ? v : undefined;
  }
  const best = labels
    .map((l) => ({ value: l.value, s: similarity(raw, l.label) }))
    .sort((a, b) => b.s - a.s)[0];
  return best && best.s >= 0.85 ? best.value : undefined;
}

function toFlag(raw: string): number | undefined {
  // Our export writes 0/1; SurveyMonkey writes the option text when chosen.
  if (raw === "0") return undefined;
  return 1;
}

export type TCellValue = { num: number | null; text: string | null };
export const SKIP = Symbol("skip");
/** Per target and raw text: most columns repeat a handful of values over thousands of rows. */
const cellMemo = new WeakMap<object, Map<string, TCellValue | string | typeof SKIP>>();

/** A stored value, SKIP (not chosen), or an error message. */
export function convertCell(t: Exclude<TTarget, { kind: "meta" }>, valueMap: Record<string, string> | undefined, raw: string) {
  if (t.kind === "text") return { num: null, text: raw.slice(0, 1000) };
  const key = valueMap ?? t;
  let memo = cellMemo.get(key);
  if (!memo) cellMemo.set(key, (memo = new Map()));
  const memoKey = valueMap ? `${t.id}\u0001${raw}` : raw;
  let out = memo.get(memoKey);
  if (out !== undefined) return out;
  if (t.kind === "single") {
    const code = toCode(raw, t, valueMap);
    out = code === undefined ? `Geen antwoordoptie van “${t.choice.id}”: koppel deze waarde aan een optie.` : { num: null, text: code };
  } else if (t.kind === "scale") {
    const v = toScale(raw, t);
    out = v === undefined ? `Geen waarde op de schaal ${t.scale.min}–${t.scale.max}.` : { num: v, text: null };
  } else {
    const v = toFlag(raw);
    out = v === undefined ? SKIP : { num: v, text: null };
  }
  memo.set(memoKey, out);
  return out;
}
