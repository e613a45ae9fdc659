import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import {
  Depth1LocationList,
  Depth2LocationOptionList,
  Depth3LocationOptionList,
} from '../../../api/contracts/lookups';
import { LOOKUP_STALE_TIME, SEARCH_STALE_TIME, targetingKeys } from './keys';

/** GET /targetings/location/depth1: the 시/도 list (A–Q, U, Z). */
export function depth1QueryOptions(adAccountId: number) {
  return queryOptions({
    queryKey: targetingKeys.depth1(adAccountId),
    queryFn: ({ signal }) =>
      apiRequest('/targetings/location/depth1', { adAccountId, schema: Depth1LocationList, signal }),
    staleTime: LOOKUP_STALE_TIME,
  });
}

/**
 * GET /targetings/location/depth2?keyword=. A blank keyword is refused by Kakao
 * (detailCode 7550), so the query only runs with one.
 */
export function depth2QueryOptions(adAccountId: number, keyword: string) {
  const trimmed = keyword.trim();
  return queryOptions({
    queryKey: targetingKeys.depth2(adAccountId, trimmed),
    queryFn: ({ signal }) =>
      apiRequest('/targetings/location/depth2', {
        query: { keyword: trimmed },
        adAccountId,
        schema: Depth2LocationOptionList,
        signal,
      }),
    enabled: trimmed !== '',
    staleTime: SEARCH_STALE_TIME,
  });
}

/** GET /targetings/location/depth3?keyword= (shape ASSUMPTION in the lookups contract). */
export function depth3QueryOptions(adAccountId: number, keyword: string) {
  const trimmed = keyword.trim();
  return queryOptions({
    queryKey: targetingKeys.depth3(adAccountId, trimmed),
    queryFn: ({ signal }) =>
      apiRequest('/targetings/location/depth3', {
        query: { keyword: trimmed },
        adAccountId,
        schema: Depth3LocationOptionList,
        signal,
      }),
    enabled: trimmed !== '',
    staleTime: SEARCH_STALE_TIME,
  });
}
