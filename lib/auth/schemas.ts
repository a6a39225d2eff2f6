import { z } from "zod";

/** Input schemas shared by the forms (react-hook-form resolver) and the server. */
export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Vul een e-mailadres in.")
  .max(254, "Dit e-mailadres is te lang.")
  // Loose on purpose: the generated first admin is admin@localhost, which z.email() refuses.
  .regex(/^[^\s@]+@[^\s@]+$/, "Vul een geldig e-mailadres in.");

export const ZSignIn = z.object({
  email: ZEmail,
  password: z.string().min(1, "Vul je wachtwoord in.").max(200, "Dit wachtwoord is te lang."),
});
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZRole = z.enum(["admin", "researcher"], { error: "Kies een rol." });
export type TRole = z.infer<typeof ZRole>;

/** A new account: an initial password of at least 10 characters (as for ADMIN_PASSWORD). */
export const ZNewUser = ZSignIn.extend({
  name: z.string().trim().max(100, "De naam is te lang (maximaal 100 tekens)."),
  password: z.string().min(10, "Het wachtwoord moet minstens 10 tekens hebben.").max(200, "Dit wachtwoord is te lang."),
  role: ZRole,
});
export type TNewUser = z.infer<typeof ZNewUser>;

export const ZUserId = z.uuid("Onbekende gebruiker.");

/** Changing your own password: the current one is checked like a sign-in (same rate limit). */
export const ZPasswordChange = z
  .object({
    currentPassword: ZSignIn.shape.password,
    newPassword: ZNewUser.shape.password,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "De twee nieuwe wachtwoorden zijn niet gelijk." })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "Kies een ander wachtwoord dan het huidige." });
export type TPasswordChange = z.infer<typeof ZPasswordChange>;
