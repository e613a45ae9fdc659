import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
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

export const ACCOUNT = ACCOUNT_IDS.main;
/** What the console's client sends with a mutation. */
export const JSON_HEADERS = { 'Content-Type': 'application/json', adAccountId: String(ACCOUNT) };

/**
 * The real mock world behind the real proxy, with the recorder in front, as main.ts wires
 * it, for a history test file: the sandbox is reset (history reseeded) before each test.
 */
export function installHistoryWorld(apiBase: string, timeoutMs = 5_000) {
  const sandbox = createSandboxServer(`${apiBase}/openapi/v4`);
  const lines: string[] = [];
  const world = { sandbox, lines, store: undefined as unknown as Store, app: undefined as unknown as ReturnType<typeof createApp> };
  beforeAll(async () => {
    sandbox.listen({ onUnhandledRequest: 'error' });
    setRateLimitsEnabled(false);
    world.store = await openTestStore('pglite');
    world.app = createApp({
      mode: 'sandbox',
      apiBase,
      timeoutMs,
      log: (line) => lines.push(line),
      history: { store: world.store, userOf: () => DEMO_USERS[0], retentionDays: 730, seed: SANDBOX_HISTORY },
    });
  }, STORE_START_MS);
  beforeEach(async () => {
    lines.length = 0;
    expect((await world.app.request('/api/__sandbox/reset', { method: 'POST', headers: JSON_HEADERS })).status).toBeLessThan(300);
  });
  afterEach(() => sandbox.resetHandlers());
  afterAll(async () => {
    sandbox.close();
    setRateLimitsEnabled(true);
    await world.store.close();
  });
  return world;
}

/** An ON display group of the main campaign with a daily budget. */
export function liveGroup(): { id: number; dailyBudgetAmount: number } {
  const group = db.adGroupsOf(ACCOUNT, CAMPAIGN_IDS.displayVisit).find((g) => g.config === 'ON');
  if (!group?.dailyBudgetAmount) throw new Error('the seed has no ON display group with a budget');
  return { id: group.id, dailyBudgetAmount: group.dailyBudgetAmount };
}

/** GET /console/changes of the main account, with more of a query string. */
export async function changesOf(app: ReturnType<typeof createApp>, query: string): Promise<ChangesPage> {
  const res = await app.request(`/console/changes?adAccountId=${ACCOUNT}&${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as ChangesPage;
}

/** PUT /api/adGroups/dailyBudgetAmount through the app, as the console's client sends it. */
export function setBudget(app: ReturnType<typeof createApp>, id: number, amount: number, headers: Record<string, string> = {}) {
  return app.request('/api/adGroups/dailyBudgetAmount', {
    method: 'PUT',
    headers: { ...JSON_HEADERS, ...headers },
    body: JSON.stringify({ id, dailyBudgetAmount: amount }),
  });
}
