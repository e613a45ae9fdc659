import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ChangeRecord } from '../../api/contracts/changes';
import { runBulk, summarize, type BulkItem } from '../ad-groups/list/bulk/plan-bulk';
import { getAllChanges, historyKeys, invalidateHistory } from './api/changes';
import { planUndoNow, sendUndo } from './api/run-undo';
import type { UndoPlan } from './undo-plan';

export interface BatchRow {
  record: ChangeRecord;
  plan: UndoPlan;
}

/** The rows a bulk undo sends: the ready ones, and the conflicts the person chose to put back. */
export function batchItems(rows: readonly BatchRow[], forced: ReadonlySet<string>): BulkItem[] {
  return rows.map(({ record, plan }) => {
    const target = { id: record.adGroupId ?? 0, name: record.adGroupName ?? String(record.adGroupId), config: '' };
    const runs = plan.status === 'ready' || (plan.status === 'conflict' && forced.has(record.id));
    return { target, status: runs ? 'pending' : 'skipped' };
  });
}

/**
 * A bulk action undone as one unit: every record of the batch planned against its group as
 * it is now, then the chosen ones sent one after another through the pacer, as one new batch.
 */
export function useBatchUndo(adAccountId: number, batchId: string) {
  const queryClient = useQueryClient();
  const plans = useQuery({
    queryKey: [...historyKeys.all, 'undoPlan', adAccountId, batchId],
    queryFn: async () => {
      const records = await getAllChanges({ adAccountId, batchId });
      const rows: BatchRow[] = [];
      for (const record of records) rows.push({ record, plan: await planUndoNow(queryClient, record) });
      return rows;
    },
    staleTime: 0,
    gcTime: 0,
  });
  const [forced, setForced] = useState<ReadonlySet<string>>(new Set());
  const [items, setItems] = useState<BulkItem[] | null>(null);
  const [running, setRunning] = useState(false);

  const toggleForced = (id: string) =>
    setForced((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const start = async () => {
    const rows = plans.data ?? [];
    const planned = batchItems(rows, forced);
    setItems(planned);
    setRunning(true);
    const undoBatchId = crypto.randomUUID();
    const byGroup = new Map(rows.map((row) => [row.record.adGroupId ?? 0, row]));
    await runBulk(
      planned,
      async (target) => {
        const row = byGroup.get(target.id);
        if (row && (row.plan.status === 'ready' || row.plan.status === 'conflict')) {
          await sendUndo(queryClient, row.record, row.plan.request, undoBatchId);
        }
      },
      (id, patch) => setItems((current) => current && current.map((item) => (item.target.id === id ? { ...item, ...patch } : item))),
    );
    setRunning(false);
    await invalidateHistory(queryClient);
  };

  const sendable = plans.data ? batchItems(plans.data, forced).filter((item) => item.status === 'pending').length : 0;
  return { plans, forced, toggleForced, items, running, start, sendable, summary: items ? summarize(items) : null };
}
