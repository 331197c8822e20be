// End-to-end tests against the release build, served under a sub-path by e2e/server.mjs.
// Chromium comes from Debian (/usr/bin/chromium): Playwright's own download is unreachable here.
import { defineConfig } from "@playwright/test";

// E2E_PORT and DIST let two builds be tested at once on one machine (see e2e/server.mjs).
const port = Number(process.env.E2E_PORT || 4173);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/reader/`,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: `node e2e/server.mjs`,
    url: `http://127.0.0.1:${port}/reader/`,
    env: { PORT: String(port), DIST: process.env.DIST || "dist" },
    reuseExistingServer: false,
  },
});
