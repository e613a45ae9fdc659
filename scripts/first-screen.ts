// What the list page (the first screen that matters, issue 9) loads, read from the
// production build: index.html's own script, preloads and stylesheets, then each
// module the first screen imports at run time (its lazy route and its language's
// messages) with everything those chunks import statically and their CSS.
// Bytes are gzip level 9, as the server precompresses them; kB = 1000 bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The source modules the list page loads after boot, as the router and i18n ask for them. */
/** One entry of dist/.vite/manifest.json (the fields read here). */
export interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export interface FirstScreen {
  files: { file: string; gzip: number }[];
  js: number;
  css: number;
  manifest: Manifest;
}

export const FIRST_SCREEN_MODULES = ['src/features/ad-groups/list/ad-group-list-page.tsx', 'src/i18n/ko.ts'];

/** The scripts, module preloads and stylesheets that index.html names. */
function htmlAssets(html: string): string[] {
  return [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
}

/** Every file (js and css) the first screen fetches, from dist/.vite/manifest.json. */
export function firstScreenFiles(manifest: Manifest, html: string, modules: readonly string[] = FIRST_SCREEN_MODULES): string[] {
  const files = new Set(htmlAssets(html));
  const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest: update FIRST_SCREEN_MODULES`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const child of chunk.imports ?? []) if (!files.has(manifest[child]?.file)) visit(child);
  };
  for (const file of [...files]) {
    const key = byFile.get(file);
    if (key) visit(key);
  }
  for (const module of modules) visit(module);
  return [...files].sort();
}

export function gzipBytes(buffer: Buffer): number {
  return gzipSync(buffer, { level: 9 }).length;
}

/** The chunk file a source module ended up in; it must be its own chunk (a lazy import). */
export function firstScreenChunkOf(manifest: Manifest, module: string): string {
  const chunk = manifest[module];
  if (!chunk) throw new Error(`${module} is not a chunk of its own in the build manifest`);
  return chunk.file;
}

/** { js, css } totals in gzip bytes, each file's size, and the manifest, for the build in `distDir`. */
export function measureFirstScreen(distDir = 'dist', modules: readonly string[] = FIRST_SCREEN_MODULES): FirstScreen {
  const manifest: Manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'));
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = firstScreenFiles(manifest, html, modules).map((file) => ({
    file,
    gzip: gzipBytes(readFileSync(join(distDir, file))),
  }));
  const total = (ext: string) => files.filter((f) => f.file.endsWith(ext)).reduce((sum, f) => sum + f.gzip, 0);
  return { files, js: total('.js'), css: total('.css'), manifest };
}
