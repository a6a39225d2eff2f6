import { z } from "zod";
import { question } from "./shared";
import type { TElementType } from "./types";

/**
 * An e-mail address kept apart from the answers (a raffle): it never becomes an answer row, so
 * exports and figures cannot contain it. The save hands it to the raffle store.
 */
const ZEmail = z.strictObject({
  ...question,
  type: z.literal("email"),
});
export type TEmail = z.infer<typeof ZEmail>;

export const email: TElementType<TEmail> = {
  type: "email",
  schema: ZEmail,
  isQuestion: true,
  blank: (id) => ({ id, type: "email", text: "Je e-mailadres" }),
  fields: (el) => ({
    shape: {
      [el.id]: z.union([z.literal(""), z.email("Vul een geldig e-mailadres in of laat het veld leeg.").max(254)]).optional(),
    },
  }),
  toRows: () => [],
  fromAnswers: () => ({}),
  activeVariables: () => [],
  variables: () => [],
};
