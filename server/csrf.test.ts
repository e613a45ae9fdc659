import { describe, expect, it } from 'vitest';
import { API_BASE, JSON_TYPE, fakeUpstream, liveApp } from './test-kit';

describe('mutation guard (CSRF)', () => {
  it('refuses the simple cross-site POST a hostile page can send: text/plain, no Origin', async () => {
    const upstream = fakeUpstream();
    const { app } = liveApp(upstream.fetch);
    const res = await app.request('/api/adGroups', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'Sec-Fetch-Site': 'cross-site' },
      body: '{"name":"planted"}',
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: 'cross_site' });
    expect(upstream.calls).toHaveLength(0);
  });

  it.each(['cross-site', 'same-site', 'CROSS-SITE'])('refuses Sec-Fetch-Site %s even with a JSON body', async (site) => {
    const upstream = fakeUpstream();
    const { app } = liveApp(upstream.fetch);
    const res = await app.request('/api/adGroups/onOff', {
      method: 'PUT',
      headers: { ...JSON_TYPE, 'Sec-Fetch-Site': site },
      body: '{}',
    });
    expect(res.status).toBe(403);
    expect(upstream.calls).toHaveLength(0);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp', undefined])(
    'refuses a mutation whose Content-Type is %s with 415',
    async (contentType) => {
      const upstream = fakeUpstream();
      const { app } = liveApp(upstream.fetch);
      const headers: Record<string, string> = { 'Sec-Fetch-Site': 'same-origin' };
      if (contentType) headers['Content-Type'] = contentType;
      const res = await app.request('/api/adGroups', { method: 'POST', headers, body: '{}' });
      expect(res.status).toBe(415);
      expect(await res.json()).toMatchObject({ error: 'json_required' });
      expect(upstream.calls).toHaveLength(0);
    },
  );

  it('refuses a bodiless DELETE without the JSON type too: one rule for every mutation', async () => {
    const upstream = fakeUpstream();
    const { app } = liveApp(upstream.fetch);
    expect((await app.request('/api/adGroups/4', { method: 'DELETE' })).status).toBe(415);
    expect(upstream.calls).toHaveLength(0);
  });

  it('forwards a same-origin JSON mutation, charset parameter included', async () => {
    const upstream = fakeUpstream();
    const { app } = liveApp(upstream.fetch);
    const res = await app.request('http://localhost:4173/api/adGroups/onOff', {
      method: 'PUT',
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Sec-Fetch-Site': 'same-origin',
        Origin: 'http://localhost:4173',
      },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(upstream.calls).toHaveLength(1);
  });

  it('leaves reads alone, wherever they come from', async () => {
    const upstream = fakeUpstream();
    const { app } = liveApp(upstream.fetch);
    const res = await app.request('/api/campaigns', { headers: { 'Sec-Fetch-Site': 'cross-site' } });
    expect(res.status).toBe(200);
  });
});

describe('ids past 2^53', () => {
  it.each(['/api/adGroups/9999999999999999', '/api/adGroups/9007199254740992', '/api/adGroups/99999999999999999999/systemConfigHistories'])(
    'refuses %s with 400 instead of forwarding an id nobody can hold exactly',
    async (path) => {
      const upstream = fakeUpstream();
      const { app } = liveApp(upstream.fetch);
      const res = await app.request(path);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'bad_id' });
      expect(upstream.calls).toHaveLength(0);
    },
  );

  it('refuses an adAccountId past 2^53', async () => {
    const upstream = fakeUpstream();
    const { app } = liveApp(upstream.fetch);
    expect((await app.request('/api/campaigns', { headers: { adAccountId: '9007199254740993' } })).status).toBe(400);
    expect(upstream.calls).toHaveLength(0);
  });

  it('forwards the largest exact id digit for digit', async () => {
    const upstream = fakeUpstream();
    const { app } = liveApp(upstream.fetch);
    expect((await app.request('/api/adGroups/9007199254740991', { headers: { adAccountId: '9007199254740991' } })).status).toBe(200);
    expect(upstream.calls[0].url).toBe(`${API_BASE}/openapi/v4/adGroups/9007199254740991`);
    expect(upstream.calls[0].headers.adaccountid).toBe('9007199254740991');
  });
});
