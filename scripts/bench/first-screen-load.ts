import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

export interface FirstScreenLoad {
  firstRowsMs: number;
  scripts: { url: string; gzip: number }[];
  styles: { url: string; gzip: number }[];
  api: string[];
  duplicates: string[];
}

/**
 * Opens `path` in a fresh page and records what the browser really fetched until the
 * rows are on screen and the network is quiet: every script and stylesheet (route chunks
 * included), gzipped at level 9 as the server precompresses them, and every /api request.
 */
export async function loadFirstScreen(browser: Browser, baseUrl: string, path: string): Promise<FirstScreenLoad> {
  const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const assets: Promise<{ kind: string; url: string; gzip: number }>[] = [];
  const api: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) api.push(`${request.method()} ${url.pathname}${url.search}`);
  });
  page.on('response', (response) => {
    const kind = response.request().resourceType();
    if (kind !== 'script' && kind !== 'stylesheet') return;
    assets.push(response.body().then((body) => ({ kind, url: new URL(response.url()).pathname, gzip: gzipSync(body, { level: 9 }).length })));
  });
  try {
    const started = Date.now();
    await page.goto(`${baseUrl}${path}`);
    await page.locator('[data-testid^="ad-group-"]').first().waitFor();
    const firstRowsMs = Date.now() - started;
    await page.waitForLoadState('networkidle');
    const loaded = await Promise.all(assets);
    const seen = new Set<string>();
    const duplicates = api.filter((request) => seen.size === seen.add(request).size);
    return {
      firstRowsMs,
      scripts: loaded.filter((a) => a.kind === 'script'),
      styles: loaded.filter((a) => a.kind === 'stylesheet'),
      api,
      duplicates,
    };
  } finally {
    await context.close();
  }
}
