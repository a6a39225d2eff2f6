import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, isValidTrustedProxies, parseTrustedProxies, resolveClientAddress } from "@/lib/http/client-address";
import { clientIp } from "@/lib/responses/ip";

const none = parseTrustedProxies("");
const proxies = parseTrustedProxies("10.0.0.0/8, 172.18.0.2, fd00::/8");

describe("the client address", () => {
  it("is the socket peer when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(resolveClientAddress("203.0.113.7", "198.51.100.1", none)).toBe("203.0.113.7");
    expect(resolveClientAddress("::ffff:203.0.113.7", "198.51.100.1, 10.0.0.1", none)).toBe("203.0.113.7");
    expect(resolveClientAddress("10.0.0.5", "198.51.100.1", none)).toBe("10.0.0.5");
    expect(resolveClientAddress(undefined, "198.51.100.1", none)).toBeUndefined();
  });

  it("is the socket peer when that peer is not a trusted proxy", () => {
    expect(resolveClientAddress("203.0.113.7", "198.51.100.1", proxies)).toBe("203.0.113.7");
  });

  it("behind trusted proxies: the nearest forwarded address that is not a proxy", () => {
    expect(resolveClientAddress("172.18.0.2", "198.51.100.1", proxies)).toBe("198.51.100.1");
    // The client's own claim (left) is not used; the proxies' entries are skipped.
    expect(resolveClientAddress("172.18.0.2", "1.2.3.4, 198.51.100.1, 10.1.2.3", proxies)).toBe("198.51.100.1");
    expect(resolveClientAddress("::ffff:172.18.0.2", ["1.2.3.4", "2001:db8::1"], proxies)).toBe("2001:db8::1");
    expect(resolveClientAddress("fd00::3", "2001:DB8::2", proxies)).toBe("2001:db8::2");
    expect(resolveClientAddress("172.18.0.2", undefined, proxies)).toBe("172.18.0.2");
    expect(resolveClientAddress("172.18.0.2", "niet-een-adres", proxies)).toBe("172.18.0.2");
    expect(resolveClientAddress("172.18.0.2", "10.0.0.9", proxies)).toBe("10.0.0.9");
  });

  it("TRUSTED_PROXIES accepts addresses and CIDR blocks, and nothing else", () => {
    expect(isValidTrustedProxies("")).toBe(true);
    expect(isValidTrustedProxies("127.0.0.1, 10.0.0.0/8, ::1, fd00::/8")).toBe(true);
    for (const bad of ["localhost", "10.0.0.0/33", "10.0.0.0/8/1", "10.0.0/8", "::1/129", "10.0.0.0/x"]) {
      expect(isValidTrustedProxies(bad), bad).toBe(false);
    }
  });

  it("route handlers read only the server's header, never X-Forwarded-For", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "198.51.100.1", "x-real-ip": "198.51.100.2" }))).toBeUndefined();
    expect(clientIp(new Headers({ "x-forwarded-for": "198.51.100.1", [CLIENT_ADDRESS_HEADER]: "203.0.113.7" }))).toBe("203.0.113.7");
  });
});
