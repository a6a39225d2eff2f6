import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests in real Chromium against the production server that `npm start` runs, on a
 * fresh embedded database. CHROMIUM_PATH selects a system Chromium (CI installs Debian's);
 * without it, Playwright's own browser is used (`npx playwright install chromium`).
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_ADMIN = { email: "admin@example.org", password: "e2e-admin-password" };
const chromium = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "tests/e2e/.output/results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "rm -rf tests/e2e/.output/data && npm start",
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      DATA_DIR: "tests/e2e/.output/data",
      ADMIN_EMAIL: E2E_ADMIN.email,
      ADMIN_PASSWORD: E2E_ADMIN.password,
      NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
      // The test runner on 127.0.0.1 acts as a reverse proxy: its X-Forwarded-For gives each test
      // its own client address. Requests over ::1 are direct clients (tests/e2e/client-address.spec.ts).
      TRUSTED_PROXIES: "127.0.0.1",
    },
  },
});
