import { z } from "zod";

/**
 * The sign-in input, shared by the login form and the credentials check. Apart from schemas.ts so
 * that the login page does not load the password-strength dictionaries (about 460 kB).
 */
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
