import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

// Most answers are a few hundred bytes; compressing them costs more CPU than it saves.
export const API_COMPRESSION_MIN_BYTES = 8 * 1024;

type Encoding = 'br' | 'gzip';

/** The client's preference among br and gzip, honouring `q=0` ("never send me that"). */
export function pickEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  const weight = (encoding: Encoding) => accepted.get(encoding) ?? accepted.get('*') ?? 0;
  const best = (['br', 'gzip'] as const).filter((encoding) => weight(encoding) > 0);
  best.sort((a, b) => weight(b) - weight(a));
  return best[0] ?? null;
}

/**
 * Compresses a large JSON body on the fly. Brotli at quality 4 is about gzip's speed and
 * smaller; the top qualities are for build time (scripts/build/precompress.ts).
 */
export async function compressJson(
  bytes: Uint8Array<ArrayBuffer>,
  acceptEncoding: string | undefined,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; encoding: Encoding | null }> {
  const encoding = bytes.byteLength < API_COMPRESSION_MIN_BYTES ? null : pickEncoding(acceptEncoding);
  if (encoding === 'br') {
    return { bytes: await brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }), encoding };
  }
  if (encoding === 'gzip') return { bytes: await gzipAsync(bytes, { level: 6 }), encoding };
  return { bytes, encoding: null };
}
