import { describe, expect, it } from 'vitest';
import { ensureChromium } from './ensure-chromium.mjs';

// A fake machine: which commands succeed, and where Chromium is once one did.
function machine({ ok, isRoot, installs }: { ok: string[]; isRoot: boolean; installs: Record<string, string> }) {
  const ran: string[] = [];
  let path: string | null = null;
  const deps = {
    find: () => path,
    run: (cmd: string, args: string[]) => {
      const line = [cmd, ...args].join(' ');
      ran.push(line);
      if (!ok.includes(line)) return false;
      path = installs[line] ?? path;
      return true;
    },
    isRoot,
    log: () => {},
  };
  return { deps, ran };
}

const PLAYWRIGHT = 'npx playwright install chromium';
const APT_UPDATE = 'apt-get update -qq';
const APT_INSTALL = 'apt-get install -y -qq chromium';

describe('ensureChromium', () => {
  it('installs nothing when a Chromium is already there', () => {
    const { deps, ran } = machine({ ok: [], isRoot: true, installs: {} });
    expect(ensureChromium({ ...deps, find: () => '/usr/bin/chromium' })).toBe('/usr/bin/chromium');
    expect(ran).toEqual([]);
  });

  it("tries Playwright's own download first", () => {
    const { deps, ran } = machine({ ok: [PLAYWRIGHT], isRoot: true, installs: { [PLAYWRIGHT]: '/pw/chrome' } });
    expect(ensureChromium(deps)).toBe('/pw/chrome');
    expect(ran).toEqual([PLAYWRIGHT]);
  });

  it("falls back to Debian's package as root when the download fails", () => {
    const { deps, ran } = machine({ ok: [APT_UPDATE, APT_INSTALL], isRoot: true, installs: { [APT_INSTALL]: '/usr/bin/chromium' } });
    expect(ensureChromium(deps)).toBe('/usr/bin/chromium');
    expect(ran).toEqual([PLAYWRIGHT, APT_UPDATE, APT_INSTALL]);
  });

  it('does not try apt-get without root, and reports failure', () => {
    const { deps, ran } = machine({ ok: [APT_UPDATE, APT_INSTALL], isRoot: false, installs: {} });
    expect(ensureChromium(deps)).toBeNull();
    expect(ran).toEqual([PLAYWRIGHT]);
  });

  it('reports failure when every way fails', () => {
    const { deps } = machine({ ok: [], isRoot: true, installs: {} });
    expect(ensureChromium(deps)).toBeNull();
  });
});
