import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "@/lib/http/origin";

const request = (method: string, headers: Record<string, string>) => new Request("http://127.0.0.1:3000/api/admin/users", { method, headers });
const HOST = { host: "127.0.0.1:3000" };

describe("isCrossSiteRequest", () => {
  it("lets this site's own pages and non-browser clients through", () => {
    expect(isCrossSiteRequest(request("POST", { ...HOST, origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isCrossSiteRequest(request("POST", HOST))).toBe(false);
    expect(isCrossSiteRequest(request("DELETE", { host: "app:3000", "x-forwarded-host": "enquete.example.nl", origin: "https://enquete.example.nl" }))).toBe(false);
    expect(isCrossSiteRequest(request("PUT", { host: "app:3000", origin: "https://enquete.example.nl" }), ["https://enquete.example.nl"])).toBe(false);
  });

  it("refuses another port or subdomain of the same site, and opaque origins", () => {
    expect(isCrossSiteRequest(request("POST", { ...HOST, origin: "http://127.0.0.1:3001" }))).toBe(true);
    expect(isCrossSiteRequest(request("POST", { ...HOST, origin: "http://127.0.0.1:3001", "sec-fetch-site": "same-site" }))).toBe(true);
    expect(isCrossSiteRequest(request("POST", { ...HOST, "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSiteRequest(request("DELETE", { host: "enquete.uni.nl", origin: "https://studenten.uni.nl" }))).toBe(true);
    expect(isCrossSiteRequest(request("PUT", { ...HOST, origin: "null" }))).toBe(true);
  });

  it("leaves safe methods alone", () => {
    expect(isCrossSiteRequest(request("GET", { ...HOST, "sec-fetch-site": "cross-site" }))).toBe(false);
  });
});
