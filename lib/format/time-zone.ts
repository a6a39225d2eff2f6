import { z } from "zod";
import { DEFAULT_TIME_ZONE } from "./nl";

/** An IANA time zone name the runtime knows (e.g. Europe/Amsterdam). Safe for client forms. */
export const ZTimeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, "Onbekende tijdzone.");

export { DEFAULT_TIME_ZONE };
