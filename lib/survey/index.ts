import { internationaleCompetenties } from "./definitions/internationale-competenties";
import { internationaleCompetentiesSequentieel } from "./definitions/internationale-competenties-sequentieel";
import { ZSurveyDefinition, type TSurveyDefinition } from "./definition";

/** Definitions shipped with the platform; seeded at start-up (see lib/survey/seed.ts). */
export const bundledDefinitions: TSurveyDefinition[] = [
  ZSurveyDefinition.parse(internationaleCompetenties),
  ZSurveyDefinition.parse(internationaleCompetentiesSequentieel),
];
