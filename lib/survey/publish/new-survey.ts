import { z } from "zod";
import { ZText } from "../version/primitives";

/** Where a new survey starts: empty, a copy of an existing survey's version, or an uploaded file. */
export const ZNewSurveyForm = z.strictObject({
  title: ZText.pipe(z.string().max(200, "Titel: hoogstens 200 tekens.")),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(3, "Adres: minstens 3 tekens.")
    .max(100, "Adres: hoogstens 100 tekens.")
    .regex(/^[a-z0-9][a-z0-9-]*$/, "Adres: alleen kleine letters, cijfers en - (bijvoorbeeld stage-2027)."),
  wave: z.string().trim().min(1, "Vul een meting in, bijvoorbeeld het jaar.").max(20, "Meting: hoogstens 20 tekens."),
  start: z.enum(["blank", "copy", "file"], { error: "Kies waarmee je begint." }),
  /** For "copy": the survey to copy (its newest live version). */
  from: z.string().optional(),
});
export type TNewSurveyForm = z.infer<typeof ZNewSurveyForm>;
