import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt)$/;
// Below about one TCP packet, compression saves nothing worth a second file.
const MIN_BYTES = 1024;

/**
 * Writes `file.br` and `file.gz` next to every text file in `dir` that shrinks, at the
 * strongest settings: this runs once per build, not per request. The server picks one by
 * Accept-Encoding (server/static.ts). Returns the files it compressed.
 */
export function precompressDir(dir: string): string[] {
  const done: string[] = [];
  for (const file of readdirSync(dir, { recursive: true }).map(String)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const path = join(dir, file);
    const raw = readFileSync(path);
    if (raw.length < MIN_BYTES) continue;
    const br = brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    });
    const gz = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION });
    if (br.length < raw.length) writeFileSync(`${path}.br`, br);
    if (gz.length < raw.length) writeFileSync(`${path}.gz`, gz);
    done.push(file);
  }
  return done;
}

/** Vite build plugin: precompresses the output directory once everything is written. */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'moment-console-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      precompressDir(outDir);
    },
  };
}
