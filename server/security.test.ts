import { describe, expect, it, vi } from 'vitest';
import { isUnsafePath } from './security';
import { JSON_TYPE, TOKEN, dump, fakeUpstream, liveApp, sandboxApp } from './test-kit';

const TRAVERSALS = [
  '/api/adGroups/..%2fcampaigns',
  '/api/adGroups/..%2Fcampaigns',
  '/api/%2e%2e/x',
  '/api/%2E%2E/campaigns/1',
  '/api/adGroups/1/..',
  '/api/adGroups/./1',
  '/api//evil.com/x',
  '/api/http://evil.com',
  '/api/adGroups%5c1',
  '/api\\adGroups',
  '/api/adGroups/%00',
];

describe('path guard', () => {
  it.each(TRAVERSALS)('answers 4xx for %s and forwards nothing', async (path) => {
    const upstream = fakeUpstream();
    const { app } = liveApp(upstream.fetch);
    // Node's server hands the app the raw request target too: the URL parser would
    // otherwise have resolved `..` and `%2e%2e` before the app sees them.
    const res = await app.request(path, {}, { incoming: { url: path } });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(upstream.calls).toHaveLength(0);
  });

  // Without the raw target (plain app.request), `/./` and `\\` are resolved by the URL
  // parser into ordinary allowlisted paths, which is harmless; these must still stop.
  it.each(TRAVERSALS.filter((path) => !path.includes('/./') && !path.includes('\\')))(
    'forwards nothing for %s even without the raw target', async (path) => {
    const upstream = fakeUpstream();
    const { app } = liveApp(upstream.fetch, { staticDir: undefined });
    await app.request(path);
    expect(upstream.calls).toHaveLength(0);
  },
  );

  it('refuses an absolute-form request target', async () => {
    const upstream = fakeUpstream();
    const { app } = liveApp(upstream.fetch);
    const res = await app.request('/api/campaigns', {}, { incoming: { url: 'http://evil.com/api/campaigns' } });
    expect(res.status).toBe(400);
    expect(upstream.calls).toHaveLength(0);
  });

  it('accepts ordinary paths and any query string', () => {
    expect(isUnsafePath('/api/adGroups/12')).toBe(false);
    expect(isUnsafePath('/accounts/1/campaigns/2')).toBe(false);
    expect(isUnsafePath('/assets/index-AbC.js')).toBe(false);
    expect(isUnsafePath('/api/x/.hidden')).toBe(false);
    expect(isUnsafePath('api/adGroups')).toBe(true);
  });
});

describe('origin check on state-changing requests', () => {
  it.each(['PUT', 'POST', 'DELETE'])('%s from a foreign Origin gets 403 and forwards nothing', async (method) => {
    const upstream = fakeUpstream();
    const { app } = liveApp(upstream.fetch);
    const path = method === 'DELETE' ? '/api/adGroups/1' : method === 'POST' ? '/api/adGroups' : '/api/adGroups/onOff';
    for (const origin of ['https://evil.example', 'null', 'http://localhost:9999', 'http://localhost.evil.example']) {
      const res = await app.request(path, { method, headers: { Origin: origin }, body: method === 'DELETE' ? undefined : '{}' });
      expect(res.status).toBe(403);
    }
    expect(upstream.calls).toHaveLength(0);
  });

  it('accepts the same origin and requests without an Origin', async () => {
    const upstream = fakeUpstream();
    const { app } = liveApp(upstream.fetch);
    const same = await app.request('http://localhost:4173/api/adGroups/onOff', {
      method: 'PUT',
      headers: { Origin: 'http://localhost:4173', ...JSON_TYPE },
      body: '{}',
    });
    expect(same.status).toBe(200);
    const none = await app.request('/api/adGroups/onOff', { method: 'PUT', headers: JSON_TYPE, body: '{}' });
    expect(none.status).toBe(200);
    expect(upstream.calls).toHaveLength(2);
  });

  it('ignores Origin on GET (reads change nothing)', async () => {
    const upstream = fakeUpstream();
    const { app } = liveApp(upstream.fetch);
    const res = await app.request('/api/campaigns', { headers: { Origin: 'https://evil.example' } });
    expect(res.status).toBe(200);
  });
});

