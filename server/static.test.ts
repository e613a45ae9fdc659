import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../scripts/build/precompress';
import { fakeUpstream, liveApp, sandboxApp } from './test-kit';

const INDEX = '<!doctype html><html><head><script type="module" src="/assets/index-abc.js"></script></head><body><div id="root"></div></body></html>';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'moment-static-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log("app")');
  writeFileSync(join(dir, 'assets', 'index-abc.css'), 'body{margin:0}');
  writeFileSync(join(dir, 'robots.txt'), 'User-agent: *');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function app() {
  return liveApp(fakeUpstream().fetch, { staticDir: dir }).app;
}

function expectHtmlHeaders(res: Response) {
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("worker-src 'self'");
  expect(csp).toContain("style-src 'self' 'unsafe-inline'");
  // Inline script must stay forbidden: only styles get 'unsafe-inline'.
  const scriptSrc = csp.split(';').find((part) => part.trim().startsWith('script-src'));
  expect(scriptSrc).not.toContain('unsafe');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
}

describe('static files', () => {
  it.each(['/', '/index.html', '/accounts/1/campaigns/2', '/accounts/1/campaigns/2?tab=list'])(
    'serves index.html for %s with the security headers',
    async (path) => {
      const res = await app().request(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toBe(INDEX);
      expectHtmlHeaders(res);
    },
  );

  it('serves assets with their content type and a long cache', async () => {
    const js = await app().request('/assets/index-abc.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect(await js.text()).toBe('console.log("app")');
    const css = await app().request('/assets/index-abc.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    const txt = await app().request('/robots.txt');
    expect(txt.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it.each(['/assets/x.js', '/assets/missing', '/favicon.ico', '/deep/link/file.map'])(
    'answers 404, not index.html, for the missing file %s',
    async (path) => {
      const res = await app().request(path);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('<div id="root">');
    },
  );

  it('answers HEAD for pages and 404 for other methods', async () => {
    expect((await app().request('/accounts/1', { method: 'HEAD' })).status).toBe(200);
    expect((await app().request('/', { method: 'POST' })).status).toBe(404);
  });

  it('answers /api/unknown with 404 JSON, not index.html, in both modes', async () => {
    const apps = [app(), sandboxApp(fakeUpstream().fetch, { staticDir: dir }).app];
    for (const each of apps) {
      for (const path of ['/api/unknown', '/api', '/api/']) {
        const res = await each.request(path);
        expect(res.status).toBe(404);
        expect(res.headers.get('content-type')).toContain('application/json');
      }
    }
  });

  it('does not serve files outside the directory', async () => {
    const path = '/%2e%2e/%2e%2e/etc/passwd';
    const res = await app().request(path, {}, { incoming: { url: path } });
    expect(res.status).toBe(400);
  });

  it('says the app is not built when index.html is missing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'moment-empty-'));
    try {
      const res = await liveApp(fakeUpstream().fetch, { staticDir: empty }).app.request('/accounts');
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('npm run build');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('precompressed assets', () => {
  let built: string;
  const source = `export const big = ${JSON.stringify('moment '.repeat(2000))};`;

  beforeAll(() => {
    built = mkdtempSync(join(tmpdir(), 'moment-precompressed-'));
    mkdirSync(join(built, 'assets'));
    writeFileSync(join(built, 'index.html'), INDEX.replace('</body>', `${'<!-- padding -->'.repeat(100)}</body>`));
    writeFileSync(join(built, 'assets', 'index-abc.js'), source);
    writeFileSync(join(built, 'assets', 'tiny-abc.js'), 'export {}');
    precompressDir(built);
  });
  afterAll(() => rmSync(built, { recursive: true, force: true }));

  const served = () => liveApp(fakeUpstream().fetch, { staticDir: built }).app;

  it('the build step writes .br and .gz for files that shrink, and skips tiny ones', () => {
    expect(existsSync(join(built, 'assets', 'index-abc.js.br'))).toBe(true);
    expect(existsSync(join(built, 'assets', 'index-abc.js.gz'))).toBe(true);
    expect(existsSync(join(built, 'assets', 'tiny-abc.js.br'))).toBe(false);
  });

  it.each([
    ['gzip, deflate, br', 'br', (bytes: Buffer) => brotliDecompressSync(bytes)],
    ['gzip', 'gzip', (bytes: Buffer) => gunzipSync(bytes)],
  ])('answers Accept-Encoding %j with %s, immutable and Vary', async (accept, encoding, decode) => {
    const res = await served().request('/assets/index-abc.js', { headers: { 'Accept-Encoding': accept } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe(encoding);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('vary')).toContain('Accept-Encoding');
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBeLessThan(source.length / 10);
    expect(decode(body).toString()).toBe(source);
  });

  it('answers raw bytes, still with Vary, to a client that accepts no encoding', async () => {
    const res = await served().request('/assets/index-abc.js');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary')).toContain('Accept-Encoding');
    expect(await res.text()).toBe(source);
  });

  it('compresses index.html for deep links too, and keeps it no-cache', async () => {
    const res = await served().request('/accounts/1/campaigns/2', { headers: { 'Accept-Encoding': 'br' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });
});
