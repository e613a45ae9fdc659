import { delay, http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChangesPage } from '../../src/api/contracts/changes';
import { ACCOUNT_IDS } from '../../mocks/data/seed-accounts';
import { CAMPAIGN_IDS } from '../../mocks/data/seed-campaigns';
import { db } from '../../mocks/db';
import { DEMO_USERS, SANDBOX_HISTORY } from '../../mocks/history-seed';
import { createSandboxServer } from '../../mocks/node';
import { setRateLimitsEnabled } from '../../mocks/rate-limit';
import { createApp } from '../app';
import type { Store } from '../store/store';
import { openTestStore, STORE_START_MS } from '../store/test-stores';
import { recheckUnknown } from './recheck';

// An upstream that takes the change but never answers in time: the record says "unknown"
// until the re-check job reads the group back and settles it.
const API_BASE = 'https://kakao.recheck.test';
const sandbox = createSandboxServer(`${API_BASE}/openapi/v4`);
const account = ACCOUNT_IDS.main;
const TIMEOUT_MS = 1_500;
const json = { 'Content-Type': 'application/json', adAccountId: String(account) };
let store: Store;
let app: ReturnType<typeof createApp>;
const lines: string[] = [];
const forward = async (request: Request) => app.fetch(request);

function liveGroup(): { id: number; dailyBudgetAmount: number } {
  const group = db.adGroupsOf(account, CAMPAIGN_IDS.displayVisit).find((g) => g.config === 'ON');
  if (!group?.dailyBudgetAmount) throw new Error('the seed has no ON display group with a budget');
  return { id: group.id, dailyBudgetAmount: group.dailyBudgetAmount };
}

/** Kakao's budget endpoint answering after the proxy gave up; `applies` says whether it took the change first. */
function slowBudgetEndpoint(applies: boolean) {
  sandbox.use(
    http.put(`${API_BASE}/openapi/v4/adGroups/dailyBudgetAmount`, async ({ request }) => {
      const body = (await request.json()) as { id: number; dailyBudgetAmount: number };
      const group = db.adGroup(account, body.id);
      if (applies && group) db.updateAdGroup({ ...group, dailyBudgetAmount: body.dailyBudgetAmount });
      await delay(TIMEOUT_MS * 3);
      return HttpResponse.json({});
    }),
  );
}

async function newestOf(adGroupId: number) {
  const res = await app.request(`/console/changes?adAccountId=${account}&adGroupId=${adGroupId}&limit=1`);
  return ((await res.json()) as ChangesPage).content[0];
}

async function changeBudgetUnanswered(group: { id: number }, amount: number) {
  const res = await app.request('/api/adGroups/dailyBudgetAmount', {
    method: 'PUT',
    headers: json,
    body: JSON.stringify({ id: group.id, dailyBudgetAmount: amount }),
  });
  expect(res.status, lines.join('\n')).toBe(504);
  const record = await newestOf(group.id);
  expect(record).toMatchObject({ outcome: 'unknown', changes: [{ field: 'dailyBudgetAmount', after: amount }] });
  return record;
}

// The job looks only at unknowns older than its settling time: ask it as if a few minutes had passed.
const later = () => new Date(Date.now() + 5 * 60_000);

beforeAll(async () => {
  sandbox.listen({ onUnhandledRequest: 'error' });
  setRateLimitsEnabled(false);
  store = await openTestStore('pglite');
  app = createApp({
    mode: 'sandbox',
    apiBase: API_BASE,
    timeoutMs: TIMEOUT_MS,
    log: (line) => lines.push(line),
    history: { store, userOf: () => DEMO_USERS[0], retentionDays: 730, seed: SANDBOX_HISTORY },
  });
}, STORE_START_MS);
beforeEach(async () => {
  lines.length = 0;
  expect((await app.request('/api/__sandbox/reset', { method: 'POST', headers: json })).status).toBeLessThan(300);
});
afterEach(() => sandbox.resetHandlers());
afterAll(async () => {
  sandbox.close();
  setRateLimitsEnabled(true);
  await store.close();
});

describe('an unknown outcome is re-checked later', () => {
  it('becomes applied when the group now has the value the change sent', async () => {
    const group = liveGroup();
    slowBudgetEndpoint(true);
    const record = await changeBudgetUnanswered(group, group.dailyBudgetAmount + 30_000);
    // Too soon: Kakao may still be working on it.
    expect(await recheckUnknown(store, forward, new Date())).toBe(0);
    expect(await recheckUnknown(store, forward, later())).toBe(1);
    expect(await newestOf(group.id)).toMatchObject({ id: record?.id, outcome: 'applied' });
    // Settled once: the next run has nothing to do.
    expect(await recheckUnknown(store, forward, later())).toBe(0);
  });

  it('becomes refused when the group still has the value from before', async () => {
    const group = liveGroup();
    slowBudgetEndpoint(false);
    const record = await changeBudgetUnanswered(group, group.dailyBudgetAmount + 40_000);
    expect(record?.changes[0]?.before).toBe(group.dailyBudgetAmount);
    expect(await recheckUnknown(store, forward, later())).toBe(1);
    expect(await newestOf(group.id)).toMatchObject({ id: record?.id, outcome: 'refused' });
  });
});
