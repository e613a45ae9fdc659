import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './first-screen-load';
import { portFromEnv } from './ports';
import { median } from './server-process';

export interface LighthouseMedians {
  performance: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
}

/** `runs` Lighthouse 12 runs of `url` (mobile = Lighthouse's default throttling), medians. */
export async function lighthouseMedians(url: string, preset: 'mobile' | 'desktop', runs = 3): Promise<LighthouseMedians> {
  const port = await portFromEnv('BENCH_CDP_PORT');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`] });
  try {
    const results: LighthouseMedians[] = [];
    for (let run = 0; run < runs; run++) {
      const answer = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, preset === 'desktop' ? desktopConfig : undefined);
      const lhr = answer?.lhr;
      if (!lhr) throw new Error('Lighthouse returned no result');
      results.push({
        performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
        fcpMs: lhr.audits['first-contentful-paint'].numericValue ?? 0,
        lcpMs: lhr.audits['largest-contentful-paint'].numericValue ?? 0,
        tbtMs: lhr.audits['total-blocking-time'].numericValue ?? 0,
      });
    }
    const of = (key: keyof LighthouseMedians) => median(results.map((r) => r[key]));
    return { performance: of('performance'), fcpMs: of('fcpMs'), lcpMs: of('lcpMs'), tbtMs: of('tbtMs') };
  } finally {
    await browser.close();
  }
}
