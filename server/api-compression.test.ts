import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { API_COMPRESSION_MIN_BYTES, pickEncoding } from './api-compression';
import { fakeUpstream, liveApp } from './test-kit';

describe('pickEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['*', 'br'],
    ['identity', null],
    [undefined, null],
    ['gzip;q=0, br;q=0', null],
  ])('%j → %j', (header, expected) => {
    expect(pickEncoding(header)).toBe(expected);
  });
});

describe('large /api JSON is compressed on the fly', () => {
  const rows = Array.from({ length: 400 }, (_, i) => ({ id: 1000 + i, name: `광고그룹 ${i}`, config: 'ON' }));
  const large = { content: rows };

  it.each([
    ['br', (bytes: Buffer) => brotliDecompressSync(bytes)],
    ['gzip', (bytes: Buffer) => gunzipSync(bytes)],
  ])('with %s when the client accepts it, keeping status and JSON', async (encoding, decode) => {
    const { app } = liveApp(fakeUpstream(() => Response.json(large)).fetch);
    const res = await app.request('/api/adGroups?campaignId=1', { headers: { 'Accept-Encoding': encoding } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe(encoding);
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(res.headers.get('content-type')).toContain('application/json');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.length).toBeLessThan(JSON.stringify(large).length / 4);
    expect(JSON.parse(decode(bytes).toString())).toEqual(large);
  });

  it('leaves small answers, and clients that accept nothing, uncompressed', async () => {
    const small = { content: rows.slice(0, 2) };
    expect(JSON.stringify(small).length).toBeLessThan(API_COMPRESSION_MIN_BYTES);
    const { app } = liveApp(fakeUpstream((call) => Response.json(call.url.includes('small') ? small : large)).fetch);
    const tiny = await app.request('/api/campaigns?small=1', { headers: { 'Accept-Encoding': 'br' } });
    expect(tiny.headers.get('content-encoding')).toBeNull();
    expect(await tiny.json()).toEqual(small);
    const plain = await app.request('/api/campaigns');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.json()).toEqual(large);
  });
});
