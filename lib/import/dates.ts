/**
 * Timestamps in exports. SurveyMonkey writes the account's local wall-clock time as
 * "MM/DD/YYYY hh:mm:ss AM" (US order, also in Dutch accounts); Excel re-saves may give
 * "DD-MM-YYYY HH:MM" or "YYYY-MM-DD HH:MM:SS"; our own export writes ISO 8601 with an offset.
 * Wall-clock times are read in `timeZone` (default Europe/Amsterdam).
 */
import { DEFAULT_TIME_ZONE } from "@/lib/format/nl";

export { DEFAULT_TIME_ZONE };

const formatters = new Map<string, Intl.DateTimeFormat>();

function offsetMs(utcMs: number, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", second: "2-digit",
    });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

export function zonedToUtc(parts: [number, number, number, number, number, number], timeZone: string): Date {
  const [y, mo, d, h, mi, s] = parts;
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const first = offsetMs(wall, timeZone);
  const second = offsetMs(wall - first, timeZone);
  return new Date(wall - second);
}

function valid(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
}

/** Parses a timestamp; undefined when the text is not one of the formats above. */
export function parseTimestamp(text: string, timeZone = DEFAULT_TIME_ZONE): Date | undefined {
  const v = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(v)) {
    const t = new Date(v);
    return Number.isNaN(t.getTime()) ? undefined : t;
  }
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/.exec(v);
  let p: number[] | undefined;
  if (m) {
    let h = Number(m[4] ?? 0);
    const ampm = m[7]?.toUpperCase();
    if (ampm && (h < 1 || h > 12)) return undefined;
    if (ampm === "PM" && h < 12) h += 12;
    if (ampm === "AM" && h === 12) h = 0;
    p = [Number(m[3]), Number(m[1]), Number(m[2]), h, Number(m[5] ?? 0), Number(m[6] ?? 0)];
  } else if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(v))) {
    p = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  } else if ((m = /^(\d{1,2})-(\d{1,2})-(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(v))) {
    p = [Number(m[3]), Number(m[2]), Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  }
  if (!p || !valid(p[0], p[1], p[2], p[3], p[4], p[5])) return undefined;
  return zonedToUtc(p as [number, number, number, number, number, number], timeZone);
}
