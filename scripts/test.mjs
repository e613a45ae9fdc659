// `npm test`: the one quality gate (architecture.md #10), the same here and in CI.
// Runs each step in order and stops at the first failure with its exit code.
import { spawnSync } from 'node:child_process';
import { ensureChromium, findChromium, NO_CHROMIUM } from './ensure-chromium.mjs';

const steps = [
  ['typecheck', 'npx', ['tsc', '-b']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['unit', 'npx', ['vitest', 'run']],
  ['build', 'npx', ['vite', 'build']],
  ['check:dist', 'node', ['scripts/check-dist.mjs']],
  ['check:first-screen', 'node', ['--import', 'tsx', 'scripts/check-first-screen.ts']],
  ['build:demo', 'npx', ['vite', 'build', '--mode', 'demo', '--outDir', 'dist-demo']],
  ['e2e', 'npx', ['playwright', 'test']],
];

const chromium = ensureChromium({
  find: () => findChromium(),
  run: (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0,
  isRoot: process.getuid?.() === 0,
  log: (line) => console.log(line),
});
if (!chromium) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}
// Playwright's config reads CHROMIUM_PATH, so e2e uses the browser found here.
process.env.CHROMIUM_PATH = chromium;

for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${name} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}
