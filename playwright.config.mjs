// Browser tests run against the release build in dist/, served like GitHub Pages under
// /certscope/ (scripts/pages-server.mjs), in Debian's Chromium: no browser is downloaded.
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT || 4173);
// Another build can be tested beside the release one: E2E_DIST=target/dist-x E2E_PORT=4180.
const dist = process.env.E2E_DIST || "dist";

export default defineConfig({
  testDir: "e2e",
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "target/e2e-results.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/certscope/`,
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `node scripts/pages-server.mjs ${dist} /certscope/ ${port}`,
    url: `http://127.0.0.1:${port}/certscope/`,
    reuseExistingServer: false,
  },
});
