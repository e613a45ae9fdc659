// `npm run bench`: measures what a user pays for, on the production build (dist/).
// Later issues add cases; each case prints one table.
import { existsSync } from 'node:fs';
import { bundleSizes } from './bench/bundle-sizes';
import { measureListTiming } from './bench/list-timing';

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const sizes = bundleSizes('dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
console.log('\nBundle sizes (gzip) — first screen = what index.html loads before any route chunk');
console.table({
  'first screen JS': kb(sizes.firstScreen.js),
  'first screen CSS': kb(sizes.firstScreen.css),
});
console.log('Lazy chunks (gzip)');
console.table(Object.fromEntries(sizes.lazy.map((chunk) => [chunk.file, kb(chunk.gzip)])));

const timing = await measureListTiming();
console.log('300-group campaign list (production build, sandbox, fresh browser)');
console.table({
  'navigation → first rows': `${timing.firstRowsMs} ms`,
  'navigation → first screen fully detailed': `${timing.detailedMs} ms`,
  'navigation → whole view sorted by budget (all details)': `${timing.sortedMs} ms`,
  'rows on screen': timing.rowsOnScreen,
  'detail requests': timing.detailRequests,
  'duplicate detail requests': timing.duplicateDetailRequests,
});
