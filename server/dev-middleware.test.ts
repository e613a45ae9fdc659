import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { devProxyMiddleware } from './dev-middleware';
import { TOKEN } from './test-kit';

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

describe('devProxyMiddleware', () => {
  const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
  const kakao = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    res.setHeader('Content-Type', 'application/json');
    res.end('{"content":[]}');
  });
  let vite: Server;
  let viteUrl = '';

  beforeAll(async () => {
    vi.stubEnv('KAKAO_BUSINESS_TOKEN', TOKEN);
    vi.stubEnv('KAKAO_API_BASE', await listen(kakao));
    const middleware = await devProxyMiddleware();
    // Stands in for Vite: whatever the middleware passes on, "Vite" answers.
    vite = createServer((req, res) => middleware(req, res, () => res.end('vite')));
    viteUrl = await listen(vite);
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await Promise.all([vite, kakao].map((server) => new Promise((resolve) => server.close(resolve))));
  });

  it('proxies allowlisted /api calls with the token', async () => {
    const res = await fetch(`${viteUrl}/api/adGroups?campaignId=1`, { headers: { Authorization: 'Bearer x' } });
    expect(res.status).toBe(200);
    expect(seen.at(-1)?.url).toBe('/openapi/v4/adGroups?campaignId=1');
    expect(seen.at(-1)?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('refuses what the allowlist refuses', async () => {
    const before = seen.length;
    expect((await fetch(`${viteUrl}/api/reports`)).status).toBe(404);
    expect(seen.length).toBe(before);
  });

  it('leaves every other path to Vite', async () => {
    expect(await (await fetch(`${viteUrl}/src/main.tsx`)).text()).toBe('vite');
    expect(await (await fetch(`${viteUrl}/apiary`)).text()).toBe('vite');
  });

  it('refuses to start without a token', async () => {
    vi.stubEnv('KAKAO_BUSINESS_TOKEN', '');
    await expect(devProxyMiddleware()).rejects.toThrow('KAKAO_BUSINESS_TOKEN');
    vi.stubEnv('KAKAO_BUSINESS_TOKEN', TOKEN);
  });
});
