import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * E2E runs against what `npm start` runs: the production build behind the real server
 * in sandbox mode. `npm test` (scripts/test.mjs) builds dist/ and dist-demo/ first.
 */
// E2E_PORT / E2E_DEMO_PORT let two checkouts run their suites side by side.
export const SANDBOX_PORT = Number(process.env.E2E_PORT ?? 4199);
export const DEMO_PORT = Number(process.env.E2E_DEMO_PORT ?? 4198);

// Debian's Chromium where it exists (Playwright can't download browsers here),
// otherwise Playwright's own browser, e.g. after `npx playwright install chromium`.
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  // One worker: every test resets the one sandbox, and the machine has 2 cores.
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${SANDBOX_PORT}`,
    trace: 'retain-on-failure',
    locale: 'en-US',
    timezoneId: 'Asia/Seoul',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath(),
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
  ],
  webServer: [
    {
      command: 'node --import tsx server/main.ts',
      url: `http://127.0.0.1:${SANDBOX_PORT}/`,
      env: { PORT: String(SANDBOX_PORT), HOST: '127.0.0.1', SANDBOX_RATE_LIMIT: 'off', KAKAO_BUSINESS_TOKEN: '' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node --import tsx scripts/serve-demo.ts ${DEMO_PORT}`,
      url: `http://127.0.0.1:${DEMO_PORT}/demo/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
