import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../mocks/db';
import { recheckUnknown } from './recheck';
import { ACCOUNT, changesOf, installHistoryWorld, liveGroup, setBudget } from './test-world';

// An upstream that takes the change but never answers in time: the record says "unknown"
// until the re-check job reads the group back and settles it.
const API_BASE = 'https://kakao.recheck.test';
const TIMEOUT_MS = 1_500;
const world = installHistoryWorld(API_BASE, TIMEOUT_MS);
const forward = async (request: Request) => world.app.fetch(request);

/** Kakao's budget endpoint answering after the proxy gave up; `applies` says whether it took the change first. */
function slowBudgetEndpoint(applies: boolean) {
  world.sandbox.use(
    http.put(`${API_BASE}/openapi/v4/adGroups/dailyBudgetAmount`, async ({ request }) => {
      const body = (await request.json()) as { id: number; dailyBudgetAmount: number };
      const group = db.adGroup(ACCOUNT, body.id);
      if (applies && group) db.updateAdGroup({ ...group, dailyBudgetAmount: body.dailyBudgetAmount });
      await delay(TIMEOUT_MS * 3);
      return HttpResponse.json({});
    }),
  );
}

const newestOf = async (adGroupId: number) => (await changesOf(world.app, `adGroupId=${adGroupId}&limit=1`)).content[0];

async function changeBudgetUnanswered(group: { id: number }, amount: number) {
  const res = await setBudget(world.app, group.id, amount);
  expect(res.status, world.lines.join('\n')).toBe(504);
  const record = await newestOf(group.id);
  expect(record).toMatchObject({ outcome: 'unknown', changes: [{ field: 'dailyBudgetAmount', after: amount }] });
  return record;
}

// The job looks only at unknowns older than its settling time: ask it as if a few minutes had passed.
const later = () => new Date(Date.now() + 5 * 60_000);

describe('an unknown outcome is re-checked later', () => {
  it('becomes applied when the group now has the value the change sent', async () => {
    const group = liveGroup();
    slowBudgetEndpoint(true);
    const record = await changeBudgetUnanswered(group, group.dailyBudgetAmount + 30_000);
    // Too soon: Kakao may still be working on it.
    expect(await recheckUnknown(world.store, forward, new Date())).toBe(0);
    expect(await recheckUnknown(world.store, forward, later())).toBe(1);
    expect(await newestOf(group.id)).toMatchObject({ id: record?.id, outcome: 'applied' });
    // Settled once: the next run has nothing to do.
    expect(await recheckUnknown(world.store, forward, later())).toBe(0);
  });

  it('becomes refused when the group still has the value from before', async () => {
    const group = liveGroup();
    slowBudgetEndpoint(false);
    const record = await changeBudgetUnanswered(group, group.dailyBudgetAmount + 40_000);
    expect(record?.changes[0]?.before).toBe(group.dailyBudgetAmount);
    expect(await recheckUnknown(world.store, forward, later())).toBe(1);
    expect(await newestOf(group.id)).toMatchObject({ id: record?.id, outcome: 'refused' });
  });
});
