import { z } from "zod";
import { ZFlowMode } from "@/lib/survey/version/schema";
import { DEFAULT_TIME_ZONE } from "./dates";

/** What the researcher sets besides the mapping. One schema for the form and the server. */
export const ZImportOptions = z.strictObject({
  wave: z
    .string()
    .trim()
    .regex(/^[\w-]{1,20}$/, "Geef de wave een naam van 1 tot 20 letters, cijfers, - of _ (bijvoorbeeld 2020)."),
  flowMode: ZFlowMode.default("choice"),
  timeZone: z
    .string()
    .default(DEFAULT_TIME_ZONE)
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat("en-US", { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, "Onbekende tijdzone."),
});
export type TImportOptions = z.infer<typeof ZImportOptions>;
