import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const E2E_DATABASE = process.env.E2E_DATABASE ?? "data/e2e.db";
// The test admin's password is made fresh for each run (workers inherit it): no password lives in the repository.
process.env.E2E_ADMIN_EMAIL ??= "admin@e2e.test";
process.env.E2E_ADMIN_PASSWORD ??= randomBytes(18).toString("base64url");

// Debian's Chromium where present (Playwright cannot download browsers offline); otherwise Playwright's own.
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // Always a fresh, seeded test database: the suite edits values and must never touch data/app.db.
    command: `npx tsx db/reset-test-db.ts && node server.mjs -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    // TRUST_PROXY=1: the security spec plays the proxy (X-Forwarded-Proto: https); the browser's own
    // requests carry no X-Forwarded-* headers, so for them the socket decides, as without a proxy.
    // One fixed day, so text that depends on today (overdue plans) is the same on every run.
    env: { APP_TODAY: process.env.APP_TODAY ?? "2026-12-01", DATABASE_URL: E2E_DATABASE, ADMIN_EMAIL: process.env.E2E_ADMIN_EMAIL, ADMIN_PASSWORD: process.env.E2E_ADMIN_PASSWORD, TRUST_PROXY: "1" },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
  },
});
