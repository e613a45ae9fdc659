import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { Campaign } from '../../../api/contracts/campaign';
import { campaignKeys } from './keys';

/** GET /campaigns/{id}: the only source of a campaign's type, goal and daily budget. */
export function getCampaign(adAccountId: number, id: number, signal?: AbortSignal): Promise<Campaign> {
  return apiRequest(`/campaigns/${id}`, { adAccountId, schema: Campaign, signal });
}

export function campaignDetailQueryOptions(adAccountId: number, id: number) {
  return queryOptions({
    queryKey: campaignKeys.detail(adAccountId, id),
    queryFn: ({ signal }) => getCampaign(adAccountId, id, signal),
    // Type and goal never change, and the picker asks for every campaign: fetch each once.
    staleTime: 10 * 60_000,
  });
}

export function useCampaign(adAccountId: number, id: number) {
  return useQuery(campaignDetailQueryOptions(adAccountId, id));
}

/** One detail query per campaign, for the picker's type and goal. */
export function useCampaignDetails(adAccountId: number | null, ids: readonly number[]) {
  return useQueries({
    queries: adAccountId === null ? [] : ids.map((id) => campaignDetailQueryOptions(adAccountId, id)),
  });
}
