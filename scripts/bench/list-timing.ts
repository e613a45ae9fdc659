import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';

export interface ListTiming {
  firstRowsMs: number;
  detailedMs: number;
  rowsOnScreen: number;
  detailRequests: number;
  duplicateDetailRequests: number;
  /** Navigation to `?sort=budget` → every detail in and the whole view sorted (docs/decisions/0008). */
  sortedMs: number;
}

const PORT = 4297;
const BULK_LIST = '/accounts/27429/campaigns/35010/ad-groups'; // the seed's ~300-group campaign

async function startSandbox(): Promise<() => void> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', KAKAO_BUSINESS_TOKEN: '', SANDBOX_RATE_LIMIT: 'off' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('Moment Console on') && resolve());
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return () => server.kill();
}

/**
 * A sort by a detail column waits for the whole-view fill: done when the fill says every
 * detail is in and the "sorting once every detail is in" notice is gone.
 */
async function timeToSortedView(page: Page): Promise<number> {
  const started = Date.now();
  await page.goto(`http://127.0.0.1:${PORT}${BULK_LIST}?sort=budget`);
  await page.getByText(/^Details of all \d+ ad groups loaded$/).waitFor({ state: 'attached', timeout: 120_000 });
  await page.getByText(/^Sorting by /).waitFor({ state: 'detached' });
  return Date.now() - started;
}

/**
 * Opens the 300-group list in a fresh browser and measures, from navigation start:
 * the first rows on screen, and every on-screen row showing its details (no skeleton
 * left). Counts GET /adGroups/{id}: the list should ask once per row on screen.
 */
export async function measureListTiming(): Promise<ListTiming> {
  const stop = await startSandbox();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const detailRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/api\/adGroups\/\d+$/.test(new URL(request.url()).pathname)) detailRequests.push(request.url());
    });
    const started = Date.now();
    await page.goto(`http://127.0.0.1:${PORT}${BULK_LIST}`);
    await page.locator('[data-testid^="ad-group-"]').first().waitFor();
    const firstRowsMs = Date.now() - started;
    // Details arrive for the rows on screen; done when no on-screen row has a skeleton.
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid^="ad-group-"]')].filter((row) => {
        const box = row.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
      });
      return rows.length > 0 && rows.every((row) => !row.querySelector('.mantine-Skeleton-root'));
    });
    const detailedMs = Date.now() - started;
    const rowsOnScreen = await page.evaluate(
      () =>
        [...document.querySelectorAll('[data-testid^="ad-group-"]')].filter((row) => {
          const box = row.getBoundingClientRect();
          return box.bottom > 0 && box.top < window.innerHeight;
        }).length,
    );
    await page.close(); // its fill would share the sandbox with the next measure
    const sortedMs = await timeToSortedView(await browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 900 } }));
    return {
      sortedMs,
      firstRowsMs,
      detailedMs,
      rowsOnScreen,
      detailRequests: detailRequests.length,
      duplicateDetailRequests: detailRequests.length - new Set(detailRequests).size,
    };
  } finally {
    await browser.close();
    stop();
  }
}
