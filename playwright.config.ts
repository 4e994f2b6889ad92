import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright cannot download its own browser on our machines.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  // One more attempt for a failed test: Playwright then reports it as flaky (with the screen it stopped
  // on, see the reporter below) instead of failing the whole run on a timing accident of a slow machine.
  retries: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['./tests/e2e/screen-at-failure-reporter.ts']],
  outputDir: 'test-results',
  projects: [
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        locale: 'lt-LT',
        timezoneId: 'Europe/Vilnius',
        trace: 'retain-on-failure',
        screenshot: 'only-on-failure',
        launchOptions: {
          executablePath: chromium,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
