/**
 * Dutch number and date formatting for everything researchers read (dashboard, codebook,
 * titles): decimal comma, thousands with a dot, dates and times in the survey's time zone.
 * One place, so a page never mixes "1.75" and "1,75". Formatters are cached per option set.
 */
export const DEFAULT_TIME_ZONE = "Europe/Amsterdam";
const LOCALE = "nl-NL";

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(min: number, max: number): Intl.NumberFormat {
  const key = `${min}:${max}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: min, maximumFractionDigits: max });
    numberFormats.set(key, f);
  }
  return f;
}

/** "–" for a missing value. */
export const MISSING = "–";

/** 1234.5 → "1.234,5"; `digits` fixes the decimals, `maxDigits` only caps them. */
export function formatNumber(v: number | null | undefined, opts: { digits?: number; maxDigits?: number } = {}): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return MISSING;
  const max = opts.digits ?? opts.maxDigits ?? 2;
  return numberFormat(opts.digits ?? 0, max).format(v);
}

/** A count: 1234 → "1.234". */
export const formatCount = (v: number | null | undefined) => formatNumber(v, { digits: 0 });

/** A mean or other score: fixed decimals (default 2): 1.75 → "1,75". */
export const formatMean = (v: number | null | undefined, digits = 2) => formatNumber(v, { digits });

/** A percentage given as 0–100: 18.666 → "18,7%". */
export function formatPct(v: number | null | undefined, digits = 1): string {
  const s = formatNumber(v, { digits });
  return s === MISSING ? s : `${s}%`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(kind: "date" | "dateTime" | "time", timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}:${timeZone}`;
  let f = dateFormats.get(key);
  if (!f) {
    const opts: Intl.DateTimeFormatOptions =
      kind === "date"
        ? { day: "numeric", month: "short", year: "numeric" }
        : kind === "time"
          ? { hour: "2-digit", minute: "2-digit", second: "2-digit" }
          : { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" };
    f = new Intl.DateTimeFormat(LOCALE, { ...opts, timeZone });
    dateFormats.set(key, f);
  }
  return f;
}

const toDate = (v: Date | string | number) => (v instanceof Date ? v : new Date(v));

/** "30 nov 2026" in the given zone (default Europe/Amsterdam). */
export function formatDate(v: Date | string | number | null | undefined, timeZone = DEFAULT_TIME_ZONE): string {
  if (v === null || v === undefined) return MISSING;
  const d = toDate(v);
  return Number.isNaN(d.getTime()) ? MISSING : dateFormat("date", timeZone).format(d);
}

/** "30 nov 2026 21:05" in the given zone. */
export function formatDateTime(v: Date | string | number | null | undefined, timeZone = DEFAULT_TIME_ZONE): string {
  if (v === null || v === undefined) return MISSING;
  const d = toDate(v);
  return Number.isNaN(d.getTime()) ? MISSING : dateFormat("dateTime", timeZone).format(d);
}

/** "21:05:09" in the given zone. */
export function formatTime(v: Date | string | number, timeZone = DEFAULT_TIME_ZONE): string {
  return dateFormat("time", timeZone).format(toDate(v));
}

/**
 * A calendar day stored as "YYYY-MM-DD" (already in the survey's zone, e.g. grouped by
 * PostgreSQL) → "30 nov 2026", without shifting it through a time zone.
 */
export function formatDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  return dateFormat("date", "UTC").format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}
