// `npm test` step after `vite build`: the list page's first screen stays within its byte
// budget, and what is meant to load later stays out of it (issue 9, docs/decisions/0006).
// Bytes are deterministic, so unlike timings they may fail the gate.
import { firstScreenChunkOf, measureFirstScreen } from './first-screen.ts';

// Issue 9's goals. CSS meets its goal; JS does not yet (decision 0006 lists what the
// rest needs), so the gate holds JS at the figure reached plus some room for work in
// flight: it catches a lazy chunk turned static or a new library. Lower it as cuts land.
const GOAL = { js: 150_000, css: 30_000 };
const CEILING = { js: 268_000, css: GOAL.css };

// Loaded on first use, never by the first screen.
const LATER = [
  'src/components/confirm-dialog-modal.tsx',
  'src/app/notifications-host.tsx',
  'src/app/all-styles.ts',
  'src/i18n/en.ts',
];

const { files, js, css, manifest } = measureFirstScreen('dist');
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
for (const { file, gzip } of files) console.log(`  ${kB(gzip).padStart(9)}  ${file}`);

const failures: string[] = [];
for (const kind of ['js', 'css'] as const) {
  const bytes = { js, css }[kind];
  const count = files.filter((f) => f.file.endsWith(`.${kind}`)).length;
  console.log(`first screen ${kind}: ${kB(bytes)} gzip in ${count} files (goal ${kB(GOAL[kind])}, ceiling ${kB(CEILING[kind])})`);
  if (bytes > CEILING[kind]) failures.push(`${kind} ${kB(bytes)} is over its ceiling ${kB(CEILING[kind])}`);
}
const loaded = new Set(files.map((f) => f.file));
for (const module of LATER) {
  const chunk = firstScreenChunkOf(manifest, module);
  if (loaded.has(chunk)) failures.push(`${module} (${chunk}) is loaded by the first screen; it should load on first use`);
}

if (failures.length > 0) {
  console.error(`First screen budget:\n${failures.join('\n')}`);
  process.exit(1);
}
