import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/store';
import { openTestStore, STORE_START_MS, TEST_ENGINES } from '../store/test-stores';
import { runMigrations } from '../store/migrations';
import {
  BadCursorError,
  clearChanges,
  insertChange,
  insertChanges,
  listChanges,
  pruneChanges,
  type NewChange,
} from './change-repo';

function change(overrides: Partial<NewChange> = {}): NewChange {
  return {
    at: '2026-05-01T00:00:00.000Z',
    user: '김마케터',
    adAccountId: 1,
    campaignId: 10,
    adGroupId: 100,
    adGroupName: 'Spring',
    action: 'dailyBudget',
    changes: [{ field: 'dailyBudgetAmount', before: 10000, after: 20000 }],
    outcome: 'applied',
    ...overrides,
  };
}

const minutes = (n: number) => new Date(Date.UTC(2026, 4, 1, 0, n)).toISOString();

describe.each(TEST_ENGINES)('change repository on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore(engine);
  }, STORE_START_MS);
  afterAll(() => store.close());
  beforeEach(() => clearChanges(store, [1, 2]));

  it('migrations are idempotent: a second run applies nothing', async () => {
    expect(await runMigrations(store)).toEqual([]);
  });

  it('writes a record and reads it back with every field', async () => {
    const id = await insertChange(
      store,
      change({ outcome: 'refused', detailCode: 31001, detailMsg: '일예산이 너무 적습니다', batchId: 'b1', undoOf: '7' }),
    );
    const page = await listChanges(store, { adAccountId: '1' });
    expect(page).toEqual({
      content: [
        {
          ...change(),
          id,
          outcome: 'refused',
          detailCode: 31001,
          detailMsg: '일예산이 너무 적습니다',
          batchId: 'b1',
          undoOf: '7',
        },
      ],
      next: null,
    });
  });

  it('filters by account, campaign, group, user, action, batch and time range', async () => {
    await insertChanges(store, [
      change({ at: minutes(1) }),
      change({ at: minutes(2), adAccountId: 2 }),
      change({ at: minutes(3), campaignId: 11, adGroupId: 101 }),
      change({ at: minutes(4), user: '이운영', action: 'onOff' }),
      change({ at: minutes(5), batchId: 'bulk-1' }),
    ]);
    const ats = async (query: Parameters<typeof listChanges>[1]) =>
      (await listChanges(store, query)).content.map((record) => record.at);
    expect(await ats({ adAccountId: '1' })).toEqual([minutes(5), minutes(4), minutes(3), minutes(1)]);
    expect(await ats({ adAccountId: '1', campaignId: '11' })).toEqual([minutes(3)]);
    expect(await ats({ adAccountId: '1', adGroupId: '100' })).toEqual([minutes(5), minutes(4), minutes(1)]);
    expect(await ats({ adAccountId: '1', user: '이운영' })).toEqual([minutes(4)]);
    expect(await ats({ adAccountId: '1', action: 'onOff' })).toEqual([minutes(4)]);
    expect(await ats({ adAccountId: '1', batchId: 'bulk-1' })).toEqual([minutes(5)]);
    expect(await ats({ adAccountId: '1', since: minutes(3), until: minutes(5) })).toEqual([minutes(4), minutes(3)]);
  });

  it('pages with a cursor that is stable while new rows arrive, ties included', async () => {
    // Two rows share each timestamp, so the id must break ties.
    await insertChanges(
      store,
      Array.from({ length: 10 }, (_, i) => change({ at: minutes(Math.floor(i / 2)), adGroupName: `g${i}` })),
    );
    const first = await listChanges(store, { adAccountId: '1', limit: 4 });
    expect(first.next).not.toBeNull();
    await insertChange(store, change({ at: minutes(30), adGroupName: 'new' }));
    const seen = [...first.content];
    let next = first.next;
    while (next !== null) {
      const page = await listChanges(store, { adAccountId: '1', limit: 4, cursor: next });
      seen.push(...page.content);
      next = page.next;
    }
    expect(seen.map((record) => record.adGroupName)).toEqual(['g9', 'g8', 'g7', 'g6', 'g5', 'g4', 'g3', 'g2', 'g1', 'g0']);
  });

  it('refuses a forged cursor', async () => {
    await expect(listChanges(store, { adAccountId: '1', cursor: 'bm9wZQ' })).rejects.toBeInstanceOf(BadCursorError);
  });

  it('retention removes only records older than the given days', async () => {
    const now = new Date('2026-05-31T00:00:00Z');
    await insertChanges(store, [
      change({ at: '2026-05-01T00:00:00.000Z' }), // 30 days old
      change({ at: '2026-05-02T00:00:00.000Z' }), // 29 days old
    ]);
    expect(await pruneChanges(store, 29.5, now)).toBe(1);
    expect((await listChanges(store, { adAccountId: '1' })).content.map((r) => r.at)).toEqual(['2026-05-02T00:00:00.000Z']);
  });
});
