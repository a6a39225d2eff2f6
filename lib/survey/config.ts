import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DEFAULT_TIME_ZONE, ZTimeZone } from "@/lib/format/time-zone";
import { readVersionFile } from "./version/files";
import { ZId, ZText } from "./version/primitives";
import type { TVersionDef } from "./version/schema";

/**
 * What a survey declares beside its versions, in surveys/<folder>/survey.json: the dimensions
 * results are filtered and grouped by (a single-choice variable as it is, or recoded), and where
 * its report definition is. Applies to every version of the survey, imported ones included, by
 * variable name.
 */
export const ZDimension = z.union([
  z.strictObject({ id: ZId, label: ZText, var: ZId }),
  z.strictObject({
    id: ZId,
    label: ZText,
    recode: z.strictObject({
      var: ZId,
      groups: z.array(z.strictObject({ code: ZId, label: ZText, from: z.array(ZId).min(1) })).min(1),
    }),
  }),
]);
export type TDimension = z.infer<typeof ZDimension>;

/**
 * A way in: a version file, active or not. New respondents on the survey's link get the active
 * version with the latest `activeFrom` that has passed; `?versie=<n>` enters another active one.
 */
export const ZVersionEntry = z.strictObject({
  file: z.string().regex(/^[\w./-]+\.json$/),
  isActive: z.boolean().default(true),
  activeFrom: z.iso.datetime({ offset: true }).optional(),
});

export const ZSurveyConfig = z.strictObject({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: ZText,
  versions: z.array(ZVersionEntry).min(1),
  /**
   * Surveys merged into this one (e.g. a flow that first ran as a survey of its own): their
   * responses move here when the database is seeded, each of their versions taking the number
   * given here, and their links lead to that version.
   */
  aliases: z
    .array(z.strictObject({ slug: z.string().regex(/^[a-z0-9-]+$/), versions: z.record(z.string().regex(/^\d+$/), z.number().int().positive()) }))
    .default([]),
  dimensions: z.array(ZDimension).default([]),
  /** Days and times in monitoring, filters and exports are this zone's wall clock. */
  timeZone: ZTimeZone.default(DEFAULT_TIME_ZONE),
});
export type TSurveyConfig = z.infer<typeof ZSurveyConfig>;

// Read at run time from the working directory; not a module for the bundler to trace.
export const SURVEYS_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), "surveys");

let loaded: { folder: string; config: TSurveyConfig }[] | undefined;

/** Every survey folder's survey.json, validated; a bad file fails with its path and the problem. */
export function surveyConfigs(dir = SURVEYS_DIR): { folder: string; config: TSurveyConfig }[] {
  if (loaded && dir === SURVEYS_DIR) return loaded;
  const out = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const file = path.join(dir, d.name, "survey.json");
      const parsed = ZSurveyConfig.safeParse(JSON.parse(readFileSync(file, "utf8")));
      if (!parsed.success) {
        throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
      }
      return { folder: path.join(dir, d.name), config: parsed.data };
    });
  if (dir === SURVEYS_DIR) loaded = out;
  return out;
}

/** The configuration that applies to a survey slug; a survey without a folder has no dimensions. */
export function surveyConfig(slug: string): TSurveyConfig {
  const hit = surveyConfigs().find(({ config }) => config.slug === slug || config.aliases.some((a) => a.slug === slug));
  return hit?.config ?? { slug, title: slug, aliases: [], versions: [], dimensions: [], timeZone: DEFAULT_TIME_ZONE };
}

/** A survey folder's versions, read and validated; the slug in every file must be the folder's survey. */
export function surveyVersions(folder: string, config: TSurveyConfig): TVersionDef[] {
  const versions = config.versions.map((entry) => {
    const dir = path.join(folder, path.dirname(entry.file));
    const def = readVersionFile(dir, path.basename(entry.file));
    if (def.slug !== config.slug) throw new Error(`${path.join(folder, entry.file)}: slug "${def.slug}" hoort niet bij "${config.slug}".`);
    return def;
  });
  const numbers = versions.map((v) => v.version);
  const dup = numbers.find((n, i) => numbers.indexOf(n) !== i);
  if (dup !== undefined) throw new Error(`${folder}: versie ${dup} komt twee keer voor.`);
  return versions;
}

/** Where an old survey link leads now: the survey it was merged into and the version it became. */
export function aliasTarget(slug: string): { slug: string; version: number } | undefined {
  for (const { config } of surveyConfigs()) {
    const alias = config.aliases.find((a) => a.slug === slug);
    if (alias) return { slug: config.slug, version: Math.max(...Object.values(alias.versions)) };
  }
  return undefined;
}
