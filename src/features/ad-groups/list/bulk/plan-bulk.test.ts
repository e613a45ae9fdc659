import { describe, expect, it } from 'vitest';
import { planBulk, runBulk, summarize, type BulkItem } from './plan-bulk';

const display = { campaignType: 'DISPLAY', goal: 'VISITING' };
const targets = [
  { id: 1, name: 'a', config: 'ON' },
  { id: 2, name: 'b', config: 'OFF' },
  { id: 3, name: 'c', config: 'DEL' },
];

describe('planBulk', () => {
  it('skips groups already in the state, and deleted ones, for ON/OFF', () => {
    const plan = planBulk('off', targets, display);
    expect(plan.map((i) => [i.target.id, i.status, i.skipReason])).toEqual([
      [1, 'pending', undefined],
      [2, 'skipped', 'already'],
      [3, 'skipped', 'notAllowed'],
    ]);
  });

  it('skips everything the rules forbid: Bizboard × Reach cannot switch or be deleted', () => {
    const reach = { campaignType: 'TALK_BIZ_BOARD', goal: 'REACH' };
    expect(planBulk('on', targets, reach).every((i) => i.skipReason === 'notAllowed')).toBe(true);
    expect(planBulk('delete', targets.slice(0, 2), reach).every((i) => i.skipReason === 'notAllowed')).toBe(true);
  });

  it('deletes ON and OFF groups; a deleted one is already deleted', () => {
    expect(planBulk('delete', targets, display).map((i) => i.skipReason ?? i.status)).toEqual(['pending', 'pending', 'already']);
  });
});

describe('runBulk', () => {
  it('runs the pending items in order and reports each result', async () => {
    let items: BulkItem[] = planBulk('delete', targets, display);
    const calls: number[] = [];
    await runBulk(
      items,
      async (t) => {
        calls.push(t.id);
        if (t.id === 2) throw new Error('refused');
      },
      (id, patch) => (items = items.map((i) => (i.target.id === id ? { ...i, ...patch } : i))),
    );
    expect(calls).toEqual([1, 2]);
    expect(items.map((i) => i.status)).toEqual(['done', 'failed', 'skipped']);
    expect(summarize(items)).toEqual({ total: 3, done: 1, failed: 1, skipped: 1, processed: 3 });
  });

  it('stops before the next item when aborted', async () => {
    const controller = new AbortController();
    const items = planBulk('delete', targets.slice(0, 2), display);
    const calls: number[] = [];
    await runBulk(items, async (t) => void (calls.push(t.id), controller.abort()), () => {}, controller.signal);
    expect(calls).toEqual([1]);
  });
});
