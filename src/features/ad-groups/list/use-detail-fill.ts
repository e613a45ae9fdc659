import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { isApiError } from '../../../api/api-error';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import type { AdGroupListItem } from '../../../api/contracts/ad-group-list';
import { adGroupDetailQuery } from '../api/get-ad-group';
import { adGroupKeys } from '../api/keys';
import { fillDetails } from './detail-fill';
import type { AdGroupRow } from './rows';
import { detailLimiter, MAX_BACKGROUND_DETAIL_REQUESTS, type CachedDetails } from './use-row-details';

/** Filled details outlive the visit a while: nothing observes them, yet sort and CSV read them. */
const FILLED_GC_MS = 30 * 60_000;

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

/** A failed read that stays failed: "too many requests" is tried again, anything else is the row's to show. */
export const isSettledFailure = (error: unknown) => !(isApiError(error) && error.isRateLimited);

export interface FillProgress {
  /** Rows of the view whose detail arrived, or whose read failed for good. */
  done: number;
  total: number;
  complete: boolean;
}

/** How far the fill got for these ids. */
export function fillProgress(ids: readonly number[], cached: CachedDetails): FillProgress {
  const done = ids.reduce((n, id) => n + (cached.details.has(id) || (cached.failures.has(id) && isSettledFailure(cached.failures.get(id))) ? 1 : 0), 0);
  return { done, total: ids.length, complete: done === ids.length };
}

/**
 * Fills every detail of the view in the background, in the view's order, behind the
 * on-screen rows (the limiter's background lane); docs/decisions/0005.
 */
export function useDetailFill(adAccountId: number, ids: readonly number[], complete: boolean): void {
  const queryClient = useQueryClient();
  const idsKey = ids.join(',');

  useEffect(() => {
    if (complete) return;
    const controller = new AbortController();
    const ordered = idsKey === '' ? [] : idsKey.split(',').map(Number);
    const needs = (id: number) => {
      const state = queryClient.getQueryState(adGroupKeys.detail(adAccountId, id));
      if (!state) return true;
      if (state.data !== undefined || state.fetchStatus === 'fetching') return false;
      return state.status !== 'error' || !isSettledFailure(state.error);
    };
    void fillDetails({
      ids: ordered,
      needs,
      fetchOne: (id, signal) =>
        detailLimiter.run(
          () => queryClient.fetchQuery({ ...adGroupDetailQuery(adAccountId, id), gcTime: FILLED_GC_MS, retry: false }),
          signal,
          'background',
        ),
      signal: controller.signal,
      concurrency: MAX_BACKGROUND_DETAIL_REQUESTS,
      sleep,
    });
    return () => controller.abort();
    // `complete` turning false again (a detail dropped from the cache) restarts the fill.
  }, [queryClient, adAccountId, idsKey, complete]);
}

/** The row object last built per list item; the item objects are React Query's, shared structurally. */
const rowCache = new WeakMap<AdGroupListItem, AdGroupRow>();

/**
 * One row object per item, reused while its detail is the same object: an arriving detail
 * makes a new object for its row alone, so the other rows' memo holds.
 */
export function stableRows(items: readonly AdGroupListItem[], details: ReadonlyMap<number, AdGroupDetail>): AdGroupRow[] {
  return items.map((item) => {
    const detail = details.get(item.id);
    const old = rowCache.get(item);
    if (old && old.detail === detail) return old;
    const row = { item, detail };
    rowCache.set(item, row);
    return row;
  });
}
