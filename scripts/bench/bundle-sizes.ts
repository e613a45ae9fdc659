import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  firstScreen: { js: number; css: number; files: string[] };
  lazy: { file: string; gzip: number }[];
}

const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** The files index.html references (entry script, modulepreloads, styles) are the first screen; every other asset chunk is lazy. */
export function bundleSizes(distDir: string): BundleSizes {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const referenced = new Set([...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]));
  const assets = readdirSync(join(distDir, 'assets')).filter((file) => /\.(js|css)$/.test(file));

  const firstScreen = { js: 0, css: 0, files: [] as string[] };
  const lazy: BundleSizes['lazy'] = [];
  for (const file of assets) {
    const size = gzipSize(join(distDir, 'assets', file));
    if (referenced.has(`assets/${file}`)) {
      firstScreen.files.push(file);
      if (file.endsWith('.css')) firstScreen.css += size;
      else firstScreen.js += size;
    } else {
      lazy.push({ file, gzip: size });
    }
  }
  lazy.sort((a, b) => b.gzip - a.gzip);
  return { firstScreen, lazy };
}
