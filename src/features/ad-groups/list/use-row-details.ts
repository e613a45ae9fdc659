import { queryOptions, useQueries, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import { adGroupDetailQuery, getAdGroup } from '../api/get-ad-group';
import { adGroupKeys } from '../api/keys';
import { createConcurrencyLimiter } from './concurrency-limiter';

/** The limit: at most four detail requests in flight, whatever the list. */
export const MAX_DETAIL_REQUESTS = 4;
const limiter = createConcurrencyLimiter(MAX_DETAIL_REQUESTS);

/**
 * The detail query (same key, same data) with its request queued behind the limiter.
 * React Query aborts the signal when the row leaves the screen, which drops a queued
 * request before it is sent.
 */
export function rowDetailQuery(adAccountId: number, id: number) {
  return queryOptions({
    ...adGroupDetailQuery(adAccountId, id),
    queryFn: ({ signal }) => limiter.run(() => getAdGroup(adAccountId, id, signal), signal),
  });
}

export interface RowDetailState {
  isError: boolean;
  error: unknown;
  refetch: () => void;
}

/** Fetches the details of the rows on screen (only those), and reports each one's state. */
export function useFetchRowDetails(adAccountId: number, visibleIds: readonly number[]): Map<number, RowDetailState> {
  return useQueries({
    queries: visibleIds.map((id) => rowDetailQuery(adAccountId, id)),
    combine: (results) =>
      new Map(
        results.map((r, i) => [visibleIds[i], { isError: r.isError, error: r.error, refetch: () => void r.refetch() }]),
      ),
  });
}

/**
 * Every detail already in the cache for these ids, kept current (optimistic edits
 * included): rows that scrolled away keep their details for sorting and the CSV export,
 * without a query observer each.
 */
export function useCachedDetails(adAccountId: number, ids: readonly number[]): Map<number, AdGroupDetail> {
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
function readCachedDetails(
  queryClient: QueryClient,
  adAccountId: number,
  ids: readonly number[],
  revision: number,
): Map<number, AdGroupDetail> & { revision?: number } {
  const found: Map<number, AdGroupDetail> & { revision?: number } = new Map();
  found.revision = revision;
  for (const id of ids) {
    const detail = queryClient.getQueryData<AdGroupDetail>(adGroupKeys.detail(adAccountId, id));
    if (detail) found.set(id, detail);
  }
  return found;
}
