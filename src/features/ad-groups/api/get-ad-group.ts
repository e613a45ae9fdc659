import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { AdGroupDetail } from '../../../api/contracts/ad-group';
import { adGroupKeys } from './keys';

/** GET /adGroups/{id}: everything about one group, with its campaign nested. */
export function getAdGroup(adAccountId: number, id: number, signal?: AbortSignal): Promise<AdGroupDetail> {
  return apiRequest(`/adGroups/${id}`, { adAccountId, schema: AdGroupDetail, signal });
}

/**
 * The one detail query. The list fills its rows from these same keys, so opening a
 * group from the list is instant; mutations refresh it explicitly, which is why it
 * may stay fresh for a while instead of refetching on every mount.
 */
export function adGroupDetailQuery(adAccountId: number, id: number) {
  return queryOptions({
    queryKey: adGroupKeys.detail(adAccountId, id),
    queryFn: ({ signal }) => getAdGroup(adAccountId, id, signal),
    staleTime: 2 * 60_000,
  });
}

export function useAdGroupDetail(adAccountId: number, id: number) {
  return useQuery(adGroupDetailQuery(adAccountId, id));
}
