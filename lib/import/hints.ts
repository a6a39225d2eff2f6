import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { surveyConfigs } from "@/lib/survey/config";
import { ZId } from "@/lib/survey/version/primitives";

/**
 * What a survey tells the importer about files of its earlier waves, in
 * surveys/<folder>/import.json (optional): the words older waves used where the definition pipes
 * in an earlier answer, so header texts still match.
 */
export const ZImportHints = z.strictObject({
  /** Text matched in place of `{{variable}}`: how older waves worded the piped answer. */
  pipes: z.record(ZId, z.string().max(200)).default({}),
});
export type TImportHints = z.infer<typeof ZImportHints>;

const cache = new Map<string, TImportHints>();

export function importHints(slug: string): TImportHints {
  const hit = cache.get(slug);
  if (hit) return hit;
  const survey = surveyConfigs().find(({ config }) => config.slug === slug || config.aliases.some((a) => a.slug === slug));
  const file = survey && path.join(/* turbopackIgnore: true */ survey.folder, "import.json");
  let hints: TImportHints = { pipes: {} };
  if (file && existsSync(file)) {
    const parsed = ZImportHints.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    hints = parsed.data;
  }
  cache.set(slug, hints);
  return hints;
}