describe('host guard', () => {
  it('answers 403 to a host name it was not told about (DNS rebinding)', async () => {
    const upstream = fakeUpstream();
    const { app } = liveApp(upstream.fetch, { allowedHosts: ['localhost', '127.0.0.1'] });
    expect((await app.request('http://evil.example:4173/api/campaigns')).status).toBe(403);
    expect((await app.request('http://127.0.0.1:4173/api/campaigns')).status).toBe(200);
    expect(upstream.calls).toHaveLength(1);
  });
});

describe('body limit', () => {
  it('answers 413 above 1 MB and forwards nothing', async () => {
    const upstream = fakeUpstream();
    const { app } = liveApp(upstream.fetch);
    const big = JSON.stringify({ name: 'x'.repeat(1024 * 1024) });
    const res = await app.request('/api/adGroups', { method: 'POST', headers: JSON_TYPE, body: big });
    expect(res.status).toBe(413);
    expect(upstream.calls).toHaveLength(0);
  });

  it('answers 413 for a streamed body without Content-Length', async () => {
    const upstream = fakeUpstream();
    const { app } = liveApp(upstream.fetch);
    const chunk = new Uint8Array(256 * 1024);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 5) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await app.request('/api/adGroups', { method: 'POST', headers: JSON_TYPE, body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect(upstream.calls).toHaveLength(0);
  });

  it('forwards a body just under the limit', async () => {
    const upstream = fakeUpstream();
    const { app } = liveApp(upstream.fetch);
    const body = 'x'.repeat(1024 * 1024);
    expect((await app.request('/api/adGroups', { method: 'POST', headers: JSON_TYPE, body })).status).toBe(200);
    expect(upstream.calls[0].body).toHaveLength(1024 * 1024);
  });
});

describe('the token never leaks', () => {
  it('is absent from every response and log line, even when Kakao echoes it', async () => {
    const captured: string[] = [];
    const capture = (...args: unknown[]) => {
      captured.push(args.map(String).join(' '));
    };
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((name) =>
      vi.spyOn(console, name).mockImplementation(capture),
    );
    const upstream = fakeUpstream((call) => {
      if (call.url.includes('campaigns/1')) throw new Error(`bad header Authorization: Bearer ${TOKEN}`);
      if (call.url.includes('campaigns/2')) return new Promise<Response>(() => undefined);
      return Response.json({ echo: call.headers.authorization }, { headers: { 'X-Echo': TOKEN } });
    });
    // No log option: the default console logger is the one under test.
    const { app } = liveApp(upstream.fetch, { log: undefined, timeoutMs: 20 });
    const responses = await Promise.all([
      app.request('/api/campaigns'),
      app.request('/api/campaigns/1'),
      app.request('/api/campaigns/2'),
      app.request('/api/reports'),
      app.request('/api/campaigns', { headers: { adAccountId: 'x' } }),
      app.request('/api/adGroups', { method: 'POST', headers: { Origin: 'https://evil.example' } }),
    ]);
    const all = (await Promise.all(responses.map(dump))).join('\n');
    spies.forEach((spy) => spy.mockRestore());
    expect(responses.map((res) => res.status)).toEqual([200, 502, 504, 404, 400, 403]);
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain('x-echo'); // only Content-Type and Retry-After come back
    expect(captured.length).toBeGreaterThan(0);
    expect(captured.join('\n')).not.toContain(TOKEN);
  });
});

describe('headers on API answers', () => {
  it('sets nosniff and no-store on proxied JSON', async () => {
    const { app } = sandboxApp(fakeUpstream().fetch);
    const res = await app.request('/api/campaigns');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
