import { queryOptions, useQueries, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import { adGroupDetailQuery, getAdGroup } from '../api/get-ad-group';
import { adGroupKeys } from '../api/keys';
import { createConcurrencyLimiter } from '../../../api/concurrency-limiter';

/** The limit: at most four detail requests in flight, whatever the list. */
export const MAX_DETAIL_REQUESTS = 4;
/** Of those, the whole-view fill may use two: rows scrolled into view never wait long. */
export const MAX_BACKGROUND_DETAIL_REQUESTS = 2;
export const detailLimiter = createConcurrencyLimiter(MAX_DETAIL_REQUESTS, { backgroundLimit: MAX_BACKGROUND_DETAIL_REQUESTS });

/**
 * The detail query (same key, same data) with its request queued behind the limiter.
 * React Query aborts the signal when the row leaves the screen, which drops a queued
 * request before it is sent.
 */
export function rowDetailQuery(adAccountId: number, id: number) {
  return queryOptions({
    ...adGroupDetailQuery(adAccountId, id),
    queryFn: ({ signal }) => detailLimiter.run(() => getAdGroup(adAccountId, id, signal), signal),
  });
}

/**
 * Keeps the on-screen rows' detail queries observed (fetched first, aborted when they scroll
 * away). Returns nothing: rows read their details from the cache (`useCachedDetails`), so a
 * request settling here does not re-render the table by itself.
 */
export function useFetchRowDetails(adAccountId: number, visibleIds: readonly number[]): void {
  useQueries({ queries: visibleIds.map((id) => rowDetailQuery(adAccountId, id)), combine: () => null });
}

/** Retry of one row's detail, stable for the row's memo. */
export function useRetryRowDetail(adAccountId: number): (id: number) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (id: number) => void queryClient.fetchQuery({ ...rowDetailQuery(adAccountId, id), staleTime: 0 }).catch(() => {}),
    [queryClient, adAccountId],
  );
}

export interface CachedDetails {
  details: ReadonlyMap<number, AdGroupDetail>;
  /** Reads that failed, by id (the cached error, the same object until the next attempt). */
  failures: ReadonlyMap<number, unknown>;
  /** The cache's change counter when read. */
  revision: number;
}

/**
 * Every detail already in the cache for these ids, kept current (optimistic edits
 * included): rows that scrolled away keep their details for sorting and the CSV export,
 * without a query observer each.
 */
export function useCachedDetails(adAccountId: number, ids: readonly number[]): CachedDetails {
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const prefix = adGroupKeys.detail(adAccountId, 0).slice(0, -1);
    return queryClient.getQueryCache().subscribe((event) => {
      const key = event.query.queryKey;
      if (event.type !== 'updated' && event.type !== 'removed') return;
      if (event.type === 'updated' && event.action.type !== 'success' && event.action.type !== 'error') return;
      if (prefix.every((part, i) => key[i] === part)) setVersion((v) => v + 1);
    });
  }, [queryClient, adAccountId]);

  return useMemo(() => readCachedDetails(queryClient, adAccountId, ids, version), [queryClient, adAccountId, ids, version]);
}

/** `revision` is the cache's change counter: a new one asks for a fresh read. */
function readCachedDetails(queryClient: QueryClient, adAccountId: number, ids: readonly number[], revision: number): CachedDetails {
  const details = new Map<number, AdGroupDetail>();
  const failures = new Map<number, unknown>();
  for (const id of ids) {
    const state = queryClient.getQueryState<AdGroupDetail>(adGroupKeys.detail(adAccountId, id));
    if (state?.data) details.set(id, state.data);
    else if (state?.status === 'error') failures.set(id, state.error);
  }
  return { details, failures, revision };
}
