import type { QueryClient, QueryKey } from '@tanstack/react-query';
import i18next from 'i18next';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import type { AdGroupListItem } from '../../../api/contracts/ad-group-list';
import { describeError } from '../../../components/describe-error';
import { notify } from '../../../components/notify';
import { adGroupKeys } from './keys';

/** What a cache held before an optimistic change, to put back on refusal. */
export type CacheSnapshot = ReadonlyArray<readonly [QueryKey, unknown]>;

export type AdGroupPatch = Partial<Pick<AdGroupDetail, 'config' | 'dailyBudgetAmount' | 'bidAmount' | 'pacing'>>;

/**
 * Applies `patch` to the group's detail and, for `config`, to every cached list of the
 * ad account, after stopping fetches that would overwrite it. Returns what was there.
 */
export async function patchAdGroupCaches(
  queryClient: QueryClient,
  adAccountId: number,
  id: number,
  patch: AdGroupPatch,
): Promise<CacheSnapshot> {
  const detailKey = adGroupKeys.detail(adAccountId, id);
  const touchesLists = patch.config !== undefined;
  await queryClient.cancelQueries({ queryKey: detailKey, exact: true });
  if (touchesLists) await queryClient.cancelQueries({ queryKey: adGroupKeys.accountLists(adAccountId) });

  const snapshot: (readonly [QueryKey, unknown])[] = [[detailKey, queryClient.getQueryData(detailKey)]];
  queryClient.setQueryData<AdGroupDetail>(detailKey, (old) => (old ? { ...old, ...patch } : old));
  if (touchesLists) {
    snapshot.push(...queryClient.getQueriesData({ queryKey: adGroupKeys.accountLists(adAccountId) }));
    queryClient.setQueriesData<AdGroupListItem[]>({ queryKey: adGroupKeys.accountLists(adAccountId) }, (list) =>
      list?.map((item) => (item.id === id ? { ...item, config: patch.config ?? item.config, userConfig: patch.config } : item)),
    );
  }
  return snapshot;
}

export function restoreCaches(queryClient: QueryClient, snapshot: CacheSnapshot | undefined): void {
  for (const [key, data] of snapshot ?? []) queryClient.setQueryData(key, data);
}

/** After a change: the group itself, and the account's lists only when its status moved. */
export function invalidateAdGroup(
  queryClient: QueryClient,
  adAccountId: number,
  id: number,
  { lists }: { lists: boolean },
): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: adGroupKeys.detail(adAccountId, id), exact: true }),
    lists ? queryClient.invalidateQueries({ queryKey: adGroupKeys.accountLists(adAccountId) }) : null,
  ]);
}

/**
 * The app's policy for a failed change (src/app/query-client.ts), for hooks that handle
 * their own errors (to roll back) and so are skipped by the global handler.
 */
export function notifyMutationError(error: unknown): void {
  notify({ color: 'red', title: i18next.t('errors.mutation'), message: describeError(error, i18next.t).message });
}
