import { canDelete, canSwitchOnOff } from '../../../../api/rules/capabilities';
import type { CampaignFacts } from '../../actions/facts';

export const BULK_ACTIONS = ['on', 'off', 'delete'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];
export type SkipReason = 'notAllowed' | 'already';

export interface BulkTarget {
  id: number;
  name: string;
  config: string;
  /** `sendingStatusOf(detail)`: a cancelled (or not yet known) Message contract is skipped. */
  sendingStatus?: string | null;
}

export type BulkItemStatus = 'pending' | 'running' | 'done' | 'failed' | 'skipped';

export interface BulkItem {
  target: BulkTarget;
  status: BulkItemStatus;
  skipReason?: SkipReason;
  error?: unknown;
}

/**
 * Which selected groups can take the action, by the same rules as the single actions
 * (rules/capabilities.ts); the others are skipped and reported with the reason.
 */
export function planBulk(action: BulkAction, targets: readonly BulkTarget[], campaign: CampaignFacts): BulkItem[] {
  return targets.map((target) => {
    const facts = { ...campaign, config: target.config, sendingStatus: target.sendingStatus };
    const allowed = action === 'delete' ? canDelete(facts) : canSwitchOnOff(facts);
    if (!allowed) return { target, status: 'skipped', skipReason: target.config === 'DEL' && action === 'delete' ? 'already' : 'notAllowed' };
    if (action !== 'delete' && target.config === action.toUpperCase()) return { target, status: 'skipped', skipReason: 'already' };
    return { target, status: 'pending' };
  });
}

export interface BulkSummary {
  total: number;
  done: number;
  failed: number;
  skipped: number;
  /** Finished one way or another: done, failed or skipped. */
  processed: number;
}

export function summarize(items: readonly BulkItem[]): BulkSummary {
  const count = (status: BulkItemStatus) => items.filter((i) => i.status === status).length;
  const done = count('done');
  const failed = count('failed');
  const skipped = count('skipped');
  return { total: items.length, done, failed, skipped, processed: done + failed + skipped };
}

/**
 * Runs the pending items one after another (the pacer spaces the calls), reporting each
 * change. Stops before the next item once `signal` aborts; those stay pending.
 */
export async function runBulk(
  items: readonly BulkItem[],
  perform: (target: BulkTarget) => Promise<void>,
  update: (id: number, patch: Partial<BulkItem>) => void,
  signal?: AbortSignal,
): Promise<void> {
  for (const item of items) {
    if (item.status !== 'pending') continue;
    if (signal?.aborted) return;
    update(item.target.id, { status: 'running', error: undefined });
    try {
      await perform(item.target);
      update(item.target.id, { status: 'done' });
    } catch (error) {
      update(item.target.id, { status: 'failed', error });
    }
  }
}
