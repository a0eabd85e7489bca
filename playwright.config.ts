/**
 * Two projects:
 * - "e2e": the built renderer in Chromium, talking to the real core over a temp SQLite file
 *   through the browser bridge (tests/e2e/fixtures.ts). Needs `npx electron-vite build` first.
 * - "electron": the packaged shell through Playwright's `_electron`; those tests skip themselves
 *   where there is no Electron binary.
 * Chromium: PLAYWRIGHT_CHROMIUM_EXECUTABLE, else Debian's /usr/bin/chromium, else Playwright's own.
 */
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export default defineConfig({
  // Two cores on CI; each worker runs Chromium plus core over SQLite.
  workers: 2,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  outputDir: 'test-results',
  use: {
    screenshot: 'only-on-failure',
    // A missing control fails in seconds, not at the test's timeout.
    actionTimeout: 10_000,
    trace: 'off',
    locale: 'en-GB',
  },
  projects: [
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: chromiumExecutable(),
          // Run as root in a container with the network closed: no sandbox, no GPU, and none of
          // Chromium's background fetches.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
});
