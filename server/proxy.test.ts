import { describe, expect, it } from 'vitest';
import { API_BASE, JSON_TYPE, TOKEN, fakeUpstream, liveApp, sandboxApp } from './test-kit';

describe('proxy forwarding (live mode)', () => {
  it('forwards an allowlisted GET to /openapi/v4, keeping the query string', async () => {
    const upstream = fakeUpstream();
    const { app } = liveApp(upstream.fetch);
    const res = await app.request('/api/adGroups?campaignId=1&config=ON,OFF');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(upstream.calls.map((call) => call.url)).toEqual([
      `${API_BASE}/openapi/v4/adGroups?campaignId=1&config=ON,OFF`,
    ]);
  });

  it('replaces the browser Authorization, keeps adAccountId and Content-Type, drops the rest', async () => {
    const upstream = fakeUpstream();
    const { app } = liveApp(upstream.fetch);
    const res = await app.request('/api/adGroups/onOff', {
      method: 'PUT',
      headers: {
        Authorization: 'Bearer from-the-browser',
        adAccountId: '123',
        'Content-Type': 'application/json',
        Cookie: 'session=abc',
        'X-Forwarded-For': '1.2.3.4',
        'User-Agent': 'test-browser',
        Referer: 'http://localhost/x',
      },
      body: JSON.stringify({ id: 7, config: 'OFF' }),
    });
    expect(res.status).toBe(200);
    const [call] = upstream.calls;
    expect(call.method).toBe('PUT');
    expect(call.url).toBe(`${API_BASE}/openapi/v4/adGroups/onOff`);
    expect(call.headers).toEqual({
      authorization: `Bearer ${TOKEN}`,
      adaccountid: '123',
      'content-type': 'application/json',
    });
    expect(call.body).toBe('{"id":7,"config":"OFF"}');
  });

  it('forwards DELETE and the cancel endpoint with digit ids', async () => {
    const upstream = fakeUpstream(() => new Response(null, { status: 200 }));
    const { app } = liveApp(upstream.fetch);
    expect((await app.request('/api/adGroups/42', { method: 'DELETE', headers: JSON_TYPE })).status).toBe(200);
    expect((await app.request('/api/adGroups/cancel/42', { method: 'PUT', headers: JSON_TYPE })).status).toBe(200);
    expect(upstream.calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      `DELETE ${API_BASE}/openapi/v4/adGroups/42`,
      `PUT ${API_BASE}/openapi/v4/adGroups/cancel/42`,
    ]);
  });

  it.each(['abc', '12a', '-1', '1 OR 1', ''])('answers 400 for adAccountId %j without forwarding', async (id) => {
    const upstream = fakeUpstream();
    const { app } = liveApp(upstream.fetch);
    const res = await app.request('/api/campaigns', { headers: { adAccountId: id } });
    expect(res.status).toBe(400);
    expect(upstream.calls).toHaveLength(0);
  });

  it.each([
    ['DELETE', '/api/campaigns/1'],
    ['GET', '/api/reports'],
    ['GET', '/api/adGroups/abc'],
    ['PATCH', '/api/adGroups'],
    ['GET', '/api/adGroups/'],
    ['POST', '/api/campaigns'],
    ['GET', '/api/creatives'],
    ['POST', '/api/__sandbox/reset'],
    ['GET', '/api'],
    ['OPTIONS', '/api/adGroups'],
  ])('refuses %s %s with a 404 JSON and forwards nothing', async (method, path) => {
    const upstream = fakeUpstream();
    const { app } = liveApp(upstream.fetch);
    const res = await app.request(path, { method, headers: JSON_TYPE });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toMatchObject({ error: 'not_found' });
    expect(upstream.calls).toHaveLength(0);
  });
});

describe('sandbox mode', () => {
  it('forwards the reset endpoint, which live mode refuses', async () => {
    const upstream = fakeUpstream();
    const { app } = sandboxApp(upstream.fetch);
    expect((await app.request('/api/__sandbox/reset', { method: 'POST', headers: JSON_TYPE })).status).toBe(200);
    expect(upstream.calls[0].url).toBe(`${API_BASE}/openapi/v4/__sandbox/reset`);
  });

  it('answers /api/unknown with a 404 JSON', async () => {
    const upstream = fakeUpstream();
    const { app } = sandboxApp(upstream.fetch);
    const res = await app.request('/api/unknown');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: 'not_found' });
    expect(upstream.calls).toHaveLength(0);
  });

  it('sends a placeholder bearer token, never the browser one', async () => {
    const upstream = fakeUpstream();
    const { app } = sandboxApp(upstream.fetch);
    await app.request('/api/adAccounts/pages', { headers: { Authorization: 'Bearer mine' } });
    expect(upstream.calls[0].headers.authorization).toBe('Bearer sandbox');
  });

  it('passes mock bodies through untouched, placeholder word included', async () => {
    const upstream = fakeUpstream(() => Response.json({ name: 'sandbox 캠페인' }));
    const { app } = sandboxApp(upstream.fetch);
    expect(await (await app.request('/api/campaigns')).json()).toEqual({ name: 'sandbox 캠페인' });
  });
});

describe('upstream failures', () => {
  it('passes an upstream 400 with the Kakao envelope through, status and body', async () => {
    const envelope = {
      code: -813,
      msg: 'KakaoMomentException',
      extras: { detailCode: 32001, detailMsg: '광고그룹이 존재하지 않습니다.' },
    };
    const upstream = fakeUpstream(() => Response.json(envelope, { status: 400, headers: { 'Set-Cookie': 'k=v' } }));
    const { app } = liveApp(upstream.fetch);
    const res = await app.request('/api/adGroups/9', { headers: { adAccountId: '1' } });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(envelope);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('passes 429 with Retry-After through', async () => {
    const upstream = fakeUpstream(() => new Response('{}', { status: 429, headers: { 'Retry-After': '5' } }));
    const { app } = liveApp(upstream.fetch);
    const res = await app.request('/api/adGroups/pacing', { method: 'PUT', headers: JSON_TYPE });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('5');
  });

  it('answers 504 when Kakao does not answer in time', async () => {
    const upstream = fakeUpstream(
      (_call, signal) =>
        new Promise<Response>((_resolve, reject) => {
          signal?.addEventListener('abort', () => reject(signal.reason));
        }),
    );
    const { app } = liveApp(upstream.fetch, { timeoutMs: 30 });
    const res = await app.request('/api/campaigns');
    expect(res.status).toBe(504);
    expect(await res.json()).toMatchObject({ error: 'upstream_timeout' });
  });

  it('answers 502 with JSON when fetch throws, and the next request still works', async () => {
    let fail = true;
    const upstream = fakeUpstream(() => {
      if (fail) throw new TypeError(`fetch failed for Bearer ${TOKEN}`);
      return Response.json({ content: [] });
    });
    const { app, lines } = liveApp(upstream.fetch);
    const res = await app.request('/api/campaigns');
    expect(res.status).toBe(502);
    expect(await res.json()).toMatchObject({ error: 'upstream_unreachable' });
    fail = false;
    const next = await app.request('/api/campaigns');
    expect(next.status).toBe(200);
    expect(lines.join('\n')).toContain('[redacted]');
    expect(lines.join('\n')).not.toContain(TOKEN);
  });

  it('answers 502 when the upstream body breaks midway', async () => {
    const body = new ReadableStream({
      pull: (controller) => controller.error(new Error('socket hang up')),
    });
    const upstream = fakeUpstream(() => new Response(body, { status: 200 }));
    const { app } = liveApp(upstream.fetch);
    expect((await app.request('/api/campaigns')).status).toBe(502);
  });
});
