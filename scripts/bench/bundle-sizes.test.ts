import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSizes } from './bundle-sizes';

describe('bundleSizes', () => {
  it('counts files referenced by index.html as the first screen and the rest as lazy', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<script type="module" src="/assets/index-a.js"></script><link rel="stylesheet" href="/assets/index-b.css">',
    );
    writeFileSync(join(dir, 'assets', 'index-a.js'), 'console.log(1);'.repeat(50));
    writeFileSync(join(dir, 'assets', 'index-b.css'), 'body{color:red}');
    writeFileSync(join(dir, 'assets', 'route-c.js'), 'export const x = 1;');

    const sizes = bundleSizes(dir);

    expect(sizes.firstScreen.files.sort()).toEqual(['index-a.js', 'index-b.css']);
    expect(sizes.firstScreen.js).toBeGreaterThan(0);
    expect(sizes.firstScreen.css).toBeGreaterThan(0);
    expect(sizes.lazy.map((c) => c.file)).toEqual(['route-c.js']);
  });
});
