import { describe, expect, it } from "vitest";
import { PdfUnavailableError, renderPdf, sessionCookie } from "@/lib/pdf/render";

describe("the results PDF", () => {
  it("without Chromium: a Dutch error that the route answers with 503", async () => {
    const attempt = renderPdf({ url: "http://127.0.0.1:9/admin", cookie: "", executablePath: "/nergens/chromium" });
    await expect(attempt).rejects.toBeInstanceOf(PdfUnavailableError);
    await expect(attempt).rejects.toThrow(/Chromium is niet beschikbaar/);
  });

  it("a program that is no Chromium counts as unavailable too", async () => {
    await expect(renderPdf({ url: "http://127.0.0.1:9/admin", cookie: "", executablePath: "/bin/false" })).rejects.toBeInstanceOf(PdfUnavailableError);
  });

  it("forwards only the session cookie (split or whole, secure or not)", () => {
    expect(sessionCookie(null)).toBe("");
    expect(sessionCookie("a=1; next-auth.session-token=abc; next-auth.csrf-token=x")).toBe("next-auth.session-token=abc");
    expect(sessionCookie("__Secure-next-auth.session-token.0=p1; __Secure-next-auth.session-token.1=p2; other=y"))
      .toBe("__Secure-next-auth.session-token.0=p1; __Secure-next-auth.session-token.1=p2");
    expect(sessionCookie("admin_lang=en; next-auth.session-token=abc; x=1")).toBe("admin_lang=en; next-auth.session-token=abc");
    expect(sessionCookie("admin_lang=<script>; next-auth.session-token=abc")).toBe("next-auth.session-token=abc");
  });
});
