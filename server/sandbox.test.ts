import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSandboxServer } from '../mocks/node';
import { setRateLimitsEnabled } from '../mocks/rate-limit';
import { createApp } from './app';

// The real mock world behind the real proxy, wired as server/main.ts wires it: msw/node
// intercepts the proxy's own upstream fetch (no `fetch` is injected here).
const API_BASE = 'https://kakao.sandbox.test';
const sandbox = createSandboxServer(`${API_BASE}/openapi/v4`);
const app = createApp({ mode: 'sandbox', apiBase: API_BASE, timeoutMs: 5_000 });

interface Page<T> {
  content: T[];
}
interface Row {
  id: number;
  config: string;
}

async function get<T>(path: string, adAccountId?: number): Promise<T> {
  const res = await app.request(`/api${path}`, { headers: adAccountId ? { adAccountId: String(adAccountId) } : {} });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

beforeAll(() => {
  sandbox.listen({ onUnhandledRequest: 'error' });
  setRateLimitsEnabled(false);
});
beforeEach(async () => {
  expect((await app.request('/api/__sandbox/reset', { method: 'POST', headers: { 'Content-Type': 'application/json' } })).status).toBeLessThan(300);
});
afterAll(() => {
  sandbox.close();
  setRateLimitsEnabled(true);
});

describe('sandbox mode end to end', () => {
  it('answers the ad accounts look-up with content', async () => {
    const accounts = await get<Page<Row>>('/adAccounts/pages?config=ON,OFF');
    expect(accounts.content.length).toBeGreaterThan(0);
    expect(accounts.content[0]).toMatchObject({ id: expect.any(Number) });
  });

  it('keeps state across requests until reset', async () => {
    const [account] = (await get<Page<Row>>('/adAccounts/pages?config=ON,OFF')).content;
    const campaigns = await get<Page<Row>>('/campaigns?config=ON,OFF', account.id);
    let group: Row | undefined;
    for (const campaign of campaigns.content) {
      const groups = await get<Page<Row>>(`/adGroups?campaignId=${campaign.id}&config=ON`, account.id);
      group = groups.content[0];
      if (group) break;
    }
    if (!group) throw new Error('the seed has no ad group that is ON');
    const detail = () => get<Row>(`/adGroups/${group.id}`, account.id);

    const off = await app.request('/api/adGroups/onOff', {
      method: 'PUT',
      headers: { adAccountId: String(account.id), 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: group.id, config: 'OFF' }),
    });
    expect(off.status).toBe(200);
    expect((await detail()).config).toBe('OFF');

    await app.request('/api/__sandbox/reset', { method: 'POST', headers: { 'Content-Type': 'application/json' } });
    expect((await detail()).config).toBe('ON');
  });

  it('still refuses what the allowlist refuses', async () => {
    expect((await app.request('/api/campaigns/1', { method: 'DELETE', headers: { 'Content-Type': 'application/json' } })).status).toBe(404);
    expect((await app.request('/api/unknown')).status).toBe(404);
  });
});
