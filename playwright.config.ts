import { accessSync, constants } from 'node:fs';
import { defineConfig } from '@playwright/test';

// End-to-end specs run against the built renderer (out/renderer), served in web mode on a FIXED port by
// scripts/start.mjs (IndexedDB belongs to an origin and the port is part of it). Run them with
// `npm run test:e2e` (scripts/e2e.mjs finds Chromium, builds, then runs Playwright); a plain
// `npx playwright test` works too once `npm run build` has been run.
//
// Playwright's own browser download does not work on these machines: we drive a system Chromium, whose path
// comes from CHROMIUM_PATH (set by scripts/e2e.mjs, see scripts/find-chromium.mjs), else from the usual
// Debian/Ubuntu locations. Never `npx playwright install`.

const PORT = 4873;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const CI = Boolean(process.env.CI);

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const SYSTEM_CHROMIUMS = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

// undefined: let Playwright use its own browser if one is installed.
const executablePath = process.env.CHROMIUM_PATH || SYSTEM_CHROMIUMS.find(isExecutable);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: CI ? 1 : undefined,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: BASE_URL,
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'Europe/Paris',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `node scripts/start.mjs --web --no-build --port ${PORT}`,
    url: BASE_URL,
    reuseExistingServer: !CI,
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
