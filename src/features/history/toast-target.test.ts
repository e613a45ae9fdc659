import { describe, expect, it } from 'vitest';
import type { RecordedChange } from '../../api/client';
import { toastTarget } from './toast-target';

const change = (patch: Partial<RecordedChange>): RecordedChange => ({
  changeId: 'c-1',
  method: 'PUT',
  path: '/adGroups/dailyBudgetAmount',
  body: { id: 54001, dailyBudgetAmount: 20_000 },
  adAccountId: 27429,
  ...patch,
});

describe('toastTarget', () => {
  it('offers undo for a single budget, bid, pacing, on/off change or full edit', () => {
    expect(toastTarget(change({}))).toEqual({ adAccountId: 27429, adGroupId: 54001, action: 'dailyBudget', changeId: 'c-1' });
    expect(toastTarget(change({ path: '/adGroups' }))?.action).toBe('edit');
    expect(toastTarget(change({ path: '/adGroups/onOff' }))?.action).toBe('onOff');
  });

  it('not for bulk items, undos, creates, deletes or cancelled contracts', () => {
    expect(toastTarget(change({ tag: { batchId: 'b' } }))).toBeNull();
    expect(toastTarget(change({ tag: { undoOf: 'c-0' } }))).toBeNull();
    expect(toastTarget(change({ method: 'POST', path: '/adGroups' }))).toBeNull();
    expect(toastTarget(change({ method: 'DELETE', path: '/adGroups/54001', body: undefined }))).toBeNull();
    expect(toastTarget(change({ path: '/adGroups/cancel/54001', body: undefined }))).toBeNull();
  });
});
