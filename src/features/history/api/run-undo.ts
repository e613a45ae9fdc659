import type { QueryClient } from '@tanstack/react-query';
import type { ConsoleTag } from '../../../api/client';
import type { ChangeRecord } from '../../../api/contracts/changes';
import { adGroupDetailQuery } from '../../ad-groups/api/get-ad-group';
import { invalidateAdGroup } from '../../ad-groups/api/ad-group-cache';
import { switchAdGroup } from '../../ad-groups/api/use-switch-ad-group';
import { editDailyBudget } from '../../ad-groups/api/use-edit-daily-budget';
import { editBidAmount } from '../../ad-groups/api/use-edit-bid-amount';
import { editPacing } from '../../ad-groups/api/use-edit-pacing';
import { editAdGroup } from '../../ad-groups/api/use-edit-ad-group';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import { planUndo, type UndoPlan, type UndoRequest } from '../undo-plan';
import { undoEditBody } from './undo-edit-body';

/** The group as Kakao has it now (never the cache): an undo is planned against the truth. */
export function readGroupNow(queryClient: QueryClient, adAccountId: number, adGroupId: number): Promise<AdGroupDetail> {
  return queryClient.fetchQuery({ ...adGroupDetailQuery(adAccountId, adGroupId), staleTime: 0 });
}

export async function planUndoNow(queryClient: QueryClient, record: ChangeRecord): Promise<UndoPlan> {
  if (record.adGroupId === null) return { status: 'notUndoable', reason: 'notApplied' };
  return planUndo(record, await readGroupNow(queryClient, record.adAccountId, record.adGroupId));
}

/**
 * Sends the undo through the same paced calls as a normal edit, tagged with the record it
 * undoes (and the bulk undo it belongs to), then refreshes the group and the history.
 */
export async function sendUndo(
  queryClient: QueryClient,
  record: ChangeRecord,
  request: UndoRequest,
  batchId?: string,
): Promise<void> {
  const account = record.adAccountId;
  const tag: ConsoleTag = { undoOf: record.id, batchId };
  if (request.endpoint === 'onOff') await switchAdGroup(account, request.body, undefined, tag);
  else if (request.endpoint === 'dailyBudget') await editDailyBudget(account, request.body, undefined, tag);
  else if (request.endpoint === 'bidAmount') await editBidAmount(account, request.body, undefined, tag);
  else if (request.endpoint === 'pacing') await editPacing(account, request.body, undefined, tag);
  else {
    const group = await readGroupNow(queryClient, account, request.id);
    await editAdGroup(account, undoEditBody(group, request.restore), undefined, tag);
  }
  await invalidateAdGroup(queryClient, account, record.adGroupId ?? 0, { lists: true });
}
