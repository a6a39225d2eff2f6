import { z } from "zod";

/** A survey's slug as it appears in links and route parameters. */
export const ZSurveySlug = z.string().max(100).regex(/^[a-z0-9-]+$/, "Onbekende vragenlijst.");
/** For route parameters: anything else (a NUL from %00, a stray %ff) names no survey and never reaches a query. */
export const isSurveySlug = (value: string) => ZSurveySlug.safeParse(value).success;
