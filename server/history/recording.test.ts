import { describe, expect, it } from 'vitest';
import type { ChangesPage } from '../../src/api/contracts/changes';
import { CAMPAIGN_IDS } from '../../mocks/data/seed-campaigns';
import { db } from '../../mocks/db';
import { DEMO_USERS, seedHistory } from '../../mocks/history-seed';
import { ACCOUNT, changesOf, installHistoryWorld, JSON_HEADERS, liveGroup, setBudget as putBudget } from './test-world';

const world = installHistoryWorld('https://kakao.history.test');
const account = ACCOUNT;
const groupOf = liveGroup;
const changes = (query: string) => changesOf(world.app, query);
const setBudget = (id: number, amount: number, headers: Record<string, string> = {}) => putBudget(world.app, id, amount, headers);

describe('recording changes through the app', () => {
  it('records an applied budget change with the server-read before, the batch id and who', async () => {
    const group = groupOf();
    const res = await setBudget(group.id, group.dailyBudgetAmount + 10_000, { 'X-Console-Batch-Id': 'bulk-1' });
    expect(res.status, world.lines.join('\n')).toBe(200);
    const changeId = res.headers.get('X-Console-Change-Id');
    expect(changeId).toMatch(/^\d+$/);

    const [latest] = (await changes(`adGroupId=${group.id}`)).content;
    expect(latest).toMatchObject({
      id: changeId,
      user: DEMO_USERS[0],
      adAccountId: account,
      campaignId: CAMPAIGN_IDS.displayVisit,
      adGroupId: group.id,
      action: 'dailyBudget',
      changes: [{ field: 'dailyBudgetAmount', before: group.dailyBudgetAmount, after: group.dailyBudgetAmount + 10_000 }],
      outcome: 'applied',
      batchId: 'bulk-1',
    });
    expect((await changes('batchId=bulk-1')).content.map((c) => c.id)).toEqual([changeId]);
  });

  it('records a refused change with Kakao’s detailCode and detailMsg, and links an undo', async () => {
    const group = groupOf();
    const res = await setBudget(group.id, 5_000, { 'X-Console-Undo-Of': '12' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    const refusal = (await res.json()) as { extras: { detailCode: number; detailMsg: string } };
    const [latest] = (await changes(`adGroupId=${group.id}`)).content;
    expect(latest).toMatchObject({
      outcome: 'refused',
      detailCode: refusal.extras.detailCode,
      detailMsg: refusal.extras.detailMsg,
      undoOf: '12',
    });
  });

  it('records nothing for reads or for a request the console refuses before Kakao', async () => {
    const group = groupOf();
    const before = (await changes(`adGroupId=${group.id}`)).content.length;
    expect((await world.app.request(`/api/adGroups/${group.id}`, { headers: JSON_HEADERS })).status).toBe(200);
    const crossSite = await setBudget(group.id, 90_000, { 'Sec-Fetch-Site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    expect((await changes(`adGroupId=${group.id}`)).content.length).toBe(before);
    expect(db.adGroup(account, group.id)?.dailyBudgetAmount).toBe(group.dailyBudgetAmount);
  });

  it('"reset demo" clears what was recorded and reseeds weeks of history by both demo users', async () => {
    const group = groupOf();
    await setBudget(group.id, group.dailyBudgetAmount + 20_000);
    await world.app.request('/api/__sandbox/reset', { method: 'POST', headers: JSON_HEADERS });
    const all: ChangesPage['content'] = [];
    let next: string | null = '';
    while (next !== null) {
      const page: ChangesPage = await changes(`campaignId=${CAMPAIGN_IDS.displayVisit}&limit=200${next ? `&cursor=${next}` : ''}`);
      all.push(...page.content);
      next = page.next;
    }
    expect(all.length).toBe(seedHistory(new Date()).length);
    expect(new Set(all.map((c) => c.user))).toEqual(new Set(DEMO_USERS));
    const spanDays = (Date.parse(all[0]?.at ?? '') - Date.parse(all.at(-1)?.at ?? '')) / 86_400_000;
    expect(spanDays).toBeGreaterThan(14);
    // The seed ends at the sandbox's values: the newest budget change's "after" is what the group has.
    const newestBudget = all.find((c) => c.adGroupId === group.id && c.action === 'dailyBudget' && c.outcome === 'applied');
    expect(newestBudget?.changes[0]?.after).toBe(group.dailyBudgetAmount);
  });

  it('answers 400 for a bad query or cursor', async () => {
    expect((await world.app.request('/console/changes?adAccountId=abc')).status).toBe(400);
    expect((await world.app.request(`/console/changes?adAccountId=${account}&cursor=zzz`)).status).toBe(400);
  });
});
