import { z } from "zod";
import { MIN_PASSWORD_SCORE, passwordScore } from "./password-strength";
import { ZSignIn } from "./sign-in-schema";

/** Input schemas shared by the forms (react-hook-form resolver) and the server. */
export { ZEmail, ZSignIn, type TSignIn } from "./sign-in-schema";

export const ZRole = z.enum(["admin", "researcher"], { error: "Kies een rol." });
export type TRole = z.infer<typeof ZRole>;

const WEAK_PASSWORD = "Dit wachtwoord is te makkelijk te raden. Kies een langer wachtwoord, bijvoorbeeld een paar losse woorden.";
const ZPasswordLength = z.string().min(10, "Het wachtwoord moet minstens 10 tekens hebben.").max(200, "Dit wachtwoord is te lang.");

/** Any password someone chooses: at least 10 characters and not easy to guess (zxcvbn score 3 or more). */
export const ZNewPassword = ZPasswordLength.refine((password) => passwordScore(password) >= MIN_PASSWORD_SCORE, WEAK_PASSWORD);

const ZNewUserFields = ZSignIn.extend({
  name: z.string().trim().max(100, "De naam is te lang (maximaal 100 tekens)."),
  password: ZPasswordLength,
  role: ZRole,
});

/** "marieke.jansen@school.nl", "Marieke Jansen" → the whole, the parts and the parts joined. */
function knownWords(...texts: string[]): string[] {
  return texts.flatMap((text) => {
    const parts = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    return [text, ...parts, parts.join(""), ...text.split("@").slice(0, 1).map((local) => local.replace(/[^\p{L}\p{N}]/gu, ""))];
  });
}

/** A new account. Its e-mail address and name count as known words: repeating them is weak too. */
export const ZNewUser = ZNewUserFields.refine(
  (v) => passwordScore(v.password, knownWords(v.email, v.name)) >= MIN_PASSWORD_SCORE,
  { path: ["password"], message: WEAK_PASSWORD, when: (payload) => ZNewUserFields.safeParse(payload.value).success },
);
export type TNewUser = z.infer<typeof ZNewUser>;

export const ZUserId = z.uuid("Onbekende gebruiker.");

/** Changing your own password: the current one is checked like a sign-in (same rate limit). */
export const ZPasswordChange = z
  .object({
    currentPassword: ZSignIn.shape.password,
    newPassword: ZNewPassword,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "De twee nieuwe wachtwoorden zijn niet gelijk." })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "Kies een ander wachtwoord dan het huidige." });
export type TPasswordChange = z.infer<typeof ZPasswordChange>;
