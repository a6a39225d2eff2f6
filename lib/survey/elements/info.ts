import { z } from "zod";
import { ZText } from "../version/primitives";
import { base } from "./shared";
import type { TElementType } from "./types";

/** Text for the respondent (introduction, privacy statement); stores nothing. */
const ZInfo = z.strictObject({
  ...base,
  type: z.literal("info"),
  title: ZText.optional(),
  paragraphs: z.array(ZText).min(1),
});
export type TInfo = z.infer<typeof ZInfo>;

export const info: TElementType<TInfo> = {
  type: "info",
  schema: ZInfo,
  isQuestion: false,
  blank: (id) => ({ id, type: "info", paragraphs: ["Tekst voor de deelnemer."] }),
  fields: () => ({ shape: {} }),
  toRows: () => [],
  fromAnswers: () => ({}),
  activeVariables: () => [],
  variables: () => [],
};
