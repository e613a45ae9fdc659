import type { RecordedChange } from '../../api/client';
import type { ChangeAction } from '../../api/contracts/changes';

const UNDOABLE_PATHS: Readonly<Record<string, ChangeAction>> = {
  '/adGroups/onOff': 'onOff',
  '/adGroups/dailyBudgetAmount': 'dailyBudget',
  '/adGroups/bidAmount': 'bidAmount',
  '/adGroups/pacing': 'pacing',
  '/adGroups': 'edit',
};

export interface ToastTarget {
  adAccountId: number;
  adGroupId: number;
  action: ChangeAction;
  changeId: string;
}

/**
 * Which recorded changes get the "Undo" toast: a single change that can be undone. A bulk
 * item is undone with its whole batch from the history, an undo is not offered again here,
 * and a create, delete or cancelled contract cannot be undone at all.
 */
export function toastTarget(change: RecordedChange): ToastTarget | null {
  if (change.method !== 'PUT' || change.tag?.batchId || change.tag?.undoOf) return null;
  const action = UNDOABLE_PATHS[change.path];
  const body = change.body;
  const id = body !== null && typeof body === 'object' && 'id' in body ? body.id : undefined;
  if (!action || typeof id !== 'number' || typeof change.adAccountId !== 'number') return null;
  return { adAccountId: change.adAccountId, adGroupId: id, action, changeId: change.changeId };
}
