import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { CampaignList, type CampaignListItem } from '../../../api/contracts/campaign';
import type { Config } from '../../../api/contracts/enums';
import { campaignKeys } from './keys';

const VISIBLE_CONFIGS: readonly Config[] = ['ON', 'OFF'];

/** GET /campaigns: id, name and status only; type and goal need one detail call each. */
export async function listCampaigns(
  adAccountId: number,
  config: readonly Config[],
  signal?: AbortSignal,
): Promise<CampaignListItem[]> {
  const result = await apiRequest('/campaigns', { query: { config }, adAccountId, schema: CampaignList, signal });
  return result.content;
}

export function campaignListQueryOptions(adAccountId: number, config: readonly Config[] = VISIBLE_CONFIGS) {
  return queryOptions({
    queryKey: campaignKeys.list({ adAccountId, config }),
    queryFn: ({ signal }) => listCampaigns(adAccountId, config, signal),
  });
}

export function useCampaigns(adAccountId: number | null) {
  return useQuery({ ...campaignListQueryOptions(adAccountId ?? 0), enabled: adAccountId !== null });
}

/**
 * A campaign's name from the list the header picker already loaded: the page heading
 * needs no GET /campaigns/{id} (issue 9, LCP).
 */
export function useCampaignName(adAccountId: number, campaignId: number): string | undefined {
  return useQuery({
    ...campaignListQueryOptions(adAccountId),
    select: (campaigns) => campaigns.find((c) => c.id === campaignId)?.name,
  }).data;
}
