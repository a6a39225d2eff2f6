import { describe, expect, it } from "vitest";
import { ZNewUser, ZSignIn } from "@/lib/auth/schemas";

describe("auth input schemas", () => {
  it("normalises e-mail addresses (trim, lower case) and accepts the generated admin@localhost", () => {
    expect(ZSignIn.parse({ email: "  Onderzoeker@Example.ORG ", password: "x" }).email).toBe("onderzoeker@example.org");
    expect(ZSignIn.parse({ email: "admin@localhost", password: "x" }).email).toBe("admin@localhost");
  });

  it("refuses empty or malformed input with Dutch messages", () => {
    const result = ZSignIn.safeParse({ email: "geen-adres", password: "" });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => i.message);
    expect(messages).toContain("Vul een geldig e-mailadres in.");
    expect(messages).toContain("Vul je wachtwoord in.");
  });

  it("requires a 10-character initial password and a known role for new accounts", () => {
    expect(ZNewUser.safeParse({ email: "a@b.nl", name: "", password: "kort", role: "researcher" }).success).toBe(false);
    expect(ZNewUser.safeParse({ email: "a@b.nl", name: "", password: "lang-genoeg-1", role: "superuser" }).success).toBe(false);
    expect(ZNewUser.parse({ email: "a@b.nl", name: " Ann ", password: "lang-genoeg-1", role: "admin" })).toEqual({
      email: "a@b.nl",
      name: "Ann",
      password: "lang-genoeg-1",
      role: "admin",
    });
  });
});
