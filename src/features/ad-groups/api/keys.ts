import type { Config } from '../../../api/contracts/enums';

export interface AdGroupListParams {
  adAccountId: number;
  campaignId: number;
  config: readonly Config[];
}

/**
 * The ad group query keys (architecture.md #5). Invalidate `lists()` after a change to
 * any group, `detail(...)` after a change to that one.
 */
export const adGroupKeys = {
  all: ['adGroups'] as const,
  lists: () => [...adGroupKeys.all, 'list'] as const,
  list: (params: AdGroupListParams) => [...adGroupKeys.lists(), params] as const,
  details: () => [...adGroupKeys.all, 'detail'] as const,
  detail: (adAccountId: number, id: number) => [...adGroupKeys.details(), adAccountId, id] as const,
};
