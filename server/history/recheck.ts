import type { ChangeRecord } from '../../src/api/contracts/changes';
import type { Store } from '../store/store';
import { settleChange, unknownChanges } from './change-repo';
import { sameJson, valueAt } from './diff';
import { readGroup, type Forward, type GroupRead } from './group-reader';

// Give Kakao time to settle; stop asking after a day (the answer will not come).
const SETTLE_MS = 30_000;
const GIVE_UP_MS = 86_400_000;
const BATCH = 20;

/** What the group as read now says about an unknown change; null: still cannot tell. */
export function settledOutcome(change: ChangeRecord, read: GroupRead): 'applied' | 'refused' | null {
  if (change.action === 'delete') return read.kind === 'gone' ? 'applied' : read.kind === 'found' ? 'refused' : null;
  if (read.kind !== 'found' || change.changes.length === 0) return null;
  const now = (field: string) => valueAt(read.group, field);
  if (change.changes.every((c) => sameJson(now(c.field), c.after))) return 'applied';
  if (change.changes.every((c) => sameJson(now(c.field), c.before))) return 'refused';
  return null;
}

/** Re-reads the groups of unknown outcomes and settles those the group now answers for. */
export async function recheckUnknown(store: Store, forward: Forward, now: Date): Promise<number> {
  const due = await unknownChanges(store, new Date(now.getTime() - GIVE_UP_MS), new Date(now.getTime() - SETTLE_MS), BATCH);
  let settled = 0;
  for (const change of due) {
    if (change.adGroupId === null) continue;
    const outcome = settledOutcome(change, await readGroup(forward, change.adAccountId, change.adGroupId));
    if (outcome === null) continue;
    await store.transaction((tx) => settleChange(tx, change.id, outcome));
    settled += 1;
  }
  return settled;
}
