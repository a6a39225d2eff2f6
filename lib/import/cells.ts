import type { TAnswerTarget } from "./targets";
import { normalize, similarity } from "./text";

/**
 * One cell of a file → the value a live response would have stored. Pure and memoised per
 * column: a column repeats a handful of values over thousands of rows.
 */
function toCode(raw: string, t: TAnswerTarget, values: Record<string, string> | undefined) {
  const opts = t.options ?? [];
  const mapped = values?.[raw];
  if (mapped !== undefined) return opts.some((o) => o.code === mapped) ? mapped : undefined;
  if (opts.some((o) => o.code === raw)) return raw;
  // Numeric answers are option positions, 1-based (SurveyMonkey's "numerical values", our export).
  if (/^\d+$/.test(raw)) return opts[Number(raw) - 1]?.code;
  const n = normalize(raw);
  return opts.find((o) => normalize(o.label) === n)?.code;
}

function toScale(raw: string, t: TAnswerTarget): number | undefined {
  const { min, max, labels } = t.scale!;
  if (/^-?\d+(\.0+)?$/.test(raw)) {
    const v = Number(raw);
    return v >= min && v <= max ? v : undefined;
  }
  const best = labels
    .map((l) => ({ value: l.value, s: similarity(raw, l.label) }))
    .sort((a, b) => b.s - a.s)[0];
  return best && best.s >= 0.85 ? best.value : undefined;
}

export type TCellValue = number | string;
export const SKIP = Symbol("skip");
/** Per target and raw text: most columns repeat a handful of values over thousands of rows. */
type TConverted = { value: TCellValue | typeof SKIP } | { error: string };
const cellMemo = new WeakMap<object, Map<string, TConverted>>();

function convert(t: TAnswerTarget, valueMap: Record<string, string> | undefined, raw: string): TConverted {
  if (t.value === "code") {
    const code = toCode(raw, t, valueMap);
    return code === undefined ? { error: `Geen antwoordoptie van “${t.variable}”: koppel deze waarde aan een optie.` } : { value: code };
  }
  if (t.value === "scale") {
    const v = toScale(raw, t);
    return v === undefined ? { error: `Geen waarde op de schaal ${t.scale!.min}–${t.scale!.max}.` } : { value: v };
  }
  if (t.value === "number") return /^-?\d+(\.0+)?$/.test(raw) ? { value: Number(raw) } : { error: "Geen heel getal." };
  // Our export writes 0/1; SurveyMonkey writes the option text when chosen.
  return { value: raw === "0" ? SKIP : 1 };
}

/** A value to store, SKIP (not chosen), or an error message. */
export function convertCell(t: TAnswerTarget, valueMap: Record<string, string> | undefined, raw: string): TConverted {
  if (t.value === "text") return { value: raw.slice(0, 1000) };
  const key = valueMap ?? t;
  let memo = cellMemo.get(key);
  if (!memo) cellMemo.set(key, (memo = new Map()));
  const memoKey = valueMap ? `${t.id}\u0001${raw}` : raw;
  let out = memo.get(memoKey);
  if (!out) {
    out = convert(t, valueMap, raw);
    memo.set(memoKey, out);
  }
  return out;
}
