// `npm test` needs a Chromium for e2e. On a fresh machine, try Playwright's own download
// first (works on laptops), then Debian's package when we may install it (root, as in CI
// and on this project's machines, where Playwright's download is blocked), and otherwise
// give up with one clear line instead of a Playwright stack trace halfway through the run.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Where a usable Chromium is, or null: CHROMIUM_PATH, Debian's, then Playwright's own. */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    // Required afresh on every call: the path only exists after `playwright install`.
    const { chromium } = createRequire(import.meta.url)('@playwright/test');
    const path = chromium.executablePath();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export const NO_CHROMIUM =
  'No Chromium for e2e: `npx playwright install chromium` failed and Debian\'s package needs root (`apt-get install -y chromium`); install one or set CHROMIUM_PATH.';

/**
 * @param {{ find: () => string | null, run: (cmd: string, args: string[]) => boolean,
 *           isRoot: boolean, log: (line: string) => void }} deps
 * @returns {string | null} the Chromium path, or null when every way failed
 */
export function ensureChromium({ find, run, isRoot, log }) {
  const found = find();
  if (found) return found;
  log('No Chromium found: trying `npx playwright install chromium`…');
  if (run('npx', ['playwright', 'install', 'chromium'])) {
    const installed = find();
    if (installed) return installed;
  }
  if (!isRoot) return null;
  log("Trying Debian's chromium package (apt-get)…");
  if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium'])) return find();
  return null;
}
