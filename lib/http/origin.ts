/**
 * Cross-site request refusal for cookie-authenticated routes. SameSite=Lax cookies still travel
 * with requests from same-site pages (another port, a sibling subdomain), so a state-changing
 * request must show it comes from this site's own pages: browsers send Origin and
 * Sec-Fetch-Site with every POST/PUT/DELETE and scripts cannot forge them. A request with neither
 * header is not from a browser page (curl, scripts) and carries no ambient cookies of a victim.
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const CROSS_SITE_MESSAGE = "Geweigerd: dit verzoek komt niet van deze website. Open de pagina opnieuw en probeer het nog eens.";

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * The hosts this site answers on: the Host header, the reverse proxy's X-Forwarded-Host (a page
 * cannot set either on a cross-origin request) and the configured public URL (NEXTAUTH_URL).
 */
function ownHosts(headers: Headers, publicUrls: readonly string[]): Set<string> {
  const hosts = new Set<string>();
  const host = headers.get("host");
  if (host) hosts.add(host.trim().toLowerCase());
  const forwarded = headers.get("x-forwarded-host");
  if (forwarded) hosts.add(forwarded.split(",")[0].trim().toLowerCase());
  for (const url of publicUrls) {
    const h = hostOf(url);
    if (h) hosts.add(h);
  }
  return hosts;
}

/** True when an unsafe request comes from another origin (or from an opaque one such as a sandboxed frame). */
export function isCrossSiteRequest(request: Request, publicUrls: readonly string[] = []): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin") return true;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = hostOf(origin);
  return host === null || !ownHosts(request.headers, publicUrls).has(host);
}
