import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";

/**
 * The client's address for the duplicate check and the sign-in limit. Route handlers cannot see
 * the socket, and Next.js keeps an X-Forwarded-For header that the client itself sent. So the
 * server (scripts/serve.ts) resolves the address from the socket before Next.js sees the request
 * and passes it on in CLIENT_ADDRESS_HEADER, replacing whatever a client sent in that header.
 * X-Forwarded-For counts only when the socket peer is a configured proxy (TRUSTED_PROXIES).
 */
export const CLIENT_ADDRESS_HEADER = "x-enquete-client-address";

/** "::ffff:192.0.2.1" (an IPv4 client on a dual-stack socket) is 192.0.2.1. */
function normalise(address: string): string {
  const trimmed = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(trimmed);
  return mapped ? mapped[1] : trimmed;
}

const family = (address: string) => (isIP(address) === 6 ? "ipv6" : "ipv4");

/** TRUSTED_PROXIES: comma-separated IP addresses and CIDR blocks; empty trusts no proxy. */
export function parseTrustedProxies(value: string): BlockList {
  const list = new BlockList();
  for (const entry of value.split(",").map((e) => e.trim()).filter(Boolean)) {
    const [address, bits, ...rest] = entry.split("/");
    const ip = normalise(address);
    if (!isIP(ip) || rest.length) throw new Error(`"${entry}" is geen IP-adres of CIDR-blok`);
    if (bits === undefined) {
      list.addAddress(ip, family(ip));
      continue;
    }
    const prefix = Number(bits);
    if (!/^\d+$/.test(bits) || prefix > (isIP(ip) === 6 ? 128 : 32)) throw new Error(`"${entry}": ongeldige prefixlengte`);
    list.addSubnet(ip, prefix, family(ip));
  }
  return list;
}

export function isValidTrustedProxies(value: string): boolean {
  try {
    parseTrustedProxies(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * The socket peer, unless it is a trusted proxy: then the nearest X-Forwarded-For entry that is
 * not a trusted proxy (entries further left are what the client claimed and are not used).
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: BlockList): string | undefined {
  if (!socketAddress) return undefined;
  let address = normalise(socketAddress);
  const isTrusted = (ip: string) => trusted.check(ip, family(ip));
  const hops = [forwardedFor ?? []].flat().join(",").split(",").map(normalise).filter(Boolean).reverse();
  for (const hop of hops) {
    if (!isTrusted(address)) return address;
    // A trusted proxy that forwarded garbage: its own address is the best we know.
    if (!isIP(hop)) return address;
    address = hop;
  }
  return address;
}

/** Sets the resolved address on the request, replacing any value a client sent itself. */
export function setClientAddress(req: IncomingMessage, trusted: BlockList): void {
  const address = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted);
  delete req.headers[CLIENT_ADDRESS_HEADER];
  const raw: string[] = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (req.rawHeaders[i].toLowerCase() !== CLIENT_ADDRESS_HEADER) raw.push(req.rawHeaders[i], req.rawHeaders[i + 1]);
  }
  if (address) {
    req.headers[CLIENT_ADDRESS_HEADER] = address;
    raw.push(CLIENT_ADDRESS_HEADER, address);
  }
  req.rawHeaders.splice(0, req.rawHeaders.length, ...raw);
}
