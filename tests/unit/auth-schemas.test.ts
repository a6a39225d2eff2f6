import { describe, expect, it } from "vitest";
import { ZNewUser, ZPasswordChange, ZSignIn } from "@/lib/auth/schemas";

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

  it("refuses easy passwords of 10 characters or more: repeats, common passwords, keyboard rows", () => {
    for (const password of ["aaaaaaaaaa", "password12", "1234567890", "qwertyuiop", "wachtwoord1"]) {
      const result = ZNewUser.safeParse({ email: "a@b.nl", name: "", password, role: "researcher" });
      expect(result.error?.issues, password).toEqual([
        expect.objectContaining({ path: ["password"], message: expect.stringMatching(/te makkelijk te raden/) }),
      ]);
    }
    expect(ZNewUser.safeParse({ email: "a@b.nl", name: "", password: "fietsbel-paraplu-7", role: "researcher" }).success).toBe(true);
  });

  it("counts the account's own e-mail address and name as easy to guess", () => {
    const mine = { email: "marieke.jansen@hogeschool.nl", name: "Marieke Jansen", role: "researcher" } as const;
    expect(ZNewUser.safeParse({ ...mine, password: "mariekejansen1" }).success).toBe(false);
    expect(ZNewUser.safeParse({ ...mine, email: "x@y.nl", name: "", password: "mariekejansen1" }).success).toBe(true);
  });

  it("a short password gets the length message only", () => {
    const result = ZNewUser.safeParse({ email: "a@b.nl", name: "", password: "aaaa", role: "researcher" });
    expect(result.error!.issues.map((i) => i.message)).toEqual(["Het wachtwoord moet minstens 10 tekens hebben."]);
  });

  it("applies the same rule to a changed password", () => {
    const change = (newPassword: string) => ZPasswordChange.safeParse({ currentPassword: "oud", newPassword, confirmPassword: newPassword });
    expect(change("password12").error!.issues[0]).toMatchObject({ path: ["newPassword"], message: expect.stringMatching(/te makkelijk te raden/) });
    expect(change("fietsbel-paraplu-7").success).toBe(true);
  });
});
