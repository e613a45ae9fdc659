import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { invalidateAdGroup, patchAdGroupCaches } from '../../api/ad-group-cache';
import { adGroupKeys } from '../../api/keys';
import { deleteAdGroup } from '../../api/use-delete-ad-group';
import { switchAdGroup } from '../../api/use-switch-ad-group';
import { runBulk, type BulkAction, type BulkItem, type BulkTarget } from './plan-bulk';

export interface BulkRun {
  action: BulkAction;
  /** Sent with every item, so the history can undo the action as one unit. */
  batchId: string;
  items: BulkItem[];
  running: boolean;
}

/**
 * One bulk action at a time: runs the planned items through the same paced calls as the
 * single actions, shows each result in the caches as it lands, and refreshes the list
 * once at the end.
 */
export function useBulkAction(adAccountId: number) {
  const queryClient = useQueryClient();
  const [run, setRun] = useState<BulkRun | null>(null);
  const controller = useRef<AbortController | null>(null);

  const execute = useCallback(
    async (action: BulkAction, items: BulkItem[], batchId: string) => {
      const abort = new AbortController();
      controller.current = abort;
      setRun({ action, batchId, items, running: true });
      const done: number[] = [];
      const perform = async (target: BulkTarget) => {
        const tag = { batchId };
        if (action === 'delete') await deleteAdGroup(adAccountId, target.id, undefined, tag);
        else await switchAdGroup(adAccountId, { id: target.id, config: action === 'on' ? 'ON' : 'OFF' }, undefined, tag);
        done.push(target.id);
        await patchAdGroupCaches(queryClient, adAccountId, target.id, {
          config: action === 'delete' ? 'DEL' : action.toUpperCase(),
        });
      };
      const update = (id: number, patch: Partial<BulkItem>) =>
        setRun((current) =>
          current && {
            ...current,
            items: current.items.map((item) => (item.target.id === id ? { ...item, ...patch } : item)),
          },
        );
      await runBulk(items, perform, update, abort.signal);
      setRun((current) => current && { ...current, running: false });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: adGroupKeys.accountLists(adAccountId) }),
        ...done.map((id) => invalidateAdGroup(queryClient, adAccountId, id, { lists: false })),
      ]);
    },
    [adAccountId, queryClient],
  );

  const start = useCallback(
    (action: BulkAction, items: BulkItem[]) => void execute(action, items, crypto.randomUUID()),
    [execute],
  );

  const retryFailed = useCallback(() => {
    if (!run || run.running) return;
    const items = run.items.map((item): BulkItem => (item.status === 'failed' ? { ...item, status: 'pending' } : item));
    // A retry belongs to the same bulk action.
    void execute(run.action, items, run.batchId);
  }, [run, execute]);

  const stop = useCallback(() => controller.current?.abort(), []);
  const close = useCallback(() => {
    controller.current?.abort();
    setRun(null);
  }, []);

  return { run, start, retryFailed, stop, close };
}
