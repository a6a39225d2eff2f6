import { readFileSync } from "node:fs";
import { surveyConfigs, surveyVersions } from "@/lib/survey/config";
import { ZSurveyDefinition, type TSurveyDefinition } from "@/lib/survey/legacy/schema";
import type { TVersionDef } from "@/lib/survey/version/schema";

/** Versions of a survey folder, by slug and number, as the platform loads them. */
export function surveyVersion(slug: string, version = 1): TVersionDef {
  const hit = surveyConfigs().find((f) => f.config.slug === slug);
  if (!hit) throw new Error(`no survey folder ${slug}`);
  const def = surveyVersions(hit.folder, hit.config).find((v) => v.version === version);
  if (!def) throw new Error(`${slug} has no version ${version}`);
  return def;
}

export const NUFFIC = "internationale-competenties";
/** The Nuffic survey: version 1 runs the choice flow, version 2 both parts in a row. */
export const nuffic = (version = 1) => surveyVersion(NUFFIC, version);

/** The definitions as the first release stored them (tests of reading old databases). */
export const legacyDefinitions: TSurveyDefinition[] = ["internationale-competenties.v1.json", "internationale-competenties-sequentieel.v1.json"].map(
  (f) => ZSurveyDefinition.parse(JSON.parse(readFileSync(`tests/fixtures/legacy/${f}`, "utf8"))),
);
