import { afterEach, describe, expect, it, vi } from "vitest";
import { sendJson } from "@/lib/http/send-json";

afterEach(() => vi.unstubAllGlobals());

describe("sendJson", () => {
  it("sends JSON and reports success", async () => {
    const fetchMock = vi.fn(async () => new Response("{}", { status: 200 }));
    vi.stubGlobal("fetch", fetchMock);
    expect(await sendJson("/api/x", "PUT", { a: 1 }, "mislukt")).toEqual({ ok: true });
    expect(fetchMock).toHaveBeenCalledWith("/api/x", expect.objectContaining({ method: "PUT", body: '{"a":1}' }));
  });

  it("passes on the API's message and field messages", async () => {
    vi.stubGlobal("fetch", async () => Response.json({ error: "Ongeldig.", fields: { email: "Vul een e-mailadres in." } }, { status: 400 }));
    expect(await sendJson("/api/x", "POST", {}, "mislukt")).toEqual({ ok: false, error: "Ongeldig.", fields: { email: "Vul een e-mailadres in." } });
  });

  it("falls back to the caller's message, and names a lost connection", async () => {
    vi.stubGlobal("fetch", async () => new Response("<html>", { status: 502 }));
    expect(await sendJson("/api/x", "POST", {}, "Niet opgeslagen.")).toEqual({ ok: false, error: "Niet opgeslagen.", fields: {} });
    vi.stubGlobal("fetch", async () => { throw new TypeError("Failed to fetch"); });
    expect((await sendJson("/api/x", "POST", {}, "x")) as { error: string }).toMatchObject({ error: "Geen verbinding met de server. Probeer het opnieuw." });
  });
});
