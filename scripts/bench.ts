// `npm run bench`: measures what a user pays for, on the production build (`npm run build`).
// Every figure is printed next to its goal (issue 9). Byte and request counts are
// deterministic and fail the run; timings are reported only: this machine is noisy.
import { existsSync } from 'node:fs';
import { CAMPAIGN_IDS } from '../mocks/data/seed-campaigns';
import { ACCOUNT_IDS } from '../mocks/data/seed-accounts';
import { launchChromium, loadFirstScreen } from './bench/first-screen-load';
import { lighthouseMedians } from './bench/lighthouse';
import { measureListTiming } from './bench/list-timing';
import { portFromEnv } from './bench/ports';
import { reportHistoryStore } from './bench/history-report';
import { reportProxyOverhead } from './bench/proxy-report';
import { median, startSandboxServer } from './bench/server-process';

const JS_BUDGET = 150_000;
const CSS_BUDGET = 30_000;
const RUNS = 3;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const listPath = (campaignId: number) => `/accounts/${ACCOUNT_IDS.main}/campaigns/${campaignId}/ad-groups`;
const failures: string[] = [];

// `npm run bench -- --only=proxy`: the proxy comparison alone (it needs only dist-server/).
if (process.argv.includes('--only=proxy')) {
  if (!existsSync('dist-server/main.js')) {
    console.error('The compiled server is missing: run `npm run build` first.');
    process.exit(1);
  }
  await reportProxyOverhead();
  process.exit(0);
}

// `npm run bench -- --only=history`: the history store alone (no build needed).
if (process.argv.includes('--only=history')) {
  await reportHistoryStore();
  process.exit(0);
}

if (!existsSync('dist/index.html') || !existsSync('dist-server/main.js')) {
  console.error('The production build is missing: run `npm run build` first.');
  process.exit(1);
}

const server = await startSandboxServer(await portFromEnv('BENCH_PORT'));
const browser = await launchChromium();
try {
  // What the first screen loads, as the browser fetched it.
  const first = await loadFirstScreen(browser, server.url, listPath(CAMPAIGN_IDS.bulk));
  const js = first.scripts.reduce((sum, a) => sum + a.gzip, 0);
  const css = first.styles.reduce((sum, a) => sum + a.gzip, 0);
  if (js > JS_BUDGET) failures.push(`first-screen JS ${kB(js)} > ${kB(JS_BUDGET)}`);
  if (css > CSS_BUDGET) failures.push(`first-screen CSS ${kB(css)} > ${kB(CSS_BUDGET)}`);
  if (first.duplicates.length > 0) failures.push(`duplicate /api requests: ${first.duplicates.join(', ')}`);
  console.log('\nFirst screen of the 300-group list (gzip level 9 as served, kB = 1000 bytes)');
  console.table({
    [`JS (${first.scripts.length} scripts)`]: { measured: kB(js), goal: `≤ ${kB(JS_BUDGET)}` },
    [`CSS (${first.styles.length} stylesheets)`]: { measured: kB(css), goal: `≤ ${kB(CSS_BUDGET)}` },
    '/api requests': { measured: first.api.length, goal: 'each once' },
    'duplicate /api requests': { measured: first.duplicates.length, goal: 0 },
  });
  console.table([...first.scripts, ...first.styles].map((a) => ({ file: a.url, gzip: kB(a.gzip) })));
  console.log(first.api.join('\n'));

  // 300 groups against 10, alternating so drift in machine load hits both alike.
  const times = { big: [] as number[], small: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    times.big.push((await loadFirstScreen(browser, server.url, listPath(CAMPAIGN_IDS.bulk))).firstRowsMs);
    times.small.push((await loadFirstScreen(browser, server.url, listPath(CAMPAIGN_IDS.small))).firstRowsMs);
  }
  const [big, small] = [median(times.big), median(times.small)];
  console.log(`\nNavigation → first rows, median of ${RUNS} alternating runs`);
  console.table({
    '300-group campaign': { measured: `${big} ms` },
    '10-group campaign': { measured: `${small} ms` },
    ratio: { measured: `${(big / small).toFixed(2)}×`, goal: '≤ 1.2×' },
  });
} finally {
  await browser.close();
}

try {
  for (const preset of ['desktop', 'mobile'] as const) {
    const lh = await lighthouseMedians(`${server.url}${listPath(CAMPAIGN_IDS.bulk)}`, preset, RUNS);
    console.log(`\nLighthouse 12, ${preset}, median of ${RUNS}`);
    console.table({
      performance: { measured: lh.performance, goal: preset === 'desktop' ? 100 : '≥ 95' },
      FCP: { measured: `${Math.round(lh.fcpMs)} ms` },
      LCP: { measured: `${Math.round(lh.lcpMs)} ms` },
      TBT: { measured: `${Math.round(lh.tbtMs)} ms` },
    });
  }
} finally {
  server.stop();
}

await reportProxyOverhead();

const timing = await measureListTiming();
console.log('\n300-group campaign list (production build, sandbox, fresh browser)');
console.table({
  'navigation → first rows': `${timing.firstRowsMs} ms`,
  'navigation → first screen fully detailed': `${timing.detailedMs} ms`,
  'navigation → whole view sorted by budget (all details)': `${timing.sortedMs} ms`,
  'rows on screen': timing.rowsOnScreen,
  'detail requests': timing.detailRequests,
  'duplicate detail requests': timing.duplicateDetailRequests,
});

await reportHistoryStore();

if (failures.length > 0) {
  console.error(`\nBudget failures:\n${failures.join('\n')}`);
  process.exit(1);
}
