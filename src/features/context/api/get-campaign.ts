import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { createConcurrencyLimiter } from '../../../api/concurrency-limiter';
import { Campaign, type CampaignTypeGoal } from '../../../api/contracts/campaign';
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

/** Like the ad group rows: at most four campaign details in flight, however many campaigns. */
export const MAX_CAMPAIGN_DETAIL_REQUESTS = 4;
const limiter = createConcurrencyLimiter(MAX_CAMPAIGN_DETAIL_REQUESTS);

/**
 * Each campaign's type and goal, for the picker, as far as loaded (null until then). The
 * reads queue behind the limiter; the combined array is shared structurally, so the picker
 * renders when a type and goal arrives, not on every fetch state change.
 */
export function useCampaignTypeGoals(adAccountId: number | null, ids: readonly number[]): (CampaignTypeGoal | null)[] {
  return useQueries({
    queries:
      adAccountId === null
        ? []
        : ids.map((id) => ({
            ...campaignDetailQueryOptions(adAccountId, id),
            queryFn: ({ signal }: { signal: AbortSignal }) => limiter.run(() => getCampaign(adAccountId, id, signal), signal),
          })),
    combine: (results) => results.map((r) => r.data?.campaignTypeGoal ?? null),
  });
}
