import { describe, expect, it } from "vitest";
import { loginUrl, safeCallbackUrl } from "@/lib/auth/callback-url";

describe("callback URL after sign-in", () => {
  it("keeps admin paths with their query", () => {
    expect(safeCallbackUrl("/admin/s/internationale-competenties/results?wave=2024")).toBe("/admin/s/internationale-competenties/results?wave=2024");
    expect(safeCallbackUrl("/admin")).toBe("/admin");
  });

  it("refuses anything that could leave the admin area or the site", () => {
    for (const raw of ["https://evil.example/admin", "//evil.example/admin", "/admin//evil", "/\\evil.example", "/administrator", "/s/x", "", null, undefined, "/admin/" + "x".repeat(600)]) {
      expect(safeCallbackUrl(raw)).toBe("/admin");
    }
  });

  it("builds the sign-in URL", () => {
    expect(loginUrl("/admin")).toBe("/login");
    expect(loginUrl(null)).toBe("/login");
    expect(loginUrl("/admin/users")).toBe("/login?callbackUrl=%2Fadmin%2Fusers");
  });
});
