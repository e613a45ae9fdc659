import { describe, expect, it } from 'vitest';
import { firstScreenFiles, type Manifest } from './first-screen.ts';

// The shape of dist/.vite/manifest.json: static `imports` are fetched with a chunk,
// `dynamicImports` only when that import runs.
const manifest: Manifest = {
  'index.html': { file: 'assets/index.js', imports: ['_react.js'], dynamicImports: ['src/page.tsx', 'src/dialog.tsx'], css: ['assets/index.css'] },
  '_react.js': { file: 'assets/react.js' },
  'src/page.tsx': { file: 'assets/page.js', imports: ['_react.js', '_table.js'], dynamicImports: ['src/dialog.tsx'], css: ['assets/page.css'] },
  '_table.js': { file: 'assets/table.js', imports: ['_react.js'] },
  'src/dialog.tsx': { file: 'assets/dialog.js', imports: ['_modal.js'] },
  '_modal.js': { file: 'assets/modal.js' },
};
const html = '<script type="module" src="/assets/index.js"></script><link rel="modulepreload" href="/assets/react.js"><link rel="stylesheet" href="/assets/index.css">';

describe('firstScreenFiles', () => {
  it('follows static imports from index.html and the first-screen modules, not lazy ones', () => {
    expect(firstScreenFiles(manifest, html, ['src/page.tsx'])).toEqual([
      'assets/index.css',
      'assets/index.js',
      'assets/page.css',
      'assets/page.js',
      'assets/react.js',
      'assets/table.js',
    ]);
  });

  it('refuses a first-screen module the build does not have', () => {
    expect(() => firstScreenFiles(manifest, html, ['src/gone.tsx'])).toThrow(/not in the build manifest/);
  });
});
