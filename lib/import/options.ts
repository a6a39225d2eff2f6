import { z } from "zod";
import { DEFAULT_TIME_ZONE, ZTimeZone } from "@/lib/format/time-zone";
import { ZFlowMode } from "@/lib/survey/version/schema";

/** What the researcher sets besides the mapping. One schema for the form and the server. */
export const ZImportOptions = z.strictObject({
  wave: z
    .string()
    .trim()
    .regex(/^[\w-]{1,20}$/, "Geef de wave een naam van 1 tot 20 letters, cijfers, - of _ (bijvoorbeeld 2020)."),
  flowMode: ZFlowMode.default("choice"),
  timeZone: ZTimeZone.default(DEFAULT_TIME_ZONE),
});
export type TImportOptions = z.infer<typeof ZImportOptions>;
