import { describe, expect, it } from 'vitest';
import { db } from '../../../mocks/db';
import { AD_GROUP_IDS } from '../../../mocks/data/seed-ad-groups';
import { ACCOUNT_IDS } from '../../../mocks/data/seed-accounts';
import { present } from '../../../mocks/handlers/ad-group-view';
import type { AdGroupDetail } from '../../api/contracts/ad-group';
import type { ChangeRecord } from '../../api/contracts/changes';
import { isUndoable, planUndo } from './undo-plan';

db.reset();
const ACCOUNT = ACCOUNT_IDS.main;
function group(id: number, patch: Partial<AdGroupDetail> = {}): AdGroupDetail {
  const stored = db.adGroup(ACCOUNT, id);
  if (!stored) throw new Error(`no seed group ${id}`);
  return { ...present(stored, ACCOUNT), ...patch };
}
function record(action: ChangeRecord['action'], changes: ChangeRecord['changes'], patch: Partial<ChangeRecord> = {}): ChangeRecord {
  return {
    id: 'c-1',
    at: '2026-12-01T05:02:00Z',
    user: '김마케터',
    adAccountId: ACCOUNT,
    campaignId: 1,
    adGroupId: AD_GROUP_IDS.displayLive,
    adGroupName: 'g',
    action,
    changes,
    outcome: 'applied',
    ...patch,
  };
}
const live = AD_GROUP_IDS.displayLive;

describe('planUndo: single changes', () => {
  it('puts the old daily budget back through the budget endpoint', () => {
    const change = record('dailyBudget', [{ field: 'dailyBudgetAmount', before: 50_000, after: 70_000 }]);
    expect(planUndo(change, group(live, { dailyBudgetAmount: 70_000 }))).toEqual({
      status: 'ready',
      request: { endpoint: 'dailyBudget', body: { id: live, dailyBudgetAmount: 50_000 } },
    });
  });

  it('switches back a group that was switched off', () => {
    const change = record('onOff', [{ field: 'config', before: 'ON', after: 'OFF' }]);
    expect(planUndo(change, group(live, { config: 'OFF' }))).toMatchObject({ status: 'ready', request: { endpoint: 'onOff', body: { config: 'ON' } } });
  });

  it('has nothing to do when the value is already back', () => {
    const change = record('pacing', [{ field: 'pacing', before: 'NORMAL', after: 'QUICK' }]);
    expect(planUndo(change, group(live, { pacing: 'NORMAL' }))).toEqual({ status: 'alreadyUndone' });
  });

  it('restores a rename as a full edit of the name', () => {
    const change = record('edit', [{ field: 'name', before: '봄', after: '여름' }]);
    expect(planUndo(change, group(live, { name: '여름' }))).toEqual({ status: 'ready', request: { endpoint: 'edit', id: live, restore: { name: '봄' } } });
  });

  it('leaves a full edit of targeting or schedule to the editor', () => {
    const change = record('edit', [{ field: 'targeting.ages', before: ['20'], after: ['30'] }]);
    expect(planUndo(change, group(live))).toEqual({ status: 'notUndoable', reason: 'unsupported' });
  });
});

describe('planUndo: what cannot be undone', () => {
  it.each(['delete', 'cancelContract', 'create'])('%s is irreversible', (action) => {
    const change = record(action, []);
    expect(planUndo(change, group(live))).toEqual({ status: 'notUndoable', reason: 'irreversible' });
    expect(isUndoable(change)).toBe(false);
  });

  it('a refused or unknown change applied nothing to undo', () => {
    const change = record('dailyBudget', [{ field: 'dailyBudgetAmount', before: 50_000, after: 70_000 }], { outcome: 'refused' });
    expect(planUndo(change, group(live))).toEqual({ status: 'notUndoable', reason: 'notApplied' });
  });
});

describe('planUndo: the rules and conflicts', () => {
  it('says why when a rule now refuses the old value (bid above half the daily budget)', () => {
    const change = record('bidAmount', [{ field: 'bidAmount', before: 40_000, after: 1_000 }]);
    const plan = planUndo(change, group(live, { bidStrategy: 'MANUAL', bidAmount: 1_000, dailyBudgetAmount: 50_000 }));
    expect(plan).toMatchObject({ status: 'refused', violations: [{ field: 'bidAmount', rule: 'bid.aboveHalfBudget' }] });
  });

  it('shows before, after and now when the value changed again since', () => {
    const change = record('dailyBudget', [{ field: 'dailyBudgetAmount', before: 50_000, after: 70_000 }]);
    expect(planUndo(change, group(live, { dailyBudgetAmount: 90_000 }))).toEqual({
      status: 'conflict',
      request: { endpoint: 'dailyBudget', body: { id: live, dailyBudgetAmount: 50_000 } },
      conflicts: [{ field: 'dailyBudgetAmount', before: 50_000, after: 70_000, now: 90_000 }],
    });
  });
});
