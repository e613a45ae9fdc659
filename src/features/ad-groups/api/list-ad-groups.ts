import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { AdGroupList, type AdGroupListItem } from '../../../api/contracts/ad-group-list';
import type { Config } from '../../../api/contracts/enums';
import { adGroupKeys, type AdGroupListParams } from './keys';

/** Kakao's own default for this endpoint: deleted groups stay hidden unless asked for. */
export const DEFAULT_AD_GROUP_CONFIGS: readonly Config[] = ['ON', 'OFF'];

/** GET /adGroups?campaignId=…: id, name, config and systemConfig of each group. */
export async function listAdGroups(
  { adAccountId, campaignId, config }: AdGroupListParams,
  signal?: AbortSignal,
): Promise<AdGroupListItem[]> {
  const result = await apiRequest('/adGroups', {
    query: { campaignId, config },
    adAccountId,
    schema: AdGroupList,
    signal,
  });
  return result.content;
}

export function adGroupListQueryOptions(params: AdGroupListParams) {
  return queryOptions({
    queryKey: adGroupKeys.list(params),
    queryFn: ({ signal }) => listAdGroups(params, signal),
  });
}

export function useAdGroups(params: AdGroupListParams) {
  return useQuery(adGroupListQueryOptions(params));
}
