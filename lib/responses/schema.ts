import { z } from "zod";
import { ZLanguage } from "@/lib/survey/version/primitives";
import type { TVersionDef } from "@/lib/survey/version/schema";

/** The envelope of a page save; the page's own values are checked by the flow engine's page schema. */
export const ZSaveRequest = z.strictObject({
  /** The respondent's secret: generated in their browser, only its hash is stored. */
  secret: z.string().regex(/^[A-Za-z0-9_-]{32,128}$/, "Ongeldige sleutel."),
  /** Client-side counter: a retried request carries the same number and is stored once. */
  seq: z.number().int().min(1).max(1_000_000_000),
  page: z.string().min(1).max(40),
  durationMs: z.number().int().min(0).max(86_400_000),
  values: z.record(z.string().max(120), z.unknown()),
  /** The version the respondent was shown (?versie=…), sent with the first page only. */
  version: z.number().int().positive().max(100_000).optional(),
  /** Where the link came from (?bron=…), sent with the first page only. */
  source: z.string().trim().max(60).regex(/^[\w.-]*$/, "Ongeldige bron.").optional(),
  /** The survey's test-link token (?test=…), sent with the first page only; a wrong one counts as none. */
  test: z.string().max(100).optional(),
  /** The language the respondent reads the version in; stored when the version has it. */
  language: ZLanguage.optional(),
});
export type TSaveRequest = z.infer<typeof ZSaveRequest>;

export const ZResponseId = z.uuid("Onbekend antwoord-ID.");

/** Saves are small: anything bigger is refused before parsing. */
export const MAX_SAVE_BYTES = 64 * 1024;

/** What a save answers. */
export type TSaveResult = { currentPage: string; seq: number; isDuplicate: boolean; isFinished: boolean };

/** What a returning respondent (same browser or resume link) needs to continue. */
export type TResumeState = {
  responseId: string;
  version: number;
  flowMode: "sequential" | "choice";
  currentPage: string;
  pages: string[];
  seq: number;
  isFinished: boolean;
  displayOrder: Record<string, string[]>;
  /** Form values per saved page on the path. */
  values: Record<string, Record<string, unknown>>;
  /** The stored answers by variable, as the flow engine reads them. */
  answers: Record<string, number | string>;
  /** The version the response was created with: the respondent continues on it, whatever is active now. */
  def: TVersionDef;
  /** Started through the test link: the respondent keeps seeing the test bar. */
  isTest?: boolean;
  /** The language the respondent answered in so far. */
  language: string;
};
